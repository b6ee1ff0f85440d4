package dev.claims.extract;

import dev.claims.knowledge.PhraseTable;
import dev.claims.knowledge.WordList;
import dev.claims.model.Frame;
import java.util.Set;

/**
 * Which predicate a value belongs to: the predicate phrase nearest the value, a clause boundary (";", "(", a dash, a
 * line break) costing as much as four words (a field label, "Landing date: …", is such a phrase); the sentence's main
 * predicate for a date that opens it; the clause "when" opens after a time; and around the choice, a second event
 * predicate, an ordinal ("second landing") and the hedges ("scheduled", "planned", "expected", "attempting", "would",
 * "not") before it.
 */
final class PredicateChoice {
    /** Kinds of predicate that say what happened to a person or how something ended: they keep a count's predicate. */
    static final Set<String> OUTCOME_KINDS = Set.of("person", "outcome");
    private static final Set<String> HEDGES = WordList.of("hedges.txt");
    private static final Set<String> ORDINALS = WordList.of("ordinals.txt");
    private static final Set<String> OPENING_PREPOSITIONS = WordList.of("opening-prepositions.txt");
    private static final Set<String> NEGATIONS = WordList.of("negations.txt");
    private static final int BOUNDARY_COST = 4;
    private static final int WINDOW = 14;

    /** A predicate chosen at token {@code at} ("" and -1 when none), its words as written, and how far it reached. */
    record Choice(String predicate, int at, String cue, int reach) {
        Choice(SentenceReading r, int at, int reach) {
            this(r.predicates()[at].cls(), at, r.span(at, at + r.predicates()[at].words() - 1), reach);
        }
    }

    private PredicateChoice() {
    }

    /**
     * The predicate nearest the value at tokens [first, last]; for a date or time ({@code timed}) the predicate of a
     * "when" clause after it instead of none or a negated one, and the main predicate when it opens the sentence.
     */
    static Choice nearest(SentenceReading r, int first, int last, String dimension, boolean timed) {
        // "35 of the 97 people on board", "many of the more than 100 persons aboard": the whole, not what happened
        boolean partitive = first >= 2 && r.lower().get(first - 1).equals("the")
                && r.lower().get(first - 2).equals("of");
        // a count that opens its clause is the subject of the verb that follows: "36 people died when …"
        boolean opensClause = dimension.equals("count") && (first == 0 || r.clause()[first - 1] != r.clause()[first]
                || r.text().charAt(r.tokens().get(first).start() - 1) != ' '
                || r.lower().get(first - 1).equals("and") || r.lower().get(first - 1).equals("with"));
        String predicate = "";
        String cue = "";
        int predAt = -1;
        int best = Integer.MAX_VALUE;
        boolean verbInClause = false;
        for (int i = Math.max(0, first - WINDOW); i < Math.min(r.tokens().size(), last + WINDOW + 1); i++) {
            // a verb with a count of its own between ("50 people aboard and 25 people died") is not theirs
            if (r.predicates()[i] != null && r.clause()[i] == r.clause()[first] && !r.restrictive(i)
                    && (i < first || i > last) && !countBetween(r, i, first, last) && !r.asideFrom(i, first)) {
                verbInClause = true;
            }
        }
        for (int i = Math.max(0, first - WINDOW); i < Math.min(r.tokens().size(), last + WINDOW + 1); i++) {
            PhraseTable.Match p = r.predicates()[i];
            if (p == null || i >= first && i <= last || p.kind().equals("state") && !dimension.equals("count")
                    || r.asideFrom(i, first)) {
                continue; // "carried", "aboard": what a count is of, never when or where something happened
            }
            int end = i + p.words() - 1;
            int dist = i > last ? i - last : first - end;
            if (dist < 0) {
                continue;
            }
            int cost = dist + BOUNDARY_COST * Math.abs(r.clause()[i] - r.clause()[first]);
            if (r.restrictive(i) ? verbInClause && !partitive : partitive) {
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
                cue = r.span(i, end);
            }
        }
        int reach = best;
        int when = timed && (predAt < 0 || negated(r, predAt)) ? whenClause(r, last) : -1;
        int main = when < 0 && timed && opens(r, first) ? mainPredicate(r, last) : -1;
        if (when >= 0) {
            // "had not begun in 1941 nor even in 1933 when Vesk was recognized": what did not happen then is
            // not what the time dates; the clause "when" opens after it says what did
            return new Choice(r, when, when - last);
        }
        if (main >= 0 && main != predAt) {
            // "On February 21, 1975, A, B and C, the three …, were sentenced": a date that opens its sentence
            // dates the sentence's main predicate, however long the subject between
            return new Choice(r, main, 1);
        }
        return new Choice(predicate, predAt, cue, main >= 0 ? Math.min(reach, 1) : reach);
    }

