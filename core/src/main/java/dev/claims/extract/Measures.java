package dev.claims.extract;

import static dev.claims.extract.EnglishWords.AUXILIARIES;
import static dev.claims.extract.EnglishWords.FUNCTION_WORDS;
import static dev.claims.extract.EnglishWords.singular;
import static dev.claims.extract.EnglishWords.withoutPossessive;

import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.PhraseTable;
import dev.claims.knowledge.Tokens;
import dev.claims.model.QuantityValue;
import java.util.List;
import java.util.Locale;

/**
 * What a value measures: a quantity's counted noun, or an attribute named around it ("a maximum speed of",
 * "Length:", "feet long"), or the noun after "of" ("45 seconds of fuel"); and the theme of a general verb, the
 * thing that began, opened or was signed.
 */
final class Measures {
    /**
     * A quantity's measure: the concept measured, the predicate and cue a noun that says what happened brings
     * ("fatalities"), and how the measure stands to the value: "adjacent" when an attribute heads it ("Maximum speed:
     * 85 mph"), "complement" when it is the noun after "of" ("45 seconds of fuel"), else "".
     */
    record Measured(String concept, String predicate, String cue, String relation) {
    }

    private final Knowledge knowledge;

    Measures(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The measure of a quantity: its counted noun, else an attribute word around it. */
    Measured measure(SentenceReading r, int first, int last, QuantityValue q, String dimension) {
        if (dimension.equals("count")) {
            List<String> unit = List.of(Tokens.words(q.unit().toLowerCase(Locale.ROOT)));
            if (unit.size() == 1 && unit.get(0).startsWith("member") && last + 2 < r.tokens().size()
                    && r.lower().get(last + 1).equals("of")) {
                int k = r.lower().get(last + 2).equals("the") ? last + 3 : last + 2;
                if (k < r.tokens().size()) {
                    unit = List.of(r.lower().get(k)); // "19 members of the crew": crew
                }
            }
            PhraseTable.Match m = unit.isEmpty() ? null : knowledge.measures().longestAt(unit, 0);
            if (m != null && m.cls().equals("person")) {
                for (int i = last + 1; i < Math.min(r.tokens().size(), last + 7)
                        && r.clause()[i] == r.clause()[last]; i++) {
                    if (r.measures()[i] != null && r.measures()[i].kind().equals("locative")) {
                        return new Measured(r.measures()[i].cls(), "", "", ""); // "one person was killed on the ground"
                    }
                }
            }
            if (m != null && m.kind().equals("noun")) {
                // a noun that says what happened ("fatalities"): the concept counted and the predicate, from the data
                return m.extra().size() >= 2 ? new Measured(m.extra().get(0), m.extra().get(1), q.unit(), "")
                        : new Measured(m.cls(), "", "", "");
            }
            return new Measured(unit.isEmpty() ? "" : String.join(" ", unit), "", "", "");
        }
        for (int d = 1; d <= 5; d++) {
            for (int i : new int[] {first - d, last + d}) {
                // a conversion in brackets ("804 feet (245 m) in length") is part of the value, not a boundary
                if (i >= 0 && i < r.tokens().size() && r.measures()[i] != null
                        && r.measures()[i].kind().equals("attribute")
                        && (r.clause()[i] == r.clause()[first] || i > last && r.clause()[i] == r.clause()[last] + 1
                        && bracketAfter(r, last))) {
                    // "at a maximum speed of 85 mph", "Maximum speed: 85 mph": the attribute, not a verb, governs it
                    return new Measured(r.measures()[i].cls(), "", "", headsValue(r, i, first) ? "adjacent" : "");
                }
            }
        }
        String of = ofComplement(r, last);
        if (!of.isEmpty()) {
            return new Measured(of, "", "", "complement"); // "45 seconds of fuel", "46 pounds of moon rocks"
        }
        // a unit that alone says what it measures ("85 mph", "1,050 horsepower", "7 million cubic feet")
        PhraseTable.Match own = knowledge.measures().longestAt(List.of(dimension), 0);
        if (own != null && own.kind().equals("attribute") && own.extra().contains("unit")) {
            return new Measured(own.cls(), "", "", "");
        }
        return new Measured("", "", "", "");
    }

    /**
     * The object of a general verb: the noun just before it ("the crossing began", "relations were established"),
     * else the first content word after it ("signed the treaty", "the opening of the hearings").
     */
    static String theme(SentenceReading r, int predAt, int first, int last) {
        int i = predAt - 1;
        while (i >= 0 && AUXILIARIES.contains(r.lower().get(i))) {
            i--;
        }
        if (i >= 0 && i < predAt && r.clause()[i] == r.clause()[predAt] && (i < first || i > last)
                && r.predicates()[i] != null && r.predicates()[i].kind().equals("event")) {
            return r.predicates()[i].cls(); // "the moonwalk lasted", "EVA duration": the event is the subject
        }
        if (i >= 0 && i < predAt && r.clause()[i] == r.clause()[predAt] && r.contentWord(i) && (i < first || i > last)
                && !r.tokens().get(i).capitalised()) {
            return singular(r.lower().get(i));
        }
        int after = predAt + (r.predicates()[predAt] == null ? 1 : r.predicates()[predAt].words());
        boolean ofObject = after < r.tokens().size() && r.lower().get(after).equals("of");
        if (i >= 0 && i == predAt - 1 && r.tokens().get(i).capitalised() && !r.tokens().get(i).number()
                && r.possessive(i) && !ofObject) { // "Germany's invasion of the Soviet Union": the Union
            return withoutPossessive(r.lower().get(i)); // "the Comintern's dissolution"
        }
        int end = predAt + (r.predicates()[predAt] == null ? 1 : r.predicates()[predAt].words());
        for (int k = end; k < Math.min(r.tokens().size(), end + 4); k++) {
            if (k >= first && k <= last || r.clause()[k] != r.clause()[predAt]) {
                break;
            }
            PhraseTable.Match object = r.predicates()[k];
            if (object != null && (object.kind().equals("theme") || object.kind().equals("event"))
                    && !r.restrictive(k)) {
                return object.cls(); // "opened hearings", "began the landing": the event noun is the object
            }
            if (r.contentWord(k)) {
                int e = k;
                while (r.tokens().get(k).capitalised() && e + 1 < r.tokens().size()
                        && r.tokens().get(e + 1).capitalised()
                        && r.clause()[e + 1] == r.clause()[k]) {
                    e++; // "joined the German Navy": navy
                }
                while (!r.tokens().get(k).capitalised() && e + 1 < r.tokens().size()
                        && r.clause()[e + 1] == r.clause()[k]
                        && (e + 1 < first || e + 1 > last) && r.predicates()[e + 1] == null && r.contentWord(e + 1)
                        && !r.tokens().get(e + 1).capitalised()
                        && r.tokens().get(e + 1).start() == r.tokens().get(e).end() + 1
                        && r.text().charAt(r.tokens().get(e).end()) == ' ') {
                    e++; // "reached the lunar orbit": the head of the noun phrase, orbit
                }
                return singular(r.lower().get(e));
            }
            if (!FUNCTION_WORDS.contains(r.lower().get(k))) {
                break;
            }
        }
        return "";
    }

    /**
     * The head of the noun phrase after "of" that follows a figure, past a conversion in brackets: "45 seconds of
     * fuel remaining" (fuel), "47.5 pounds (21.5 kg) of lunar material" (material); "" when there is none.
     */
    private static String ofComplement(SentenceReading r, int last) {
        int k = last + 1;
        while (k < r.tokens().size() && r.clause()[k] != r.clause()[last] && r.clause()[k] == r.clause()[last] + 1) {
            k++; // "(21.5 kg)"
        }
        if (k >= r.tokens().size() || !r.lower().get(k).equals("of")) {
            return "";
        }
        String head = "";
        for (int i = k + 1; i < Math.min(r.tokens().size(), k + 4); i++) {
            String w = r.lower().get(i);
            if (r.tokens().get(i).capitalised() || r.tokens().get(i).number() || FUNCTION_WORDS.contains(w)
                    || r.predicates()[i] != null || w.endsWith("ing") || w.endsWith("ed") || w.equals("left")
                    || !w.chars().allMatch(Character::isLetter) || r.clause()[i] != r.clause()[k]) {
                break;
            }
            head = w;
        }
        return head.isEmpty() ? "" : singular(head);
    }

    /** True when a bracket opens the clause after the value's last token ("804 feet (245 m) in length"). */
    private static boolean bracketAfter(SentenceReading r, int last) {
        if (last + 1 >= r.tokens().size()) {
            return false;
        }
        return r.text().substring(r.tokens().get(last).end(), r.tokens().get(last + 1).start()).indexOf('(') >= 0;
    }

    /** True when only "of", "is", "was" or nothing stand between an attribute phrase at {@code i} and the value. */
    private static boolean headsValue(SentenceReading r, int i, int first) {
        if (i >= first) {
            return false;
        }
        for (int k = i + r.measures()[i].words(); k < first; k++) {
            String w = r.lower().get(k);
            if (!w.equals("of") && !w.equals("is") && !w.equals("was")) {
                return false;
            }
        }
        return true;
    }
}
