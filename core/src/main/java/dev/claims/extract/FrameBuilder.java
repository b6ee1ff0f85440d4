package dev.claims.extract;

import static dev.claims.extract.PredicateChoice.OUTCOME_KINDS;

import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.PhraseTable;
import dev.claims.knowledge.Tokens;
import dev.claims.model.Claim;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.DateValue;
import dev.claims.model.Frame;
import dev.claims.model.PlaceValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Sentence;
import dev.claims.values.Quantities;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads each date, time and quantity claim's sentence into a {@link Frame}: one token pass per sentence, every token
 * looked up in the knowledge pack's phrase tables by hash. Rules of English, not of any topic:
 * <ul>
 *   <li>the predicate is the predicate phrase nearest the value, a clause boundary (";", "(", a dash, a line break)
 *   costing as much as four words; a field label ("Landing date: …") is such a phrase;</li>
 *   <li>a quantity measures its counted noun, or an attribute named around it ("a maximum speed of", "Length:",
 *   "feet long"); a noun that says what happened ("fatalities") brings its predicate;</li>
 *   <li>a fact about a person (birth, death, appointment) is about the person named nearest its predicate, else the
 *   person a profile's heading names;</li>
 *   <li>"scheduled", "planned", "expected", "attempting", "would", "not" before the predicate hedge it.</li>
 * </ul>
 */
public final class FrameBuilder {
    private final Knowledge knowledge;
    private final Measures measures;
    private final NamedEvents events;

