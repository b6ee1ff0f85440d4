package dev.claims.compare;

import dev.claims.knowledge.WordList;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import dev.claims.resolve.NameLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names as written in the body sentences of a document, found by the shape of English names, with no
 * gazetteer: runs of capitalised words ("Deutsche Zeppelin-Reederei GmbH", "Select Committee on Presidential
 * Activities"), designations of letters and a number ("LZ 129", "LZ-129"), single capitalised words written inside a
 * sentence ("Teheran"), and things given a name after a description ("the lunar module, Eagle", "the LM, dubbed
 * "Eagle"").
 *
 * <pre>{@code
 * WrittenNames.runs(doc);          // Run("Deutsche Zeppelin Reederei", key [deutsche, zeppelin, reederei], acronym "DZR")
 * WrittenNames.designations(doc);  // Written("LZ-129", key "lz 129")
 * WrittenNames.words(doc);         // Word("Teheran", inside: true)
 * WrittenNames.namings(doc);       // Naming(description "lunar module", name "Eagle")
 * }</pre>
 */
final class WrittenNames {
    private WrittenNames() {
    }

    /** A name as written: document, sentence index, the text, its key and its extent in the original text. */
    record Written(String documentId, int sentence, String text, String key, Span span) {
    }

    /**
     * A run of capitalised words: the words of its key (folded, hyphens as spaces, a leading article and a legal-form
     * suffix dropped), the legal form written (or empty) and the acronym in brackets after it (or empty).
     */
    record Run(Written written, List<String> words, String legalForm, String acronym) {
    }

    /** A single capitalised word; {@code inside} when it is not the sentence's first word. */
    record Word(Written written, boolean inside) {
    }

    /** A thing given a name: "the lunar module, Eagle" → description "lunar module", name "Eagle". */
    record Naming(Written written, String description, String name) {
    }

    static final Set<String> LEGAL_FORMS = WordList.lowerCase("legal-forms.txt");
    static final Set<String> CONNECTORS = WordList.lowerCase("name-connectors.txt");
    private static final Set<String> FUNCTION_WORDS = WordList.lowerCase("function-words.txt");

    /** A capitalised word with lower-case letters after its capital, hyphenated parts allowed ("Zeppelin-Reederei"). */
    private static final String WORD = "\\p{Lu}\\p{Ll}\\p{L}{0,30}(?:-\\p{Lu}?\\p{Ll}\\p{L}{0,30}){0,3}";
    static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}-])" + WORD + "(?:[ \\t\\n\\u00a0]{1,3}(?:(?:"
            + WordList.alternation("name-connectors.txt") + ")[ \\t\\n\\u00a0]{1,3})?" + WORD + "){1,9}"
            + "(?:,?[ \\u00a0](?i:" + WordList.alternation("legal-forms.txt") + ")\\.?)?(?![\\p{L}\\p{N}])"
            + "(?:[ \\u00a0]?\\((\\p{Lu}{2,8})\\))?");
    static final Pattern DESIGNATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(\\p{Lu}{1,4})([- \\u00a0])(\\d{1,4})(?![\\p{L}\\p{N}]|[-.,:/]\\d)");
    static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}{4,}(?![\\p{L}\\p{N}-])");
    private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile("(\\p{L}+)\\s+");
    private static final Pattern SPLIT = Pattern.compile("[\\s\\u00a0-]+");
    private static final String QUOTE_OPEN = "[\"“'‘*]";
    private static final String QUOTE_CLOSE = "[\"”'’*]";
    /** "the lunar module, Eagle," or "the LM, dubbed “Eagle,”": a description, a comma, perhaps a naming verb, a name. */
    static final Pattern APPOSITIVE = Pattern.compile("(?<![\\p{L}])(?i:the)\\s+((?:\\p{Ll}{1,30}\\s{1,3})?\\p{Ll}{3,30}|\\p{Lu}{2,6}),\\s+"
            + "(?:(" + WordList.alternation("naming-verbs.txt") + ")\\s+)?(" + QUOTE_OPEN + ")?(\\p{Lu}\\p{Ll}{2,})(?:[,.;]?"
            + QUOTE_CLOSE + "|(?=[,.;]|$))");
    /** "Lunar Module (LM) “Eagle”": a capitalised description, perhaps its acronym, then a name in quotes. */
    static final Pattern QUOTED = Pattern.compile("((?:\\p{Lu}\\p{Ll}{1,30}\\s{1,3})?\\p{Lu}\\p{Ll}{2,30})(?:\\s+\\((\\p{Lu}{2,6})\\))?\\s+"
            + QUOTE_OPEN + "(\\p{Lu}\\p{Ll}{2,})[,.]?" + QUOTE_CLOSE);

    private static final Pattern DEFINED_ACRONYM = Pattern.compile("((?:\\p{L}+[ \\u00a0-]+){1,6})\\((\\p{Lu}{2,6})\\)");
    private static final com.google.common.base.CharMatcher QUOTE_MARKS = com.google.common.base.CharMatcher.anyOf("\"“'‘*");

    /** Runs of two or more capitalised words in the body sentences. */
    static List<Run> runs(ExtractedDocument d) {
        List<Run> out = new ArrayList<>();
        List<Sentence> sentences = d.document().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (MatchResult m : startingAt(RUN, s.text(), WrittenNames::upperAt)) {
                String acronym = m.group(1) == null ? "" : m.group(1);
                int end = m.group(1) == null ? m.end() : s.text().lastIndexOf('(', m.start(1)) ;
                int start = m.start();
                Matcher lead = LEADING_FUNCTION_WORD.matcher(s.text()).region(start, end);
                while (lead.lookingAt() && FUNCTION_WORDS.contains(lead.group(1).toLowerCase(Locale.ROOT))) {
                    start = lead.end();
                    lead.region(start, end);
                }
                String text = s.text().substring(start, end).strip();
                List<String> words = new ArrayList<>();
                for (String w : SPLIT.split(text)) {
                    words.add(NameLexicon.fold(w.replace(",", "")));
                }
                String legal = "";
                String last = words.get(words.size() - 1).replace(".", "");
                if (LEGAL_FORMS.contains(last) && words.size() > 2) {
                    legal = text.substring(text.lastIndexOf(' ') + 1);
                    words.remove(words.size() - 1);
                }
                while (!words.isEmpty() && FUNCTION_WORDS.contains(words.get(0))) {
                    words.remove(0);
                }
                if (words.size() < 2) {
                    continue;
                }
                String key = String.join(" ", words);
                out.add(new Run(new Written(d.id(), i, text, key, s.sourceSpan(start, end)), List.copyOf(words),
                        legal, acronym));
            }
        }
        return out;
    }

    /** Designations of one to four capital letters and a number, joined by a space or a hyphen ("LZ 129", "B-29"). */
    static List<Written> designations(ExtractedDocument d) {
        List<Written> out = new ArrayList<>();
        List<Sentence> sentences = d.document().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (MatchResult m : startingAt(DESIGNATION, s.text(), WrittenNames::upperAt)) {
                out.add(new Written(d.id(), i, m.group(), m.group(1) + " " + m.group(3), s.sourceSpan(m.start(), m.end())));
            }
        }
        return out;
    }

    /** Single capitalised words of five letters or more that are not function words. */
    static List<Word> words(ExtractedDocument d) {
        List<Word> out = new ArrayList<>();
        List<Sentence> sentences = d.document().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int firstLetter = -1;
            for (int c = 0; c < s.text().length(); c++) {
                if (Character.isLetter(s.text().charAt(c))) {
                    firstLetter = c;
                    break;
                }
            }
            String t = s.text();
            for (int at = 0, end; at < t.length(); at = Math.max(at + 1, end)) {
                end = singleAt(t, at);
                if (end < 0) {
                    continue;
                }
                String w = t.substring(at, end);
                if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                boolean inside = at != firstLetter && !afterLineStart(t, at);
                out.add(new Word(new Written(d.id(), i, w, NameLexicon.fold(w), s.sourceSpan(at, end)), inside));
            }
        }
        return out;
    }

    /**
     * The end of the {@link #SINGLE} match starting at {@code at}, else -1, without the pattern: a capital not after a
     * letter, digit, apostrophe or hyphen, then four or more lower-case letters, then no letter, digit or hyphen.
     */
    static int singleAt(String t, int at) {
        char first = t.charAt(at);
        if (first < 128 && (first < 'A' || first > 'Z')) {
            return -1; // most characters: no capital, and no need to read a code point
        }
        int cp = t.codePointAt(at);
        if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        if (at > 0) {
            int before = t.codePointBefore(at);
            if (Character.isLetter(before) || number(before) || before == '\'' || before == '\u2019' || before == '-') {
                return -1;
            }
        }
        int j = at + Character.charCount(cp);
        int lower = 0;
        while (j < t.length() && Character.getType(t.codePointAt(j)) == Character.LOWERCASE_LETTER) {
            j += Character.charCount(t.codePointAt(j));
            lower++;
        }
        if (lower < 4) {
            return -1;
        }
        if (j < t.length()) {
            int after = t.codePointAt(j);
            if (Character.isLetter(after) || number(after) || after == '-') {
                return -1;
            }
        }
        return j;
    }

    /** {@code \\p{N}}: a digit, a letter number or another number. */
    private static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** True when an opening quotation mark stands right before a capital (or a surrogate pair): what QUOTED needs. */
    private static boolean quotedCapital(String t) {
        for (int i = QUOTE_MARKS.indexIn(t); i >= 0 && i + 1 < t.length(); i = QUOTE_MARKS.indexIn(t, i + 1)) {
            if (upperAt(t, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A position where a match may start: one of {@code text}'s positions, tested cheaply. */
    interface Start {
        boolean at(String text, int i);
    }

    /**
     * The matches {@code while (m.find())} gives, for a pattern that can start only where {@code start} says: only those
     * positions are tried (a look-behind sees the text before them), so the pattern is not tried at every letter.
     */
    static List<MatchResult> startingAt(Pattern pattern, String text, Start start) {
        List<MatchResult> out = new ArrayList<>(2);
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!start.at(text, i)) {
                i++;
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, n);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** An upper-case letter, or half of a surrogate pair (which may be one). */
    static boolean upperAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** "the", in any case. */
    static boolean theAt(String text, int i) {
        char c = text.charAt(i);
        return (c == 't' || c == 'T') && text.regionMatches(true, i, "the", 0, 3);
    }

    /** True when only a label ("Employer:"), a bullet or a line break stands before {@code at} on its line. */
    private static boolean afterLineStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == '•');
    }

    /** Things given a name after a description; {@code acronyms} maps an acronym to the description it stands for. */
    static List<Naming> namings(ExtractedDocument d, java.util.Map<String, String> acronyms) {
        List<Naming> out = new ArrayList<>();
        List<Sentence> sentences = d.document().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String t = s.text();
            // cheap tests first: an apposition needs a comma, a quoted name a quotation mark
            for (MatchResult m : startingAt(APPOSITIVE, t.indexOf(',') < 0 ? "" : t, WrittenNames::theAt)) {
                String desc = m.group(1);
                boolean acronym = desc.chars().allMatch(Character::isUpperCase);
                if (acronym) {
                    desc = acronyms.get(desc);
                    if (desc == null || m.group(2) == null && m.group(3) == null) {
                        continue;
                    }
                } else if (m.group(2) == null && m.group(3) == null && desc.indexOf(' ') < 0) {
                    continue; // "the war, Germany, ...": a one-word description needs quotes or a naming verb
                }
                String description = NameLexicon.fold(desc);
                if (Set.of(description.split(" ")).stream().anyMatch(FUNCTION_WORDS::contains)) {
                    continue;
                }
                out.add(naming(d, i, s, m.start(), m.end(), description, m.group(4)));
            }
            for (MatchResult q : startingAt(QUOTED, quotedCapital(t) ? t : "", WrittenNames::upperAt)) {
                String description = NameLexicon.fold(q.group(1));
                if (description.indexOf(' ') < 0) {
                    continue;
                }
                out.add(naming(d, i, s, q.start(), q.end(), description, q.group(3)));
            }
        }
        return out;
    }

    private static Naming naming(ExtractedDocument d, int i, Sentence s, int start, int end, String description,
                                 String name) {
        return new Naming(new Written(d.id(), i, s.text().substring(start, end), description + "\u0000"
                + NameLexicon.fold(name), s.sourceSpan(start, end)), description, name);
    }

    /**
     * Acronyms a document defines in brackets after the words they abbreviate ("Lunar Module (LM)"), folded
     * description by acronym; only when the acronym is the initials of the last words before it.
     */
    static java.util.Map<String, String> acronyms(ExtractedDocument d) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Sentence s : d.document().sentences()) {
            if (s.text().indexOf('(') < 0) {
                continue; // no bracket, no acronym defined
            }
            Matcher m = DEFINED_ACRONYM.matcher(s.text());
            while (m.find()) {
                String[] words = SPLIT.split(m.group(1).strip());
                String acr = m.group(2);
                int n = acr.length();
                if (words.length < n) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int k = words.length - n; k < words.length; k++) {
                    initials.append(Character.toUpperCase(words[k].charAt(0)));
                }
                if (initials.toString().equals(acr)) {
                    out.putIfAbsent(acr, NameLexicon.fold(String.join(" ",
                            java.util.Arrays.copyOfRange(words, words.length - n, words.length))));
                }
            }
        }
        return out;
    }
}
