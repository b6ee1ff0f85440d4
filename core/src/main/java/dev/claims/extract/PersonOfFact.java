package dev.claims.extract;

import static dev.claims.extract.EnglishWords.AUXILIARIES;
import static dev.claims.extract.EnglishWords.properName;

import dev.claims.knowledge.PersonKeys;
import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import dev.claims.model.Noise;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person a fact is about (birth, death, appointment, rank): the person named nearest its predicate, else the one a
 * pronoun stands for, else the person a profile's heading names; and the names a sentence gives, with the people a
 * group ("They", "All three") stands for.
 */
final class PersonOfFact {
    private static final Set<String> GROUP_NUMBERS = WordList.of("group-numbers.txt");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern RANGE_REST = Pattern.compile("\\s*[\u2013\u2014-][^)]*\\d");

    private PersonOfFact() {
    }

    /**
     * Life dates in brackets after a person's name, "Max Example (13 September 1891 – 28 November 1960)": [birth or
     * death, the person's surname key], or nothing.
     */
    static String[] lifeDate(SentenceAnalysis s, int at, int end) {
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

    static String personNear(DocumentAnalysis analysis, SentenceAnalysis s, SentenceReading r, int predAt) {
        int pos = r.tokens().get(predAt).start();
        int subject = predAt - 1;
        while (subject >= 0
                && (AUXILIARIES.contains(r.lower().get(subject)) || r.lower().get(subject).endsWith("ly"))) {
            subject--; // "Haldeman actually served", "Pruss was later appointed"
        }
        if (subject >= 0 && properName(r.tokens().get(subject)) && r.predicates()[subject] == null
                && r.clause()[subject] == r.clause()[predAt] && !inPerson(s, r.tokens().get(subject))) {
            return PersonKeys.surname(r.tokens().get(subject).text()); // a surname alone as the verb's subject
        }
        if (subject >= 0 && r.clause()[subject] == r.clause()[predAt]) {
            int end = r.tokens().get(subject).end();
            for (PersonNames.Found f : s.people()) {
                if (f.end() == end && !possessiveOfAnother(r.text(), f, pos)) {
                    // "When Franklin Roosevelt unexpectedly died on …, Joseph Stalin ordered": the name right before
                    // the verb is its subject, however near another name stands after it
                    return PersonKeys.surname(f.name());
                }
            }
        }
        int after = r.tokens().get(predAt + r.predicates()[predAt].words() - 1).end();
        PersonNames.Found best = null;
        for (PersonNames.Found f : s.people()) {
            if (ofComplement(r.text(), after, f)) {
                best = f; // "the resignation of H. R. Haldeman": the noun's person
                break;
            }
            if (possessiveOfAnother(r.text(), f, pos)) {
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
    static String appositionPerson(SentenceAnalysis s, SentenceReading r, int last) {
        int from = r.tokens().get(last).end();
        for (PersonNames.Found f : s.people()) {
            if (f.start() < from) {
                continue;
            }
            String between = r.text().substring(from, f.start());
            int commas = between.length() - between.replace(",", "").length();
            if (commas != 1 || Tokens.words(between).length > 8) {
                return "";
            }
            for (int i = last + 1; i < r.tokens().size() && r.tokens().get(i).start() < f.start(); i++) {
                if (r.predicates()[i] != null) {
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

    private static boolean personalPronoun(SentenceReading r) {
        for (String w : r.lower()) {
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
        Noise last = null;
        for (Noise n : analysis.document().noise()) {
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

    /** The proper names of a sentence, with the people a group it opens with stands for. */
    static List<String> names(DocumentAnalysis analysis, SentenceAnalysis s, SentenceReading r) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < r.tokens().size(); i++) {
            Tokens.Token t = r.tokens().get(i);
            if (properName(t) && r.predicates()[i] == null) {
                out.add(r.lower().get(i));
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
    private static boolean groupAnaphor(SentenceReading r) {
        return groupAnaphor(r.lower().toArray(String[]::new));
    }

    private static boolean groupAnaphor(String[] words) {
        if (words.length == 0) {
            return false;
        }
        String w = words[0].toLowerCase(Locale.ROOT);
        return w.equals("they") || w.equals("both") || (w.equals("all") || w.equals("the")) && words.length > 1
                && GROUP_NUMBERS.contains(words[1].toLowerCase(Locale.ROOT));
    }
}