    public FrameBuilder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.measures = new Measures(knowledge);
        this.events = new NamedEvents(knowledge);
    }

    /**
     * The quotes of timeline dates that head their entry ("July 18, 1969" over "Spacecraft enters lunar orbit."): the
     * date line and the entry's first sentence, so that a reader of a finding sees what the date is of; keyed by claim
     * id, only for the dates whose frame the entry gave.
     */
    public Map<String, String> entryQuotes(DocumentAnalysis analysis, List<Claim> claims, Map<String, Frame> frames) {
        Map<String, String> out = new HashMap<>();
        for (Claim c : claims) {
            Frame f = frames.get(c.id());
            if (f == null || f.predicate().isEmpty() || !(c.value() instanceof DateValue) || c.sentence() < 0
                    || c.sentence() + 1 >= analysis.sentences().size()) {
                continue;
            }
            SentenceAnalysis s = analysis.sentences().get(c.sentence());
            if (DateLines.onlyValue(s, c)) {
                out.put(c.id(), s.sentence().text() + "\n" + analysis.sentences().get(c.sentence() + 1).sentence().text());
            }
        }
        return out;
    }

    /** Frames for the claims of an analysed document, keyed by claim id. */
    public Map<String, Frame> frames(DocumentAnalysis analysis, List<Claim> claims) {
        Map<String, Frame> out = new HashMap<>();
        Map<Integer, SentenceReading> readings = new HashMap<>();
        List<String> topic = null;
        String published = analysis.document().date() == null ? "" : analysis.document().date();
        for (Claim c : claims) {
            String dimension = dimension(c);
            if (dimension == null || !published.isEmpty() && published.contains(c.value().text())
                    || DateLines.dateline(analysis.document().text(), c)) {
                continue; // the page's own date is not a date of what it tells
            }
            if (topic == null) {
                topic = Designations.topic(analysis);
            }
            SentenceAnalysis s = analysis.sentences().get(c.sentence());
            SentenceReading r = readings.computeIfAbsent(c.sentence(), k -> SentenceReading.of(analysis, s, knowledge));
            int at = localIndex(s.sentence(), c.span().start());
            if (at < 0) {
                continue;
            }
            Frame f = frame(analysis, s, r, c, dimension, at, topic);
            if (f.predicate().isEmpty() && c.value() instanceof DateValue && DateLines.onlyValue(s, c)
                    && s.index() + 1 < analysis.sentences().size()) {
                // a timeline's date on a line of its own ("July 18, 1969" over "Spacecraft enters lunar orbit."):
                // it dates the entry under it
                SentenceAnalysis next = analysis.sentences().get(s.index() + 1);
                f = PredicateChoice.entryFrame(f, readings.computeIfAbsent(next.index(),
                        k -> SentenceReading.of(analysis, next, knowledge)));
            }
            out.put(c.id(), f);
        }
        return out;
    }

    private Frame frame(DocumentAnalysis analysis, SentenceAnalysis s, SentenceReading r, Claim c, String dimension,
                        int at, List<String> topicDesignations) {
        int len = c.value().text().length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < r.tokens().size(); i++) {
            Tokens.Token t = r.tokens().get(i);
            if (t.end() > at && t.start() < at + Math.max(1, len)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            first = last = r.nearestToken(at);
        }
        String measure = "";
        String predicate = "";
        String cue = "";
        int predAt = -1;
        boolean attributeHeads = false;
        boolean complement = false;
        if (c.value() instanceof QuantityValue q) {
            Measures.Measured m = measures.measure(r, first, last, q, dimension);
            measure = m.concept();
            attributeHeads = m.relation().equals("adjacent");
            complement = m.relation().equals("complement");
            if (!m.predicate().isEmpty()) {
                predicate = m.predicate();
                cue = m.cue();
                predAt = last;
            }
        }
        String lifePerson = "";
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String[] life = PersonOfFact.lifeDate(s, at, at + len);
            if (life.length > 0) {
                predicate = life[0];
                cue = life[0];
                lifePerson = life[1];
            }
        }
        int reach = 0;
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String listed = events.listedEvent(r, first);
            if (!listed.isEmpty()) {
                predicate = "event:" + listed; // "met at summits in Vesk (1950), Tallby (March 1952)": each its own
                cue = listed;
            }
        }
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String headed = events.eventBefore(r, first, last);
            if (!headed.isEmpty()) {
                predicate = "event:" + headed; // "Churchill's “Iron Curtain” speech on March 6, 1946 began to …"
                cue = headed;
            }
        }
        if (predicate.isEmpty() && !attributeHeads) {
            PredicateChoice.Choice choice = PredicateChoice.nearest(r, first, last, dimension,
                    c.value() instanceof DateValue || c.value() instanceof ClockTimeValue);
            predicate = choice.predicate();
            predAt = choice.at();
            cue = choice.cue();
            reach = choice.reach();
        }
        String placed = "";
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String named = events.namedEvent(r, first, last);
            if (!named.isEmpty()) {
                predicate = "event:" + named; // "in what became known as the Saturday Night Massacre": its date
                cue = named;
                reach = 0;
                placed = NamedEvents.placedEvent(r, named);
            }
        }
        if (!predicate.isEmpty() && predAt >= 0 && r.predicates()[predAt] != null
                && r.predicates()[predAt].kind().equals("theme") && measure.isEmpty()) {
            String theme = Measures.theme(r, predAt, first, last);
            if (theme.isEmpty()) {
                predicate = ""; // "it began on May 3": began what?
            } else if (dimension.equals("duration") && knowledge.predicates().kindOf(theme).equals("event")) {
                predicate = theme; // "the moonwalk lasted two hours": how long the moonwalk took
                measure = "duration";
            } else {
                measure = theme;
            }
        }
        if (dimension.equals("duration") && !predicate.isEmpty() && predAt >= 0 && r.predicates()[predAt] != null
                && (measure.isEmpty() && !r.predicates()[predAt].kind().equals("theme")
                || OUTCOME_KINDS.contains(r.predicates()[predAt].kind()))) {
            // "crashed to the ground in 32 seconds", "sentenced to 2.5 to 8 years of imprisonment", "served 19
            // months": how long the event, the sentence or the service took
            measure = "duration";
        }
        if (complement && !predicate.isEmpty() && predAt >= 0 && r.predicates()[predAt] != null
                && !OUTCOME_KINDS.contains(r.predicates()[predAt].kind())) {
            predicate = ""; // "landing with 45 seconds of fuel remaining": the fuel says what is measured
            cue = "";
        }
        if (dimension.equals("count") && !measure.isEmpty() && !measure.equals("person") && !predicate.isEmpty()
                && predAt >= 0 && r.predicates()[predAt] != null
                && !OUTCOME_KINDS.contains(r.predicates()[predAt].kind())) {
            predicate = ""; // "36 passengers" on a flight or carried: the noun says what is counted
            cue = "";
        }
        boolean personal = false;
        String person = "";
        if (!predicate.isEmpty() && predAt >= 0) {
            PhraseTable.Match p = r.predicates()[predAt];
            personal = p != null && p.kind().equals("person") && (dimension.equals("date")
                    || dimension.equals("time") || dimension.equals("place") || dimension.equals("duration"));
            if (personal) {
                person = PersonOfFact.personNear(analysis, s, r, predAt);
            }
        }
        if (c.value() instanceof QuantityValue q && q.unit().equals("rank") && predicate.isEmpty()) {
            String held = PersonOfFact.appositionPerson(s, r, last);
            if (!held.isEmpty()) {
                personal = true; // "the third-most-senior official at the department, Solicitor General X": X's rank
                person = held;
            }
        }
        if (!lifePerson.isEmpty()) {
            personal = true;
            person = lifePerson;
        }
        List<String> designations = Designations.of(r);
        boolean topical = designations.isEmpty() && !topicDesignations.isEmpty();
        if (topical) {
            designations = topicDesignations;
        }
        return new Frame(c.id(), predicate, cue, personal, measure, dimension, person, designations,
                PersonOfFact.names(analysis, s, r), PredicateChoice.occurrence(r, predAt),
                PredicateChoice.hedged(r, predAt, first), reach, zoned(r), topical,
                placed.isEmpty() ? PredicateChoice.secondary(r, predicate, predAt, first, last, dimension) : placed);
    }

    private boolean zoned(SentenceReading r) {
        for (Tokens.Token t : r.tokens()) {
            if (t.text().length() >= 2 && knowledge.zones().get(t.text()) != null
                    && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String dimension(Claim c) {
        if (c.value() instanceof ClockTimeValue) {
            return "time";
        }
        if (c.value() instanceof DateValue d) {
            return d.resolved() ? "date" : null;
        }
        if (c.value() instanceof QuantityValue q) {
            String d = Quantities.dimension(q);
            return d.startsWith("count:") ? "count" : d.startsWith("money:") ? "money" : d.equals("time") ? "duration" : d;
        }
        if (c.value() instanceof PlaceValue) {
            return "place";
        }
        return null;
    }

    private static int localIndex(Sentence s, int originalOffset) {
        for (int i = 0; i < s.text().length(); i++) {
            if (s.offset(i) >= originalOffset) {
                return i;
            }
        }
        return -1;
    }
}
