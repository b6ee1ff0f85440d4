package dev.claims.structure;

import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a stretch of plain text into a {@link MappedText}: footnote markers written as Unicode superscripts are
 * taken out (and remembered as anchors), encyclopedia index terms that ran into the text and inline boilerplate
 * are dropped as noise, OCR breaks inside years ("in 1 931") and LaTeX escapes ({@code \$}) are repaired, line-break
 * hyphenation is undone, and in body text {@code *emphasis*} asterisks are dropped (notes and bibliography keep them
 * to mark titles). Line breaks become spaces and whitespace runs collapse.
 *
 * <p>Cleaning is idempotent: cleaning the cleaned text again changes nothing.
 */
final class TextCleaner {
    /** What is being cleaned: body text drops emphasis markers, notes and bibliography entries keep them. */
    enum Mode { BODY, NOTE }

    private enum Kind { NOISE, SKIP, MARKER }

    private record Edit(int start, int end, Kind kind, String value) {
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    static final Pattern SUPERSCRIPT = Pattern.compile("[" + SUPERSCRIPT_DIGITS + "]{1,4}");
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[(\\d{1,3})\\]");
    /** "Soviet Union;U.S.-Soviet relations[U.S. Soviet relations]": heading;subheading[sort key]. */
    static final Pattern INDEX_TERM_SORTED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]{0,30}(?: \\p{Lu}[\\p{L}'’.-]{0,30}){0,4};[^;\\[\\]\\n]{1,80}\\[[^\\[\\]\\n]{1,80}\\]");
    /** "Propaganda;Bolsheviks": heading;subheading written with no spaces around the semicolon. */
    private static final Pattern INDEX_TERM_PAIR = Pattern.compile(
            " ?\\p{Lu}[\\p{L}'’-]{1,30};\\p{Lu}[\\p{L}'’.-]{1,30}(?![\\p{L}'’.-])");
    /** "[kw]…", "[g]…", "[c]…", "[p]…" index lines: from the tag to the end of the line. */
    static final Pattern INDEX_TAG = Pattern.compile("\\[(?:kw|g|c|p)\\][^\\n]{0,1000}");
    /** A year broken by OCR: "1 931", "19 33" (checked for a year-like context before it is joined). */
    private static final Pattern OCR_YEAR = Pattern.compile("[12](?: ?[0-9]){3}");
    private static final java.util.Set<String> YEAR_CONTEXT = yearContext();
    private static final java.util.Set<String> PHRASE_GLUE = java.util.Set.of("of", "and", "the", "de", "von", "for");
    private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\[$%&#_{}]");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("-[ \\t]{0,8}(?:\\r?\\n)[ \\t]{0,8}(?=\\p{L})");
    private static final Pattern HYPHEN_SPACE = Pattern.compile("- (?=\\p{Ll})(?!(?:and|or|to|nor|und)\\b)");

    private TextCleaner() {
    }

    /**
     * Appends the cleaned form of {@code text[from, to)} to {@code out}, adding anchors for superscript markers (body
     * mode only) and reporting removed noise to {@code asm} (may be null).
     *
     * <p>Two passes: the first works on the original characters (markers, whole index lines, inline boilerplate,
     * LaTeX escapes, line-break hyphens; line breaks become spaces); the second works on that text (index terms
     * inside sentences, OCR-broken years, emphasis, "Communist- controlled"), so it decides the same way when it is
     * given already cleaned text, which is what makes cleaning idempotent.
     */
    static void clean(String text, int from, int to, Mode mode, MappedText out, DocumentAssembler asm) {
        clean(text, from, to, mode, false, out, asm);
    }

    /**
     * As {@link #clean(String, int, int, Mode, MappedText, DocumentAssembler)}; with {@code bracketMarkers}, "[12]"
     * after a word or punctuation is a footnote marker too (used when the document has a numbered notes section).
     */
    static void clean(String text, int from, int to, Mode mode, boolean bracketMarkers, MappedText out,
                      DocumentAssembler asm) {
        List<Edit> edits = new ArrayList<>();
        if (mode == Mode.BODY) {
            if (superscriptIn(text, from, to)) {
                find(SUPERSCRIPT, text, from, to, Kind.MARKER, edits);
            }
            boolean bracket = has(text, from, to, '[');
            if (bracketMarkers && bracket) {
                Matcher b = BRACKET_MARKER.matcher(text).region(from, to);
                while (b.find()) {
                    if (b.start() > 0 && !Character.isWhitespace(text.charAt(b.start() - 1))) {
                        edits.add(new Edit(b.start(), b.end(), Kind.MARKER, b.group(1)));
                    }
                }
            }
            if (bracket) {
                find(INDEX_TAG, text, from, to, Kind.NOISE, edits, "encyclopedia index line");
            }
        }
        for (BoilerplateRules.Hit h : BoilerplateRules.inline(text, from, to)) {
            edits.add(new Edit(h.start(), h.end(), Kind.NOISE, h.reason()));
        }
        if (has(text, from, to, '\\')) {
            find(LATEX_ESCAPE, text, from, to, null, edits);
        }
        Matcher h = HYPHEN_BREAK.matcher(text).region(from, to);
        while (has(text, from, to, '\n') && h.find()) {
            if (h.start() == from || !Character.isLetter(text.charAt(h.start() - 1))) {
                continue;
            }
            boolean lower = h.end() < to && Character.isLowerCase(text.charAt(h.end()));
            edits.add(new Edit(lower ? h.start() : h.start() + 1, h.end(), Kind.SKIP, null));
        }
        MappedText mid = new MappedText();
        apply(text, from, to, edits, mid, asm);
        secondPass(mid, mode, out, asm);
    }

    private static void secondPass(MappedText mid, Mode mode, MappedText out, DocumentAssembler asm) {
        MappedText t = mid;
        if (mode == Mode.BODY) {
            if (t.text().indexOf('*') >= 0) {
                t = pass(t, emphasis(t.text()), asm);
            }
            // removing one index term can expose another ("U.S.Propaganda;Bolsheviks…;…[…]"): repeat until none is left
            for (int round = 0; round < 8 && t.text().indexOf(';') >= 0; round++) {
                String m = t.text();
                List<Edit> terms = new ArrayList<>();
                findTerms(INDEX_TERM_SORTED, m, terms);
                findTerms(INDEX_TERM_PAIR, m, terms);
                if (terms.isEmpty()) {
                    break;
                }
                t = pass(t, terms, asm);
            }
            List<Edit> repeated = new ArrayList<>();
            repeatedPhrases(t.text(), repeated);
            t = pass(t, repeated, asm);
        }
        applyMapped(t, repairs(t.text(), mode), out, asm);
    }

    /** One cleaning pass over mapped text; returns the input itself when there is nothing to do. */
    private static MappedText pass(MappedText in, List<Edit> edits, DocumentAssembler asm) {
        if (edits.isEmpty()) {
            return in;
        }
        MappedText out = new MappedText();
        applyMapped(in, edits, out, asm);
        return out;
    }

    /** Index terms standing as words of their own (not glued to letters, digits or asterisks). */
    private static void findTerms(Pattern p, String m, List<Edit> edits) {
        Matcher t = p.matcher(m);
        while (t.find()) {
            int s = m.charAt(t.start()) == ' ' ? t.start() + 1 : t.start();
            boolean before = s == 0 || !glued(m.charAt(s - 1));
            boolean after = t.end() >= m.length() || !glued(m.charAt(t.end()));
            if (before && after) {
                edits.add(new Edit(t.start(), t.end(), Kind.NOISE, "encyclopedia index term"));
            }
        }
    }

    private static boolean glued(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    /**
     * Emphasis delimiters: a run of one to three asterisks with a letter or digit on exactly one side ("*Izvestia*",
     * "**bold**"). Runs inside a word ("a*b") or standing alone (" * ") stay. Removing a delimiter never turns another
     * run into one, so a second cleaning finds nothing more to remove.
     */
    private static List<Edit> emphasis(String m) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < m.length()) {
            if (m.charAt(i) != '*') {
                i++;
                continue;
            }
            int j = i;
            while (j < m.length() && m.charAt(j) == '*') {
                j++;
            }
            boolean left = i > 0 && Character.isLetterOrDigit(m.charAt(i - 1));
            boolean right = j < m.length() && Character.isLetterOrDigit(m.charAt(j));
            if (j - i <= 3 && left != right) {
                edits.add(new Edit(i, j, Kind.SKIP, null));
            }
            i = j;
        }
        return edits;
    }

    /** OCR-broken years, emphasis markers (body) and "Communist- controlled" spaces in already mapped text. */
    private static List<Edit> repairs(String m, Mode mode) {
        List<Edit> edits = new ArrayList<>();
        Matcher y = OCR_YEAR.matcher(m);
        while (y.find()) {
            String digits = y.group();
            if (digits.indexOf(' ') < 0 || !yearContext(m, y.start(), y.end())) {
                continue;
            }
            int year = Integer.parseInt(digits.replace(" ", ""));
            if (year < 1500 || year > 2099) {
                continue;
            }
            for (int i = y.start(); i < y.end(); i++) {
                if (m.charAt(i) == ' ') {
                    edits.add(new Edit(i, i + 1, Kind.NOISE, "OCR break inside a number"));
                }
            }
        }
        Matcher hs = HYPHEN_SPACE.matcher(m);
        while (hs.find()) {
            if (hs.start() == 0 || !Character.isLetter(m.charAt(hs.start() - 1))) {
                continue;
            }
            edits.add(new Edit(hs.start() + 1, hs.end(), Kind.SKIP, null));
        }
        return edits;
    }

    /** Applies edits given in {@code mid}'s coordinates, keeping origins and anchors. */
    private static void applyMapped(MappedText mid, List<Edit> edits, MappedText out, DocumentAssembler asm) {
        int n = mid.length();
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        List<MappedText.Anchor> anchors = mid.anchors();
        int a = 0;
        int pos = 0;
        for (Edit e : edits) {
            if (e.start() < pos) {
                continue;
            }
            a = copy(mid, pos, e.start(), anchors, a, out);
            if (e.kind() == Kind.NOISE && asm != null) {
                asm.noise(mid.origin(e.start()), mid.origin(e.end() - 1) + 1, e.value());
            }
            pos = e.end();
        }
        a = copy(mid, pos, n, anchors, a, out);
        for (; a < anchors.size(); a++) {
            out.anchor(anchors.get(a).label(), anchors.get(a).span());
        }
    }

    /** True when {@code m[start, end)} stands alone and follows "in ", "of ", a month, or "16, ". */
    private static boolean yearContext(String m, int start, int end) {
        if (end < m.length() && Character.isLetterOrDigit(m.charAt(end))) {
            return false;
        }
        if (start < 2 || m.charAt(start - 1) != ' ') {
            return false;
        }
        int w = start - 1;
        while (w > 0 && w > start - 12 && m.charAt(w - 1) != ' ') {
            w--;
        }
        String word = m.substring(w, start - 1);
        return YEAR_CONTEXT.contains(word) || word.matches("[0-9]{1,2},");
    }

    /** The words a year follows ({@code knowledge/year-context.txt}), the months and their abbreviations with a stop. */
    private static java.util.Set<String> yearContext() {
        java.util.Set<String> out = new java.util.HashSet<>(dev.claims.knowledge.WordList.of("year-context.txt"));
        out.addAll(dev.claims.knowledge.WordList.months());
        dev.claims.knowledge.WordList.monthAbbreviations().forEach(a -> out.add(a + "."));
        return java.util.Set.copyOf(out);
    }

    /**
     * An index term inserted right after the same words: "Ford Motor Company Ford Motor Company signed",
     * "Russian Civil War (1918-1921), Russian Civil War (1918-1921) the". The second copy is noise.
     */
    private static void repeatedPhrases(String m, List<Edit> edits) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < m.length()) {
            while (i < m.length() && m.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < m.length() && m.charAt(i) != ' ') {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        int skipUntil = 0;
        for (int w = 0; w < words.size(); w++) {
            if (w < skipUntil || !Character.isUpperCase(m.charAt(words.get(w)[0]))) {
                continue;
            }
            for (int k = 7; k >= 2; k--) {
                if (w + 2 * k > words.size()) {
                    continue;
                }
                boolean same = true; // tested first: it fails at the first word almost always
                for (int j = 0; j < k && same; j++) {
                    int[] a = words.get(w + j);
                    int[] b = words.get(w + k + j);
                    int aEnd = j == k - 1 && m.charAt(a[1] - 1) == ',' ? a[1] - 1 : a[1];
                    same = m.regionMatches(a[0], m, b[0], Math.max(aEnd - a[0], b[1] - b[0]))
                            && aEnd - a[0] == b[1] - b[0];
                }
                if (same && phraseWords(m, words, w, k)) {
                    int copies = 2;
                    while (w + (copies + 1) * k <= words.size() && sameWords(m, words, w, w + copies * k, k)) {
                        copies++;
                    }
                    int[] first = words.get(w + k);
                    int[] last = words.get(w + copies * k - 1);
                    int end = last[1] < m.length() ? last[1] + 1 : last[1];
                    edits.add(new Edit(first[0], end, Kind.NOISE, "encyclopedia index term repeated into the text"));
                    skipUntil = w + copies * k;
                    break;
                }
            }
        }
    }

    /** Words {@code [a, a+k)} equal words {@code [b, b+k)} (a trailing comma on the first copy's last word ignored). */
    private static boolean sameWords(String m, List<int[]> words, int a, int b, int k) {
        for (int j = 0; j < k; j++) {
            int[] x = words.get(a + j);
            int[] y = words.get(b + j);
            int xEnd = j == k - 1 && m.charAt(x[1] - 1) == ',' ? x[1] - 1 : x[1];
            int yEnd = j == k - 1 && m.charAt(y[1] - 1) == ',' ? y[1] - 1 : y[1];
            if (xEnd - x[0] != yEnd - y[0] || !m.regionMatches(x[0], m, y[0], xEnd - x[0])) {
                return false;
            }
        }
        return true;
    }

    /** Words {@code [w, w+k)} read like an index term: capitalised words, "(1918-1921)", "of", "and". */
    private static boolean phraseWords(String m, List<int[]> words, int w, int k) {
        for (int j = 0; j < k; j++) {
            int[] x = words.get(w + j);
            char c = m.charAt(x[0]);
            if (j < k - 1 && m.charAt(x[1] - 1) == ',') {
                return false;
            }
            if (!(Character.isUpperCase(c) || c == '(' || (j > 0 && PHRASE_GLUE.contains(m.substring(x[0], x[1]))))) {
                return false;
            }
        }
        return true;
    }

    /** Copies {@code mid[from, to)} with its origins, re-placing the anchors that stand in that stretch. */
    private static int copy(MappedText mid, int from, int to, List<MappedText.Anchor> anchors, int a, MappedText out) {
        for (int i = from; i < to; i++) {
            while (a < anchors.size() && anchors.get(a).position() <= i) {
                out.anchor(anchors.get(a).label(), anchors.get(a).span());
                a++;
            }
            out.append(mid.charAt(i), mid.origin(i));
        }
        return a;
    }

    /** True when {@code c} is in {@code text[from, to)}: a pattern that needs it is tried only then. */
    private static boolean has(String text, int from, int to, char c) {
        int at = text.indexOf(c, from);
        return at >= 0 && at < to;
    }

    /** True when a superscript digit ({@link #SUPERSCRIPT}) is in {@code text[from, to)}. */
    private static boolean superscriptIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u00b2' && SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void find(Pattern p, String text, int from, int to, Kind kind, List<Edit> edits, String... reason) {
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            if (kind == null) { // LaTeX escape: drop the backslash only
                edits.add(new Edit(m.start(), m.start() + 1, Kind.SKIP, null));
            } else if (kind == Kind.MARKER) {
                if (m.start() > 0 && !Character.isWhitespace(text.charAt(m.start() - 1))) {
                    edits.add(new Edit(m.start(), m.end(), kind, Superscripts.toDigits(m.group())));
                }
            } else {
                edits.add(new Edit(m.start(), m.end(), kind, reason.length > 0 ? reason[0] : null));
            }
        }
    }

    private static void apply(String text, int from, int to, List<Edit> edits, MappedText out, DocumentAssembler asm) {
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        int pos = from;
        for (Edit e : edits) {
            if (e.start() < pos) {
                continue; // overlaps an edit already applied
            }
            out.appendSource(text, 0, pos, e.start());
            switch (e.kind()) {
                case MARKER -> out.anchor(e.value(), new Span(e.start(), e.end()));
                case NOISE -> {
                    if (asm != null) {
                        asm.noise(e.start(), e.end(), e.value());
                    }
                }
                case SKIP -> {
                }
            }
            pos = e.end();
        }
        out.appendSource(text, 0, pos, to);
    }

    /** The cleaned text of {@code text[from, to)} as a plain string (notes, bibliography entries, titles). */
    static String cleanString(String text, int from, int to, Mode mode) {
        MappedText t = new MappedText();
        clean(text, from, to, mode, t, null);
        t.trimEnd();
        return t.text();
    }
}
