package dev.claims.extract;

import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Designations ("Apollo 11", "LZ 129"): a name word and a number that together name one thing, and a page's topic. */
final class Designations {
    private static final Set<String> NOT_DESIGNATORS = WordList.of("designation-stops.txt");

    private Designations() {
    }

    /** "Apollo 11", "LZ 129", "Gemini 8": a capitalised word followed by a number that is not a year or a count. */
    static List<String> of(SentenceReading r) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < r.tokens().size(); i++) {
            if (designation(r.text(), r.tokens(), i)) {
                out.add(r.lower().get(i - 1) + " " + r.tokens().get(i).text());
            }
        }
        return List.copyOf(out);
    }

    /** The designation a page is about: the one it names most often, at least twice ("Apollo 11"). */
    static List<String> topic(DocumentAnalysis analysis) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> names = new HashMap<>(); // sentences naming each proper name
        for (SentenceAnalysis s : analysis.sentences()) {
            List<Tokens.Token> t = analysis.tokens(s.index());
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < t.size(); i++) {
                if (designation(s.text(), t, i)) {
                    counts.merge(t.get(i - 1).text().toLowerCase(Locale.ROOT) + " " + t.get(i).text(), 1, Integer::sum);
                }
                if (EnglishWords.properName(t.get(i))) {
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

    /** "Apollo 11", "LZ 129": a capitalised name word and a number that is not a time, a year or a figure. */
    static boolean designation(String text, List<Tokens.Token> tokens, int i) {
        Tokens.Token before = tokens.get(i - 1);
        Tokens.Token t = tokens.get(i);
        if (i + 1 < tokens.size() && EnglishWords.CALENDAR.contains(tokens.get(i + 1).text())) {
            return false; // "Pruss (13 May 1891": a day
        }
        String head = before.text();
        if (head.length() > 3 && head.equals(head.toUpperCase(Locale.ROOT))) {
            return false; // a headline's word in capitals: "EXPLODES, 32 DIE"
        }
        return t.number() && t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit)
                && before.capitalised() && !before.number() && before.end() + 2 >= t.start()
                && (before.end() == t.start() || text.charAt(before.end()) != ':') // "Powerplant: 4 engines"
                && !EnglishWords.CALENDAR.contains(before.text())
                && !NOT_DESIGNATORS.contains(before.text().toLowerCase(Locale.ROOT))
                && !(before.text().length() <= 4 && before.text().equals(before.text().toUpperCase(Locale.ROOT))
                && before.text().startsWith("U"));
    }
}