    /** A second event predicate of the same clause within a few words of a date or time ("arrested after breaking"). */
    static String secondary(SentenceReading r, String predicate, int predAt, int first, int last, String dimension) {
        if (predicate.isEmpty() || !(dimension.equals("date") || dimension.equals("time"))) {
            return "";
        }
        for (int i = Math.max(0, first - 6); i < Math.min(r.tokens().size(), last + 7); i++) {
            PhraseTable.Match p = r.predicates()[i];
            if (p != null && i != predAt && !p.cls().equals(predicate) && p.kind().equals("event")
                    && r.clause()[i] == r.clause()[first] && !r.restrictive(i) && (i < first || i > last)
                    && Math.abs(i - predAt) <= 4) {
                return p.cls();
            }
        }
        // "was found guilty of conspiracy and perjury and sentenced": a verb coordinated with the predicate
        boolean outcome = predAt >= 0 && r.predicates()[predAt] != null
                && OUTCOME_KINDS.contains(r.predicates()[predAt].kind());
        for (int i = predAt + 1; outcome && i < Math.min(r.tokens().size(), predAt + WINDOW); i++) {
            PhraseTable.Match p = r.predicates()[i];
            if (p != null && OUTCOME_KINDS.contains(p.kind()) && !p.cls().equals(predicate)
                    && r.lower().get(i - 1).equals("and") && r.clause()[i] == r.clause()[predAt]
                    && !r.asideFrom(i, predAt)) {
                return p.cls();
            }
        }
        return "";
    }

    /** The frame of a date heading from the first predicate of the entry under it, or the frame as it is. */
    static Frame entryFrame(Frame f, SentenceReading entry) {
        int main = entry.tokens().isEmpty() ? -1 : mainPredicate(entry, -1);
        if (main < 0 || entry.predicates()[main].kind().equals("theme")
                || entry.predicates()[main].kind().equals("person")) {
            return f; // a general verb needs its object, a person's fact its person: kept to simple event entries
        }
        String cue = entry.span(main, main + entry.predicates()[main].words() - 1);
        return new Frame(f.claimId(), entry.predicates()[main].cls(), cue, false, f.measure(), f.dimension(), "",
                f.designations(), f.names(), occurrence(entry, main), false, 1, f.zoned(), f.topical(), "");
    }

    /** True when a value opens its sentence, alone or after a preposition ("On May 3, 1937, …", "In 1936, …"). */
    private static boolean opens(SentenceReading r, int first) {
        return first == 0 || first == 1 && OPENING_PREPOSITIONS.contains(r.lower().get(0));
    }

    /**
     * The first predicate after an opening value that is the sentence's own: in the value's clause or the one right
     * after it, not in a time phrase or relative clause, not "aboard", not what a count is of; -1 when there is none.
     */
    private static int mainPredicate(SentenceReading r, int last) {
        // its own clause, or the entry after a timeline's dash ("May 3, 1937 – the airship left …"); not a quotation
        int clause = last + 1 < r.tokens().size() ? r.clause()[last + 1] : r.clause()[last];
        for (int i = last + 1; i < r.tokens().size() && r.clause()[i] == clause; i++) {
            PhraseTable.Match p = r.predicates()[i];
            if (p != null && !r.restrictive(i) && !p.kind().equals("state") && r.aside()[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The predicate of a clause that "when" opens right after a time ("in 1933 when X recognized Y", "on May 6, when the
     * airship burned"): the first predicate of that clause before the next comma or clause end; -1 when there is none.
     */
    private static int whenClause(SentenceReading r, int last) {
        if (last + 1 >= r.tokens().size() || !r.lower().get(last + 1).equals("when") || r.boundaryBefore(last + 1)) {
            return -1;
        }
        for (int i = last + 2; i < Math.min(r.tokens().size(), last + WINDOW); i++) {
            if (r.commaBefore(i) || r.clause()[i] != r.clause()[last + 1]) {
                return -1;
            }
            PhraseTable.Match p = r.predicates()[i];
            if (p != null && !r.restrictive(i) && !p.kind().equals("state")) {
                return i;
            }
        }
        return -1;
    }

    /** True when "not", "never" or "no" stands in the two words before the predicate at {@code i} ("had not begun"). */
    private static boolean negated(SentenceReading r, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (NEGATIONS.contains(r.lower().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when a predicate follows the value ending at {@code last} in its clause. */
    private static boolean forwardPredicate(SentenceReading r, int last) {
        for (int i = last + 1; i < Math.min(r.tokens().size(), last + WINDOW + 1); i++) {
            if (r.clause()[i] != r.clause()[last]) {
                return false;
            }
            if (r.predicates()[i] != null && !r.restrictive(i)) {
                return true;
            }
        }
        return false;
    }

    /** True when a number token stands between a predicate at {@code i} and the value at [first, last]. */
    private static boolean countBetween(SentenceReading r, int i, int first, int last) {
        for (int k = Math.min(i, last) + 1; k < Math.max(i, first); k++) {
            if (r.tokens().get(k).number() && !(k > 0 && Designations.designation(r.text(), r.tokens(), k))) {
                return true; // a count, not the number of "Vega 3"
            }
        }
        return false;
    }

    /** The ordinal right before the predicate at {@code predAt} ("the second landing"), or "". */
    static String occurrence(SentenceReading r, int predAt) {
        if (predAt <= 0) {
            return "";
        }
        String before = r.lower().get(predAt - 1);
        return ORDINALS.contains(before) ? before : "";
    }

    /** True when a hedge ("scheduled", "would", "not") stands before the predicate or value, in its clause. */
    static boolean hedged(SentenceReading r, int predAt, int valueAt) {
        int from = Math.max(0, Math.min(predAt < 0 ? valueAt : predAt, valueAt) - 4);
        int to = predAt < 0 ? valueAt : Math.max(predAt, valueAt);
        for (int i = from; i < to && i < r.lower().size(); i++) {
            if (HEDGES.contains(r.lower().get(i)) && r.clause()[i] == r.clause()[Math.min(to, r.lower().size() - 1)]
                    && (predAt < 0 || r.aside()[i] == r.aside()[predAt])) { // "while it was attempting to land, …
                return true;
            }
        }
        return false;
    }
}
