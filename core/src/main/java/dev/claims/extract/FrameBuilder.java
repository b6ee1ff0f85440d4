package dev.claims.extract;

import dev.claims.values.Quantities;
import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.PersonKeys;
import dev.claims.knowledge.PhraseTable;
import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import dev.claims.model.Claim;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.DateValue;
import dev.claims.model.Frame;
import dev.claims.model.QuantityValue;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private static final Set<String> HEDGES = WordList.of("hedges.txt");
    private static final Set<String> ORDINALS = WordList.of("ordinals.txt");
    private static final Set<String> MONTHS = WordList.union(WordList.union(Set.copyOf(WordList.months()),
            WordList.monthAbbreviations()), WordList.weekdays());
    private static final Set<String> AUXILIARIES = WordList.of("auxiliaries.txt");
    private static final Set<String> FUNCTION_WORDS = WordList.of("function-words.txt");
    private static final Set<String> OUTCOME_KINDS = Set.of("person", "outcome");
    private static final Set<String> NOT_DESIGNATORS = WordList.of("designation-stops.txt");
    private static final Set<String> TIME_PREPOSITIONS = WordList.of("aside-openers.txt");
    private static final Set<String> RELATIVES = WordList.of("relative-pronouns.txt");
    private static final Set<String> OPENING_PREPOSITIONS = WordList.of("opening-prepositions.txt");
    private static final Set<String> GROUP_NUMBERS = WordList.of("group-numbers.txt");
    private static final Set<String> NEGATIONS = WordList.of("negations.txt");
    /** Prepositions by which a date follows the event noun it dates ("the speech on March 6", "the treaty of 1920"). */
    private static final Set<String> DATE_ADJUNCTS = WordList.of("date-adjuncts.txt");
    private static final int BOUNDARY_COST = 4;
    private static final int WINDOW = 14;

    private final Knowledge knowledge;

    public FrameBuilder(Knowledge knowledge) {
        this.knowledge = knowledge;
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
            if (onlyValue(s, c)) {
                out.put(c.id(), s.sentence().text() + "\n" + analysis.sentences().get(c.sentence() + 1).sentence().text());
            }
        }
        return out;
    }

    /** Frames for the claims of an analysed document, keyed by claim id. */
    public Map<String, Frame> frames(DocumentAnalysis analysis, List<Claim> claims) {
        Map<String, Frame> out = new HashMap<>();
        Map<Integer, Reading> readings = new HashMap<>();
        List<String> topic = null;
        String published = analysis.document().date() == null ? "" : analysis.document().date();
        for (Claim c : claims) {
            String dimension = dimension(c);
            if (dimension == null || !published.isEmpty() && published.contains(c.value().text())
                    || dateline(analysis.document().text(), c)) {
                continue; // the page's own date is not a date of what it tells
            }
            if (topic == null) {
                topic = topicDesignations(analysis);
            }
            SentenceAnalysis s = analysis.sentences().get(c.sentence());
            Reading r = readings.computeIfAbsent(c.sentence(), k -> read(s));
            int at = localIndex(s.sentence(), c.span().start());
            if (at < 0) {
                continue;
            }
            Frame f = frame(analysis, s, r, c, dimension, at, topic);
            if (f.predicate().isEmpty() && c.value() instanceof DateValue && onlyValue(s, c)
                    && s.index() + 1 < analysis.sentences().size()) {
                // a timeline's date on a line of its own ("July 18, 1969" over "Spacecraft enters lunar orbit."):
                // it dates the entry under it
                SentenceAnalysis next = analysis.sentences().get(s.index() + 1);
                f = entryFrame(f, readings.computeIfAbsent(next.index(), k -> read(next)), next);
            }
            out.put(c.id(), f);
        }
        return out;
    }

    /** The tokens of a sentence with the phrase found at each. */
    private record Reading(String text, List<Tokens.Token> tokens, List<String> lower, PhraseTable.Match[] predicates,
                           PhraseTable.Match[] measures, int[] clause, int[] aside, int openingEnd) {
        /** True when the predicate at {@code i} stands in a time phrase or relative clause the value is not in. */
        boolean asideFrom(int i, int valueAt) {
            // a closed phrase (a quotation, "With 61 crew on board,") also keeps its own value from the words outside,
            // and so does a sentence's opening time phrase ("After the invasion of X in 1921 the council …")
            return aside[i] != aside[valueAt] && (aside[i] != 0 || aside[valueAt] < 0)
                    || valueAt < openingEnd && i >= openingEnd;
        }
    }

    private Reading read(SentenceAnalysis s) {
        String text = s.text();
        List<Tokens.Token> tokens = Tokens.of(text);
        List<String> lower = new ArrayList<>(tokens.size());
        for (Tokens.Token t : tokens) {
            lower.add(t.text().toLowerCase(Locale.ROOT));
        }
        PhraseTable.Match[] preds = new PhraseTable.Match[tokens.size()];
        PhraseTable.Match[] meas = new PhraseTable.Match[tokens.size()];
        int[] clause = new int[tokens.size()];
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && boundaryBetween(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                c++;
            }
            clause[i] = c;
            preds[i] = knowledge.predicates().longestAt(lower, i);
            meas[i] = knowledge.measures().longestAt(lower, i);
        }
        return new Reading(text, tokens, lower, preds, meas, clause, asides(text, tokens, lower),
                openingEnd(text, tokens, lower, preds));
    }

    /**
     * Where a sentence's opening time phrase ends ("After the invasion of Kessel in 1921 | the council dissolved"): at
     * its first comma or clause boundary, or else at the first predicate after its own; 0 when it opens with none or
     * names no event of its own ("After 2 hours outside, they closed the hatch": the hours are the main clause's).
     */
    private static int openingEnd(String text, List<Tokens.Token> tokens, List<String> lower,
                                  PhraseTable.Match[] preds) {
        if (tokens.isEmpty() || !TIME_PREPOSITIONS.contains(lower.get(0))) {
            return 0;
        }
        boolean own = false;
        for (int k = 1; k < tokens.size(); k++) {
            if (commaBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())
                    || boundaryBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return own ? k : 0;
            }
            if (preds[k] != null) {
                if (own) {
                    return k;
                }
                own = true;
            }
        }
        return own ? tokens.size() : 0;
    }

    /**
     * Numbers the phrases that set another event beside the one a sentence tells (negative for a closed phrase whose
     * own values the words outside do not govern): a time phrase ("nearly a year
     * after the burglary,", "during the hearings,", "following the investigation") from its preposition to the next
     * comma or clause end, and a relative clause between commas (", which had left Frankfurt three days before,").
     * A quotation is such a phrase too. A predicate in one says when, or what someone said, not what happened.
     */
    private static int[] asides(String text, List<Tokens.Token> tokens, List<String> lower) {
        int[] aside = new int[tokens.size()];
        int n = 0;
        int quoted = 0; // the number of the quotation a token is in, 0 outside
        for (int i = 0; i < tokens.size(); i++) {
            int from = i == 0 ? 0 : tokens.get(i - 1).end();
            for (int k = from; k < tokens.get(i).start(); k++) {
                char ch = text.charAt(k);
                if (ch == '\u201c' || ch == '"' && quoted == 0) {
                    quoted = -(++n);
                } else if (ch == '\u201d' || ch == '"') {
                    quoted = 0;
                }
            }
            if (quoted != 0) {
                aside[i] = quoted; // "…, “we will be landing …”": a quotation's words, not what the sentence tells
                continue;
            }
            String w = lower.get(i);
            // not a sentence's opening phrase: "After docking with the CSM, piloted by X, at 21:34 UT" may be its time
            boolean time = i > 0 && (TIME_PREPOSITIONS.contains(w) || w.equals("prior") && i + 1 < tokens.size()
                    && lower.get(i + 1).equals("to"));
            boolean relative = RELATIVES.contains(w) && i > 0 && commaBetween(text, tokens.get(i - 1).end(),
                    tokens.get(i).start());
            // "With 61 crew members on board, the passengers were …": an absolute phrase has its own predicate
            boolean absolute = w.equals("with") && (i == 0 || commaBetween(text, tokens.get(i - 1).end(),
                    tokens.get(i).start()));
            if (!time && !relative && !absolute) {
                continue;
            }
            n++;
            int id = absolute ? -n : n;
            int k = i;
            aside[k] = id;
            while (k + 1 < tokens.size() && !commaBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())
                    && !boundaryBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
                aside[++k] = id;
            }
            i = k;
        }
        return aside;
    }

    private static boolean commaBetween(String text, int from, int to) {
        return text.indexOf(',', from) >= 0 && text.indexOf(',', from) < to;
    }

    private static boolean boundaryBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ';' || ch == '(' || ch == ')' || ch == '\u2013' || ch == '\u2014' || ch == '\n' || ch == '['
                    || ch == '/' || ch == '"' || ch == '\u201c' || ch == '\u201d') {
                return true;
            }
        }
        return false;
    }

    /**
     * A date alone on one of a page's first lines ("Wednesday, January 1, 2020"): the page's dateline, when it was
     * published or updated, not when anything it tells happened.
     */
    private static boolean dateline(String text, Claim c) {
        if (!(c.value() instanceof DateValue)) {
            return false;
        }
        int start = c.span().start();
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        int linesBefore = 0;
        for (int i = 0; i < lineStart && linesBefore < 4; i++) {
            if (text.charAt(i) == '\n') {
                linesBefore++;
            }
        }
        if (linesBefore >= 4) {
            return false;
        }
        String rest = line.replace(c.value().text(), "");
        for (String w : Tokens.words(rest)) {
            if (!MONTHS.contains(w) && !w.equalsIgnoreCase("updated") && !w.equalsIgnoreCase("published")
                    && !w.equalsIgnoreCase("posted")) {
                return false;
            }
        }
        return true;
    }

    /** The designation a page is about: the one it names most often, at least twice ("Apollo 11"). */
    private static List<String> topicDesignations(DocumentAnalysis analysis) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> names = new HashMap<>(); // sentences naming each proper name
        for (SentenceAnalysis s : analysis.sentences()) {
            List<Tokens.Token> t = Tokens.of(s.text());
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < t.size(); i++) {
                if (designation(s.text(), t, i)) {
                    counts.merge(t.get(i - 1).text().toLowerCase(Locale.ROOT) + " " + t.get(i).text(), 1, Integer::sum);
                }
                if (properName(t.get(i))) {
                    seen.add(t.get(i).text().toLowerCase(Locale.ROOT));
                }
            }
            seen.forEach(n -> names.merge(n, 1, Integer::sum));
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        if (best != null) {
            return List.of(best);
        }
        // else the proper name the page names in most sentences, at least three and more than any other ("the
        // Hindenburg"): a one-word topic, standing in like a designation for sentences that name nobody
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return top >= 3 && top > second ? List.of(best) : List.of();
    }

    /** A capitalised word inside a sentence that is not a number, a month, an acronym or a function word. */
    private static boolean properName(Tokens.Token t) {
        String w = t.text();
        return t.capitalised() && !t.number() && w.length() >= 3 && !MONTHS.contains(w)
                && !w.equals(w.toUpperCase(Locale.ROOT)) && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** "Apollo 11", "LZ 129": a capitalised name word and a number that is not a time, a year or a figure. */
    private static boolean designation(String text, List<Tokens.Token> tokens, int i) {
        Tokens.Token before = tokens.get(i - 1);
        Tokens.Token t = tokens.get(i);
        if (i + 1 < tokens.size() && MONTHS.contains(tokens.get(i + 1).text())) {
            return false; // "Pruss (13 May 1891": a day
        }
        String head = before.text();
        if (head.length() > 3 && head.equals(head.toUpperCase(Locale.ROOT))) {
            return false; // a headline's word in capitals: "EXPLODES, 32 DIE"
        }
        return t.number() && t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit)
                && before.capitalised() && !before.number() && before.end() + 2 >= t.start()
                && (before.end() == t.start() || text.charAt(before.end()) != ':') // "Powerplant: 4 engines"
                && !MONTHS.contains(before.text()) && !NOT_DESIGNATORS.contains(before.text().toLowerCase(Locale.ROOT))
                && !(before.text().length() <= 4 && before.text().equals(before.text().toUpperCase(Locale.ROOT))
                && before.text().startsWith("U"));
    }

    private Frame frame(DocumentAnalysis analysis, SentenceAnalysis s, Reading r, Claim c, String dimension, int at,
                        List<String> topicDesignations) {
        int len = c.value().text().length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < r.tokens.size(); i++) {
            Tokens.Token t = r.tokens.get(i);
            if (t.end() > at && t.start() < at + Math.max(1, len)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            first = last = nearestToken(r, at);
        }
        String measure = "";
        String predicate = "";
        String cue = "";
        int predAt = -1;
        boolean attributeHeads = false;
        boolean complement = false;
        if (c.value() instanceof QuantityValue q) {
            String[] m = measure(r, first, last, q, dimension);
            measure = m[0];
            attributeHeads = m.length > 3 && m[3].equals("adjacent");
            complement = m.length > 3 && m[3].equals("complement");
            if (!m[1].isEmpty()) {
                predicate = m[1];
                cue = m[2];
                predAt = last;
            }
        }
        String lifePerson = "";
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String[] life = lifeDate(s, at, at + len);
            if (life.length > 0) {
                predicate = life[0];
                cue = life[0];
                lifePerson = life[1];
            }
        }
        int reach = 0;
        // "35 of the 97 people on board", "many of the more than 100 persons aboard": the whole, not what happened
        boolean partitive = first >= 2 && r.lower.get(first - 1).equals("the") && r.lower.get(first - 2).equals("of");
        // a count that opens its clause is the subject of the verb that follows: "36 people died when …"
        boolean opensClause = dimension.equals("count") && (first == 0 || r.clause[first - 1] != r.clause[first]
                || s.text().charAt(r.tokens.get(first).start() - 1) != ' '
                || r.lower.get(first - 1).equals("and") || r.lower.get(first - 1).equals("with"));
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String listed = listedEvent(r, first);
            if (!listed.isEmpty()) {
                predicate = "event:" + listed; // "met at summits in Vesk (1950), Tallby (March 1952)": each its own
                cue = listed;
            }
        }
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String headed = eventBefore(r, first, last);
            if (!headed.isEmpty()) {
                predicate = "event:" + headed; // "Churchill's “Iron Curtain” speech on March 6, 1946 began to …"
                cue = headed;
            }
        }
        if (predicate.isEmpty() && !attributeHeads) {
            int best = Integer.MAX_VALUE;
            boolean verbInClause = false;
            for (int i = Math.max(0, first - WINDOW); i < Math.min(r.tokens.size(), last + WINDOW + 1); i++) {
                // a verb with a count of its own between ("50 people aboard and 25 people died") is not theirs
                if (r.predicates[i] != null && r.clause[i] == r.clause[first] && !restrictive(r, i)
                        && (i < first || i > last) && !countBetween(r, i, first, last) && !r.asideFrom(i, first)) {
                    verbInClause = true;
                }
            }
            for (int i = Math.max(0, first - WINDOW); i < Math.min(r.tokens.size(), last + WINDOW + 1); i++) {
                PhraseTable.Match p = r.predicates[i];
                if (p == null || i >= first && i <= last || p.kind().equals("state") && !dimension.equals("count")
                        || r.asideFrom(i, first)) {
                    continue; // "carried", "aboard": what a count is of, never when or where something happened
                }
                int end = i + p.words() - 1;
                int dist = i > last ? i - last : first - end;
                if (dist < 0) {
                    continue;
                }
                int cost = dist + BOUNDARY_COST * Math.abs(r.clause[i] - r.clause[first]);
                if (restrictive(r, i) ? verbInClause && !partitive : partitive) {
                    continue; // "97 people on board … died": the verb says what happened to them
                }
                if (opensClause && i < first && forwardPredicate(r, last)) {
                    continue;
                }
                // a count followed by its verb is that verb's subject: "32 DIE" after "EXPLODES,"
                if (cost < best || cost == best && i > last && dimension.equals("count")) {
                    best = cost;
                    predicate = p.cls();
                    predAt = i;
                    cue = text(s.text(), r, i, end);
                }
            }
            reach = best;
            int when = (c.value() instanceof DateValue || c.value() instanceof ClockTimeValue)
                    && (predAt < 0 || negated(r, predAt)) ? whenClause(r, last) : -1;
            int main = when < 0 && (c.value() instanceof DateValue || c.value() instanceof ClockTimeValue)
                    && opens(r, first) ? mainPredicate(r, last) : -1;
            if (when >= 0) {
                // "had not begun in 1941 nor even in 1933 when Vesk was recognized": what did not happen then is
                // not what the time dates; the clause "when" opens after it says what did
                predicate = r.predicates[when].cls();
                predAt = when;
                cue = text(s.text(), r, when, when + r.predicates[when].words() - 1);
                reach = when - last;
            } else if (main >= 0 && main != predAt) {
                // "On February 21, 1975, A, B and C, the three …, were sentenced": a date that opens its sentence
                // dates the sentence's main predicate, however long the subject between
                predicate = r.predicates[main].cls();
                predAt = main;
                cue = text(s.text(), r, main, main + r.predicates[main].words() - 1);
                reach = 1;
            } else if (main >= 0) {
                reach = Math.min(reach, 1);
            }
        }
        String placed = "";
        if (predicate.isEmpty() && c.value() instanceof DateValue) {
            String named = namedEvent(r, first, last);
            if (!named.isEmpty()) {
                predicate = "event:" + named; // "in what became known as the Saturday Night Massacre": its date
                cue = named;
                reach = 0;
                placed = placedEvent(r, named);
            }
        }
        if (!predicate.isEmpty() && predAt >= 0 && r.predicates[predAt] != null
                && r.predicates[predAt].kind().equals("theme") && measure.isEmpty()) {
            String theme = theme(r, predAt, first, last);
            if (theme.isEmpty()) {
                predicate = ""; // "it began on May 3": began what?
            } else if (dimension.equals("duration") && knowledge.predicates().kindOf(theme).equals("event")) {
                predicate = theme; // "the moonwalk lasted two hours": how long the moonwalk took
                measure = "duration";
            } else {
                measure = theme;
            }
        }
        if (dimension.equals("duration") && !predicate.isEmpty() && predAt >= 0 && r.predicates[predAt] != null
                && (measure.isEmpty() && !r.predicates[predAt].kind().equals("theme")
                || OUTCOME_KINDS.contains(r.predicates[predAt].kind()))) {
            // "crashed to the ground in 32 seconds", "sentenced to 2.5 to 8 years of imprisonment", "served 19
            // months": how long the event, the sentence or the service took
            measure = "duration";
        }
        if (complement && !predicate.isEmpty() && predAt >= 0 && r.predicates[predAt] != null
                && !OUTCOME_KINDS.contains(r.predicates[predAt].kind())) {
            predicate = ""; // "landing with 45 seconds of fuel remaining": the fuel says what is measured
            cue = "";
        }
        if (dimension.equals("count") && !measure.isEmpty() && !measure.equals("person") && !predicate.isEmpty()
                && predAt >= 0 && r.predicates[predAt] != null && !OUTCOME_KINDS.contains(r.predicates[predAt].kind())) {
            predicate = ""; // "36 passengers" on a flight or carried: the noun says what is counted
            cue = "";
        }
        boolean personal = false;
        String person = "";
        if (!predicate.isEmpty() && predAt >= 0) {
            PhraseTable.Match p = r.predicates[predAt];
            personal = p != null && p.kind().equals("person") && (dimension.equals("date")
                    || dimension.equals("time") || dimension.equals("place") || dimension.equals("duration"));
            if (personal) {
                person = personNear(analysis, s, r, predAt);
            }
        }
        if (c.value() instanceof QuantityValue q && q.unit().equals("rank") && predicate.isEmpty()) {
            String held = appositionPerson(s, r, last);
            if (!held.isEmpty()) {
                personal = true; // "the third-most-senior official at the department, Solicitor General X": X's rank
                person = held;
            }
        }
        if (!lifePerson.isEmpty()) {
            personal = true;
            person = lifePerson;
        }
        List<String> designations = designations(r);
        boolean topical = designations.isEmpty() && !topicDesignations.isEmpty();
        if (topical) {
            designations = topicDesignations;
        }
        return new Frame(c.id(), predicate, cue, personal, measure, dimension, person, designations,
                names(analysis, s, r), occurrence(r, predAt), hedged(r, predAt, first), reach, zoned(r), topical,
                placed.isEmpty() ? secondary(r, predicate, predAt, first, last, dimension) : placed);
    }

    /**
     * Life dates in brackets after a person's name, "Max Example (13 September 1891 – 28 November 1960)": [birth or
     * death, the person's surname key], or nothing.
     */
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final java.util.regex.Pattern RANGE_REST = java.util.regex.Pattern.compile("\\s*[\u2013\u2014-][^)]*\\d");

    private static String[] lifeDate(SentenceAnalysis s, int at, int end) {
        String t = s.text();
        int open = at > 0 ? t.lastIndexOf('(', at - 1) : -1;
        int close = open < 0 ? -1 : t.indexOf(')', open);
        if (open < 0 || close < end || close - open > 80) {
            return new String[0];
        }
        String inside = t.substring(open + 1, at).strip();
        String kind;
        if (inside.isEmpty()) {
            kind = "birth";
        } else if (inside.chars().anyMatch(Character::isDigit) && (inside.endsWith("\u2013") || inside.endsWith("-")
                || inside.endsWith("\u2014")) && !DIGIT.matcher(t.substring(end, close)).find()) {
            kind = "death";
        } else {
            return new String[0];
        }
        if (kind.equals("birth") && !RANGE_REST.matcher(t.substring(end, close)).lookingAt()) {
            return new String[0]; // a single date in brackets is not a life span
        }
        int before = open;
        while (before > 0 && t.charAt(before - 1) == ' ') {
            before--;
        }
        for (PersonNames.Found f : s.people()) {
            if (f.end() == before) {
                return new String[] {kind, PersonKeys.surname(f.name())};
            }
        }
        return new String[0];
    }

    /** A second event predicate of the same clause within a few words of a date or time ("arrested after breaking"). */
    private static String secondary(Reading r, String predicate, int predAt, int first, int last, String dimension) {
        if (predicate.isEmpty() || !(dimension.equals("date") || dimension.equals("time"))) {
            return "";
        }
        for (int i = Math.max(0, first - 6); i < Math.min(r.tokens.size(), last + 7); i++) {
            PhraseTable.Match p = r.predicates[i];
            if (p != null && i != predAt && !p.cls().equals(predicate) && p.kind().equals("event")
                    && r.clause[i] == r.clause[first] && !restrictive(r, i) && (i < first || i > last)
                    && Math.abs(i - predAt) <= 4) {
                return p.cls();
            }
        }
        // "was found guilty of conspiracy and perjury and sentenced": a verb coordinated with the predicate
        boolean outcome = predAt >= 0 && r.predicates[predAt] != null
                && OUTCOME_KINDS.contains(r.predicates[predAt].kind());
        for (int i = predAt + 1; outcome && i < Math.min(r.tokens.size(), predAt + WINDOW); i++) {
            PhraseTable.Match p = r.predicates[i];
            if (p != null && OUTCOME_KINDS.contains(p.kind()) && !p.cls().equals(predicate)
                    && r.lower.get(i - 1).equals("and") && r.clause[i] == r.clause[predAt]
                    && !r.asideFrom(i, predAt)) {
                return p.cls();
            }
        }
        return "";
    }

    /** True when the sentence is the value alone (a weekday and punctuation aside): a date heading. */
    private static boolean onlyValue(SentenceAnalysis s, Claim c) {
        String rest = s.text().replace(c.value().text(), "");
        for (String w : Tokens.words(rest)) {
            if (!MONTHS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The frame of a date heading from the first predicate of the entry under it, or the frame as it is. */
    private Frame entryFrame(Frame f, Reading entry, SentenceAnalysis next) {
        int main = entry.tokens().isEmpty() ? -1 : mainPredicate(entry, -1);
        if (main < 0 || entry.predicates[main].kind().equals("theme") || entry.predicates[main].kind().equals("person")) {
            return f; // a general verb needs its object, a person's fact its person: kept to simple event entries
        }
        String cue = text(next.text(), entry, main, main + entry.predicates[main].words() - 1);
        return new Frame(f.claimId(), entry.predicates[main].cls(), cue, false, f.measure(), f.dimension(), "",
                f.designations(), f.names(), occurrence(entry, main), false, 1, f.zoned(), f.topical(), "");
    }

    /** True when a value opens its sentence, alone or after a preposition ("On May 3, 1937, …", "In 1936, …"). */
    private static boolean opens(Reading r, int first) {
        return first == 0 || first == 1 && OPENING_PREPOSITIONS.contains(r.lower.get(0));
    }

    /**
     * The first predicate after an opening value that is the sentence's own: in the value's clause or the one right
     * after it, not in a time phrase or relative clause, not "aboard", not what a count is of; -1 when there is none.
     */
    private static int mainPredicate(Reading r, int last) {
        // its own clause, or the entry after a timeline's dash ("May 3, 1937 – the airship left …"); not a quotation
        int clause = last + 1 < r.tokens.size() ? r.clause[last + 1] : r.clause[last];
        for (int i = last + 1; i < r.tokens.size() && r.clause[i] == clause; i++) {
            PhraseTable.Match p = r.predicates[i];
            if (p != null && !restrictive(r, i) && !p.kind().equals("state") && r.aside[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The predicate of a clause that "when" opens right after a time ("in 1933 when X recognized Y", "on May 6, when the
     * airship burned"): the first predicate of that clause before the next comma or clause end; -1 when there is none.
     */
    private static int whenClause(Reading r, int last) {
        if (last + 1 >= r.tokens.size() || !r.lower.get(last + 1).equals("when")
                || boundaryBetween(r.text, r.tokens.get(last).end(), r.tokens.get(last + 1).start())) {
            return -1;
        }
        for (int i = last + 2; i < Math.min(r.tokens.size(), last + WINDOW); i++) {
            if (commaBetween(r.text, r.tokens.get(i - 1).end(), r.tokens.get(i).start())
                    || r.clause[i] != r.clause[last + 1]) {
                return -1;
            }
            PhraseTable.Match p = r.predicates[i];
            if (p != null && !restrictive(r, i) && !p.kind().equals("state")) {
                return i;
            }
        }
        return -1;
    }

    /** True when "not", "never" or "no" stands in the two words before the predicate at {@code i} ("had not begun"). */
    private static boolean negated(Reading r, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (NEGATIONS.contains(r.lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean forwardPredicate(Reading r, int last) {
        for (int i = last + 1; i < Math.min(r.tokens.size(), last + WINDOW + 1); i++) {
            if (r.clause[i] != r.clause[last]) {
                return false;
            }
            if (r.predicates[i] != null && !restrictive(r, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object of a general verb: the noun just before it ("the crossing began", "relations were established"),
     * else the first content word after it ("signed the treaty", "the opening of the hearings").
     */
    private static String theme(Reading r, int predAt, int first, int last) {
        int i = predAt - 1;
        while (i >= 0 && AUXILIARIES.contains(r.lower.get(i))) {
            i--;
        }
        if (i >= 0 && i < predAt && r.clause[i] == r.clause[predAt] && (i < first || i > last)
                && r.predicates[i] != null && r.predicates[i].kind().equals("event")) {
            return r.predicates[i].cls(); // "the moonwalk lasted", "EVA duration": the event is the subject
        }
        if (i >= 0 && i < predAt && r.clause[i] == r.clause[predAt] && contentWord(r, i) && (i < first || i > last)
                && !r.tokens.get(i).capitalised()) {
            return singular(r.lower.get(i));
        }
        int after = predAt + (r.predicates[predAt] == null ? 1 : r.predicates[predAt].words());
        boolean ofObject = after < r.tokens.size() && r.lower.get(after).equals("of");
        if (i >= 0 && i == predAt - 1 && r.tokens.get(i).capitalised() && !r.tokens.get(i).number()
                && possessive(r, i) && !ofObject) { // "Germany's invasion of the Soviet Union": the Union
            return withoutPossessive(r.lower.get(i)); // "the Comintern's dissolution"
        }
        int end = predAt + (r.predicates[predAt] == null ? 1 : r.predicates[predAt].words());
        for (int k = end; k < Math.min(r.tokens.size(), end + 4); k++) {
            if (k >= first && k <= last || r.clause[k] != r.clause[predAt]) {
                break;
            }
            PhraseTable.Match object = r.predicates[k];
            if (object != null && (object.kind().equals("theme") || object.kind().equals("event"))
                    && !restrictive(r, k)) {
                return object.cls(); // "opened hearings", "began the landing": the event noun is the object
            }
            if (contentWord(r, k)) {
                int e = k;
                while (r.tokens.get(k).capitalised() && e + 1 < r.tokens.size() && r.tokens.get(e + 1).capitalised()
                        && r.clause[e + 1] == r.clause[k]) {
                    e++; // "joined the German Navy": navy
                }
                while (!r.tokens.get(k).capitalised() && e + 1 < r.tokens.size() && r.clause[e + 1] == r.clause[k]
                        && (e + 1 < first || e + 1 > last) && r.predicates[e + 1] == null && contentWord(r, e + 1)
                        && !r.tokens.get(e + 1).capitalised()
                        && r.tokens.get(e + 1).start() == r.tokens.get(e).end() + 1
                        && r.text.charAt(r.tokens.get(e).end()) == ' ') {
                    e++; // "reached the lunar orbit": the head of the noun phrase, orbit
                }
                return singular(r.lower.get(e));
            }
            if (!FUNCTION_WORDS.contains(r.lower.get(k))) {
                break;
            }
        }
        return "";
    }

    /** True when the token is written as a possessive ("Comintern's", "Comintern’s"). */
    private static boolean possessive(Reading r, int i) {
        String w = r.lower.get(i);
        int end = r.tokens.get(i).end();
        return w.endsWith("'s") || w.endsWith("\u2019s") || r.text.startsWith("'s", end)
                || r.text.startsWith("\u2019s", end);
    }

    /** "comintern's" → "comintern"; other words as they are. */
    private static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }

    private static boolean contentWord(Reading r, int i) {
        String w = r.lower.get(i);
        return !r.tokens.get(i).number() && w.length() > 2 && !FUNCTION_WORDS.contains(w)
                && !MONTHS.contains(r.tokens.get(i).text())
                && !AUXILIARIES.contains(w) && r.predicates[i] == null && Character.isLetter(w.charAt(0));
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A named event within a few words of a date: a run of capitalised words ending in an event noun
     * ({@code event-nouns.txt}), lower-cased, its leading article dropped ("saturday night massacre").
     */
    private String namedEvent(Reading r, int first, int last) {
        String of = eventOfName(r, first, last);
        if (!of.isEmpty()) {
            return of;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(1, first - 8); i < Math.min(r.tokens.size(), last + 9); i++) {
            if (i >= first && i <= last || !knowledge.eventNouns().contains(r.lower.get(i))
                    || nameEnd(r, i, first, last) < 0) {
                continue;
            }
            int distance = i < first ? first - i : i - last;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return "";
        }
        return eventName(r, best, first, last);
    }

    /**
     * The name of the event whose noun is at {@code noun}: the capitalised words before it, lower-cased, its leading
     * article dropped, modifiers between left out ("the 1943 Tehran wartime conference": "tehran conference"); "" when
     * no name stands before it.
     */
    private static String eventName(Reading r, int noun, int first, int last) {
        int end = nameEnd(r, noun, first, last);
        if (end < 0) {
            return "";
        }
        int start = end;
        while (start > 0 && r.tokens.get(start - 1).capitalised() && !r.tokens.get(start - 1).number()
                && !MONTHS.contains(r.tokens.get(start - 1).text()) && end - start < 3
                && r.tokens.get(start - 1).end() + 2 >= r.tokens.get(start).start()) {
            start--;
        }
        if (start == 0 && end == 0) {
            return ""; // a sentence's first word alone ("Fire destroyed …"): capitalised as any first word is
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            if (i == start && FUNCTION_WORDS.contains(r.lower.get(i))) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(r.lower.get(i));
        }
        return b.append(' ').append(r.lower.get(noun)).toString();
    }

    /**
     * The last capitalised word of the name before an event noun at {@code noun}: the word right before it ("Saturday
     * Night Massacre"), or the one before a lowercase modifier ("the 1943 Tehran wartime conference"); -1 when none.
     */
    private static int nameEnd(Reading r, int noun, int first, int last) {
        for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
            Tokens.Token t = r.tokens.get(k);
            if (k >= first && k <= last) {
                return -1;
            }
            if (t.capitalised() && !t.number() && !MONTHS.contains(t.text())) {
                return k;
            }
            if (t.capitalised() || !contentWord(r, k) || r.tokens.get(k).end() + 1 != r.tokens.get(k + 1).start()) {
                return -1; // "the war's final battle", "a long, hard battle": not a modifier of a name
            }
        }
        return -1;
    }

    /**
     * A named event whose noun the date follows ("the “Iron Curtain” speech on March 6, 1946", "the Kessel Treaty of
     * 1920"): the date is the noun's, whatever verb the sentence goes on to; "" when no named event noun stands there,
     * or when the noun is itself a predicate's form ("the Kessel disaster of 1920": the predicate reads it).
     */
    private String eventBefore(Reading r, int first, int last) {
        if (first < 2 || !DATE_ADJUNCTS.contains(r.lower.get(first - 1))
                || !knowledge.eventNouns().contains(r.lower.get(first - 2)) || r.predicates[first - 2] != null
                || commaBetween(r.text, r.tokens.get(first - 2).start(), r.tokens.get(first).start())) {
            return "";
        }
        return eventName(r, first - 2, first, last);
    }

    /**
     * A date in brackets after a place in a list that a plural event noun opens: "at conferences in Tehran (1943),
     * Yalta (February 1945) and Potsdam (July–August 1945)" gives "yalta conference" for the second; "" otherwise.
     */
    private String listedEvent(Reading r, int first) {
        if (first < 1 || !bracketBefore(r, first) || !r.tokens.get(first - 1).capitalised()
                || r.tokens.get(first - 1).number()) {
            return "";
        }
        int name = first - 1;
        for (int k = name - 1; k >= Math.max(1, name - 25); k--) {
            String w = r.lower.get(k);
            if ((w.equals("in") || w.equals("at")) && knowledge.eventNouns().contains(singular(r.lower.get(k - 1)))
                    && r.lower.get(k - 1).endsWith("s")) {
                return r.lower.get(name) + " " + singular(r.lower.get(k - 1));
            }
            Tokens.Token t = r.tokens.get(k);
            if (!t.capitalised() && !t.number() && !w.equals("and") && !MONTHS.contains(t.text())) {
                return ""; // the list ends: "Tehran (1943), Yalta (February 1945), and Potsdam"
            }
        }
        return "";
    }

    /**
     * The same named event by its place: "the July Big Three conference on post-war arrangements at Potsdam" is also
     * "event:potsdam conference"; "" when the event noun has no "at"/"in" place in its phrase.
     */
    private static String placedEvent(Reading r, String named) {
        String noun = named.substring(named.lastIndexOf(' ') + 1);
        for (int k = 0; k < r.tokens.size(); k++) {
            if (!r.lower.get(k).equals(noun)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(r.tokens.size() - 1, k + 7) && r.clause[j] == r.clause[k]
                    && !commaBetween(r.text, r.tokens.get(j - 1).end(), r.tokens.get(j).start()); j++) {
                Tokens.Token place = r.tokens.get(j + 1);
                if ((r.lower.get(j).equals("at") || r.lower.get(j).equals("in")) && properName(place)
                        && !named.contains(r.lower.get(j + 1))) {
                    return "event:" + r.lower.get(j + 1) + " " + noun;
                }
            }
        }
        return "";
    }

    private static boolean bracketBefore(Reading r, int first) {
        return r.text.substring(r.tokens.get(first - 1).end(), r.tokens.get(first).start()).strip().equals("(");
    }

    /**
     * An event noun with the name it is of, within a few words of the value: "the invasion of Manchuria in 1931",
     * "the Comintern's dissolution in 1943" ("dissolution of comintern"); "" when there is none.
     */
    private String eventOfName(Reading r, int first, int last) {
        for (int i = Math.max(0, first - 8); i < Math.min(r.tokens.size() - 1, last + 6); i++) {
            if (i >= first && i <= last || !knowledge.eventNouns().contains(r.lower.get(i))) {
                continue;
            }
            int k = i + 1;
            if (r.lower.get(k).equals("of")) {
                k++;
                if (k < r.tokens.size() && FUNCTION_WORDS.contains(r.lower.get(k))) {
                    k++;
                }
                String name = nameAt(r, k, first);
                if (!name.isEmpty()) {
                    return r.lower.get(i) + " of " + name;
                }
            }
            // "the Comintern's dissolution": the name before the possessive
            int p = i - 1;
            if (p >= 0 && possessive(r, p)) {
                int start = p;
                while (start > 0 && r.tokens.get(start - 1).capitalised() && p - start < 3) {
                    start--;
                }
                if (r.tokens.get(p).capitalised() && !r.tokens.get(p).number()) {
                    StringBuilder b = new StringBuilder();
                    for (int j = start; j <= p; j++) {
                        String w = withoutPossessive(r.lower.get(j));
                        if (!FUNCTION_WORDS.contains(w)) {
                            b.append(b.length() == 0 ? "" : " ").append(w);
                        }
                    }
                    if (b.length() > 0) {
                        return r.lower.get(i) + " of " + b;
                    }
                }
            }
        }
        return "";
    }

    /** The capitalised words of a name starting at {@code k} (at most four, not into the value), or "". */
    private static String nameAt(Reading r, int k, int valueAt) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < r.tokens.size() && j < k + 4 && j != valueAt; j++) {
            Tokens.Token t = r.tokens.get(j);
            if (!t.capitalised() || t.number() || MONTHS.contains(t.text())) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(r.lower.get(j));
        }
        return b.toString();
    }

    /** "on board", "aboard": a phrase that restricts a noun rather than says what happened. */
    private static boolean restrictive(Reading r, int i) {
        String w = r.lower.get(i);
        return r.predicates[i] != null && (w.equals("aboard") || w.equals("onboard")
                || w.equals("on") && i + 1 < r.lower.size() && r.lower.get(i + 1).equals("board"));
    }

    private boolean zoned(Reading r) {
        for (Tokens.Token t : r.tokens) {
            if (t.text().length() >= 2 && knowledge.zones().get(t.text()) != null
                    && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String text(String text, Reading r, int from, int to) {
        return text.substring(r.tokens.get(from).start(), r.tokens.get(to).end());
    }

    /** [measure, implied predicate, cue] of a quantity: its counted noun, else an attribute word around it. */
    private String[] measure(Reading r, int first, int last, QuantityValue q, String dimension) {
        if (dimension.equals("count")) {
            List<String> unit = List.of(Tokens.words(q.unit().toLowerCase(Locale.ROOT)));
            if (unit.size() == 1 && unit.get(0).startsWith("member") && last + 2 < r.tokens.size()
                    && r.lower.get(last + 1).equals("of")) {
                int k = r.lower.get(last + 2).equals("the") ? last + 3 : last + 2;
                if (k < r.tokens.size()) {
                    unit = List.of(r.lower.get(k)); // "19 members of the crew": crew
                }
            }
            PhraseTable.Match m = unit.isEmpty() ? null : knowledge.measures().longestAt(unit, 0);
            if (m != null && m.cls().equals("person")) {
                for (int i = last + 1; i < Math.min(r.tokens.size(), last + 7) && r.clause[i] == r.clause[last]; i++) {
                    if (r.measures[i] != null && r.measures[i].kind().equals("locative")) {
                        return new String[] {r.measures[i].cls(), "", ""}; // "one person was killed on the ground"
                    }
                }
            }
            if (m != null && m.kind().equals("noun")) {
                // a noun that says what happened ("fatalities"): the concept counted and the predicate, from the data
                return m.extra().size() >= 2 ? new String[] {m.extra().get(0), m.extra().get(1), q.unit()}
                        : new String[] {m.cls(), "", ""};
            }
            return new String[] {unit.isEmpty() ? "" : String.join(" ", unit), "", ""};
        }
        for (int d = 1; d <= 5; d++) {
            for (int i : new int[] {first - d, last + d}) {
                // a conversion in brackets ("804 feet (245 m) in length") is part of the value, not a boundary
                if (i >= 0 && i < r.tokens.size() && r.measures[i] != null && r.measures[i].kind().equals("attribute")
                        && (r.clause[i] == r.clause[first] || i > last && r.clause[i] == r.clause[last] + 1
                        && bracketAfter(r, last))) {
                    // "at a maximum speed of 85 mph", "Maximum speed: 85 mph": the attribute, not a verb, governs it
                    return new String[] {r.measures[i].cls(), "", "", headsValue(r, i, first) ? "adjacent" : ""};
                }
            }
        }
        String of = ofComplement(r, last);
        if (!of.isEmpty()) {
            return new String[] {of, "", "", "complement"}; // "45 seconds of fuel", "46 pounds of moon rocks"
        }
        // a unit that alone says what it measures ("85 mph", "1,050 horsepower", "7 million cubic feet")
        PhraseTable.Match own = knowledge.measures().longestAt(List.of(dimension), 0);
        if (own != null && own.kind().equals("attribute") && own.extra().contains("unit")) {
            return new String[] {own.cls(), "", "", ""};
        }
        return new String[] {"", "", ""};
    }

    /**
     * The head of the noun phrase after "of" that follows a figure, past a conversion in brackets: "45 seconds of
     * fuel remaining" (fuel), "47.5 pounds (21.5 kg) of lunar material" (material); "" when there is none.
     */
    private static String ofComplement(Reading r, int last) {
        int k = last + 1;
        while (k < r.tokens.size() && r.clause[k] != r.clause[last] && r.clause[k] == r.clause[last] + 1) {
            k++; // "(21.5 kg)"
        }
        if (k >= r.tokens.size() || !r.lower.get(k).equals("of")) {
            return "";
        }
        String head = "";
        for (int i = k + 1; i < Math.min(r.tokens.size(), k + 4); i++) {
            String w = r.lower.get(i);
            if (r.tokens.get(i).capitalised() || r.tokens.get(i).number() || FUNCTION_WORDS.contains(w)
                    || r.predicates[i] != null || w.endsWith("ing") || w.endsWith("ed") || w.equals("left")
                    || !w.chars().allMatch(Character::isLetter) || r.clause[i] != r.clause[k]) {
                break;
            }
            head = w;
        }
        return head.isEmpty() ? "" : singular(head);
    }

    /** True when a bracket opens the clause after the value's last token ("804 feet (245 m) in length"). */
    private static boolean bracketAfter(Reading r, int last) {
        if (last + 1 >= r.tokens.size()) {
            return false;
        }
        return r.text.substring(r.tokens.get(last).end(), r.tokens.get(last + 1).start()).indexOf('(') >= 0;
    }

    /** True when a number token stands between a predicate at {@code i} and the value at [first, last]. */
    private static boolean countBetween(Reading r, int i, int first, int last) {
        for (int k = Math.min(i, last) + 1; k < Math.max(i, first); k++) {
            if (r.tokens.get(k).number() && !(k > 0 && designation(r.text, r.tokens, k))) {
                return true; // a count, not the number of "Vega 3"
            }
        }
        return false;
    }

    /** True when only "of", "is", "was" or nothing stand between an attribute phrase at {@code i} and the value. */
    private static boolean headsValue(Reading r, int i, int first) {
        if (i >= first) {
            return false;
        }
        for (int k = i + r.measures[i].words(); k < first; k++) {
            String w = r.lower.get(k);
            if (!w.equals("of") && !w.equals("is") && !w.equals("was")) {
                return false;
            }
        }
        return true;
    }

    private static int nearestToken(Reading r, int at) {
        int best = 0;
        for (int i = 0; i < r.tokens.size(); i++) {
            if (Math.abs(r.tokens.get(i).start() - at) < Math.abs(r.tokens.get(best).start() - at)) {
                best = i;
            }
        }
        return best;
    }

    private static String personNear(DocumentAnalysis analysis, SentenceAnalysis s, Reading r, int predAt) {
        int pos = r.tokens.get(predAt).start();
        int subject = predAt - 1;
        while (subject >= 0 && (AUXILIARIES.contains(r.lower.get(subject)) || r.lower.get(subject).endsWith("ly"))) {
            subject--; // "Haldeman actually served", "Pruss was later appointed"
        }
        if (subject >= 0 && properName(r.tokens.get(subject)) && r.predicates[subject] == null
                && r.clause[subject] == r.clause[predAt] && !inPerson(s, r.tokens.get(subject))) {
            return PersonKeys.surname(r.tokens.get(subject).text()); // a surname alone as the verb's subject
        }
        if (subject >= 0 && r.clause[subject] == r.clause[predAt]) {
            int end = r.tokens.get(subject).end();
            for (PersonNames.Found f : s.people()) {
                if (f.end() == end && !possessiveOfAnother(r.text, f, pos)) {
                    // "When Franklin Roosevelt unexpectedly died on …, Joseph Stalin ordered": the name right before
                    // the verb is its subject, however near another name stands after it
                    return PersonKeys.surname(f.name());
                }
            }
        }
        int after = r.tokens.get(predAt + r.predicates[predAt].words() - 1).end();
        PersonNames.Found best = null;
        for (PersonNames.Found f : s.people()) {
            if (ofComplement(r.text, after, f)) {
                best = f; // "the resignation of H. R. Haldeman": the noun's person
                break;
            }
            if (possessiveOfAnother(r.text, f, pos)) {
                continue; // "Nixon's top officials resign": the officials, not Nixon
            }
            if (best == null || Math.abs(f.start() - pos) < Math.abs(best.start() - pos)) {
                best = f;
            }
        }
        if (best != null) {
            return PersonKeys.surname(best.name());
        }
        String profile = profileSubject(analysis, s.index());
        return profile.isEmpty() && personalPronoun(r) ? antecedent(analysis, s) : profile;
    }

    /**
     * The person named in apposition after a noun phrase ending near token {@code last}: ", NAME" or ", TITLE NAME"
     * within eight words and one comma, with no predicate between; "" when there is none.
     */
    private static String appositionPerson(SentenceAnalysis s, Reading r, int last) {
        int from = r.tokens.get(last).end();
        for (PersonNames.Found f : s.people()) {
            if (f.start() < from) {
                continue;
            }
            String between = r.text.substring(from, f.start());
            int commas = between.length() - between.replace(",", "").length();
            if (commas != 1 || Tokens.words(between).length > 8) {
                return "";
            }
            for (int i = last + 1; i < r.tokens.size() && r.tokens.get(i).start() < f.start(); i++) {
                if (r.predicates[i] != null) {
                    return "";
                }
            }
            return PersonKeys.surname(f.name());
        }
        return "";
    }

    /** True when the token is part of a person's name the sentence's people give. */
    private static boolean inPerson(SentenceAnalysis s, Tokens.Token t) {
        for (PersonNames.Found f : s.people()) {
            if (f.start() <= t.start() && t.end() <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the person is named right after "of" that follows the predicate noun ending at {@code after}. */
    private static boolean ofComplement(String text, int after, PersonNames.Found f) {
        if (f.start() < after) {
            return false;
        }
        String between = text.substring(after, f.start()).strip().toLowerCase(Locale.ROOT);
        return between.equals("of") || between.equals("of the") || between.startsWith("of ") && between.length() < 40
                && !between.contains(",") && Tokens.words(between).length <= 4;
    }

    /** True when the name is a possessive ("Nixon's") of a noun other than the predicate at {@code predicateStart}. */
    private static boolean possessiveOfAnother(String text, PersonNames.Found f, int predicateStart) {
        boolean possessive = text.startsWith("'s", f.end()) || text.startsWith("\u2019s", f.end());
        return possessive && predicateStart > f.end() + 3 + 1;
    }

    private static boolean personalPronoun(Reading r) {
        for (String w : r.lower) {
            if (w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her") || w.equals("him")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He joined the navy in 1906": the person a pronoun stands for, the last one named in the two sentences before,
     * within the paragraph, when those sentences name only one.
     */
    private static String antecedent(DocumentAnalysis analysis, SentenceAnalysis s) {
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            SentenceAnalysis before = analysis.sentences().get(i);
            if (before.sentence().paragraph() != s.sentence().paragraph()) {
                return "";
            }
            Set<String> named = new LinkedHashSet<>();
            before.people().forEach(f -> named.add(PersonKeys.surname(f.name())));
            if (named.size() == 1) {
                return named.iterator().next();
            }
            if (named.size() > 1) {
                return "";
            }
        }
        return "";
    }

    /** The person a profile names in a heading line above the sentence ("NEIL ARMSTRONG"), within a few units. */
    private static String profileSubject(DocumentAnalysis analysis, int index) {
        String heading = headingPerson(analysis, index);
        if (!heading.isEmpty()) {
            return heading;
        }
        for (int i = index - 1; i >= Math.max(0, index - 8); i--) {
            SentenceAnalysis h = analysis.sentences().get(i);
            String t = h.text().strip();
            if (t.length() > 40 || t.isEmpty()) {
                continue;
            }
            List<Tokens.Token> words = Tokens.of(t);
            if (words.size() >= 2 && words.size() <= 4 && t.equals(t.toUpperCase(Locale.ROOT))
                    && words.stream().allMatch(w -> Character.isLetter(w.text().charAt(0)))) {
                return PersonKeys.surname(words.get(words.size() - 1).text());
            }
            if (!h.people().isEmpty() && h.people().get(0).end() - h.people().get(0).start() >= t.length() - 2) {
                return PersonKeys.surname(h.people().get(0).name());
            }
        }
        return "";
    }

    /**
     * A profile's heading line kept out of the sentences ("NEIL ARMSTRONG", "Edwin \"Buzz\" Aldrin"): the person the
     * fields under it are about, when it opens with a given name and no other heading or more than eight units stand
     * between it and the sentence.
     */
    private static String headingPerson(DocumentAnalysis analysis, int index) {
        List<SentenceAnalysis> sentences = analysis.sentences();
        int at = sentences.get(index).sentence().span().start();
        int floor = index >= 8 ? sentences.get(index - 8).sentence().span().start() : 0;
        dev.claims.model.Noise last = null;
        for (dev.claims.model.Noise n : analysis.document().noise()) {
            if (n.reason().equals("heading") && n.span().end() <= at && n.span().start() >= floor
                    && (last == null || n.span().start() > last.span().start())) {
                last = n;
            }
        }
        String t;
        if (last != null) {
            t = analysis.document().text().substring(last.span().start(), last.span().end()).strip();
        } else if (index < 8 && analysis.document().title() != null) {
            t = analysis.document().title().strip(); // a profile that opens with the person's name as its title
        } else {
            return "";
        }
        List<Tokens.Token> words = Tokens.of(t);
        if (t.length() > 40 || words.size() < 2 || words.size() > 4
                || !words.stream().allMatch(w -> Character.isUpperCase(w.text().charAt(0)))) {
            return "";
        }
        String first = words.get(0).text();
        String given = first.charAt(0) + first.substring(1).toLowerCase(Locale.ROOT);
        return analysis.lexicons().gazetteer().isGivenName(given)
                ? PersonKeys.surname(words.get(words.size() - 1).text()) : "";
    }

    /** "Apollo 11", "LZ 129", "Gemini 8": a capitalised word followed by a number that is not a year or a count. */
    private static List<String> designations(Reading r) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < r.tokens.size(); i++) {
            if (designation(r.text, r.tokens, i)) {
                out.add(r.lower.get(i - 1) + " " + r.tokens.get(i).text());
            }
        }
        return List.copyOf(out);
    }

    private static List<String> names(DocumentAnalysis analysis, SentenceAnalysis s, Reading r) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < r.tokens.size(); i++) {
            Tokens.Token t = r.tokens.get(i);
            if (properName(t) && r.predicates[i] == null) {
                out.add(r.lower.get(i));
            }
        }
        if (groupAnaphor(r)) {
            // "All three had been convicted", "They were sentenced": the people the sentence before names, or the
            // sentence before that when the one between opens with such a group too
            for (int i = s.index() - 1; i >= Math.max(0, s.index() - 3); i--) {
                SentenceAnalysis before = analysis.sentences().get(i);
                if (before.sentence().paragraph() != s.sentence().paragraph()) {
                    break;
                }
                if (before.people().size() >= 2) {
                    before.people().forEach(f -> out.add(PersonKeys.surname(f.name()).toLowerCase(Locale.ROOT)));
                    break;
                }
                if (!groupAnaphor(Tokens.words(before.text()))) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** A sentence that opens with a plural pronoun or "All three", "The two", "Both". */
    private static boolean groupAnaphor(Reading r) {
        return groupAnaphor(r.lower.toArray(String[]::new));
    }

    private static boolean groupAnaphor(String[] words) {
        if (words.length == 0) {
            return false;
        }
        String w = words[0].toLowerCase(Locale.ROOT);
        return w.equals("they") || w.equals("both") || (w.equals("all") || w.equals("the")) && words.length > 1
                && GROUP_NUMBERS.contains(words[1].toLowerCase(Locale.ROOT));
    }

    private static String occurrence(Reading r, int predAt) {
        if (predAt <= 0) {
            return "";
        }
        String before = r.lower.get(predAt - 1);
        return ORDINALS.contains(before) ? before : "";
    }

    private static boolean hedged(Reading r, int predAt, int valueAt) {
        int from = Math.max(0, Math.min(predAt < 0 ? valueAt : predAt, valueAt) - 4);
        int to = predAt < 0 ? valueAt : Math.max(predAt, valueAt);
        for (int i = from; i < to && i < r.lower.size(); i++) {
            if (HEDGES.contains(r.lower.get(i)) && r.clause[i] == r.clause[Math.min(to, r.lower.size() - 1)]
                    && (predAt < 0 || r.aside[i] == r.aside[predAt])) { // "while it was attempting to land, …
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
        if (c.value() instanceof dev.claims.model.PlaceValue) {
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
