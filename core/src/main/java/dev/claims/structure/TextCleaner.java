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

    static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}");
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
    private static final java.util.Set<String> YEAR_CONTEXT = java.util.Set.of("in", "of", "by", "since", "until", "till",
            "from", "to", "after", "before", "during", "year", "and", "or", "circa", "c.", "ca.", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.",
            "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");
    private static final java.util.Set<String> PHRASE_GLUE = java.util.Set.of("of", "and", "the", "de", "von", "for");
    private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\[$%&#_{}]");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("-[ \\t]{0,8}(?:\\r?\\n)[ \\t]{0,8}(?=\\p{L})");
    private static final Pattern HYPHEN_SPACE = Pattern.compile("- (?=\\p{Ll})(?!(?:and|or|to|nor|und)\\b)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\p{L}\\p{Nd}])\\*(?=[^\\s*])[^*]{0,100000}(?<=[^\\s*])\\*(?![*\\p{L}\\p{Nd}])");

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
            find(SUPERSCRIPT, text, from, to, Kind.MARKER, edits);
            if (bracketMarkers) {
                Matcher b = BRACKET_MARKER.matcher(text).region(from, to);
                while (b.find()) {
                    if (b.start() > 0 && !Character.isWhitespace(text.charAt(b.start() - 1))) {
                        edits.add(new Edit(b.start(), b.end(), Kind.MARKER, b.group(1)));
                    }
                }
            }
            find(INDEX_TAG, text, from, to, Kind.NOISE, edits, "encyclopedia index line");
        }
        for (BoilerplateRules.Hit h : BoilerplateRules.inline(text, from, to)) {
            edits.add(new Edit(h.start(), h.end(), Kind.NOISE, h.reason()));
        }
        find(LATEX_ESCAPE, text, from, to, null, edits);
        Matcher h = HYPHEN_BREAK.matcher(text).region(from, to);
        while (h.find()) {
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
        List<Edit> terms = new ArrayList<>();
        String m = mid.text();
        if (mode == Mode.BODY) {
            if (m.indexOf(';') >= 0) {
                find(INDEX_TERM_SORTED, m, 0, m.length(), Kind.NOISE, terms, "encyclopedia index term");
                find(INDEX_TERM_PAIR, m, 0, m.length(), Kind.NOISE, terms, "encyclopedia index term");
            }
            repeatedPhrases(m, terms);
        }
        MappedText after = mid;
        if (!terms.isEmpty()) {
            after = new MappedText();
            applyMapped(mid, terms, after, asm);
        }
        applyMapped(after, repairs(after.text(), mode), out, asm);
    }

    /** OCR-broken years, emphasis markers (body) and "Communist- controlled" spaces in already mapped text. */
    private static List<Edit> repairs(String m, Mode mode) {
        List<Edit> edits = new ArrayList<>();
        if (mode == Mode.BODY) {
            Matcher e = EMPHASIS.matcher(m);
            while (e.find()) {
                edits.add(new Edit(e.start(), e.start() + 1, Kind.SKIP, null));
                edits.add(new Edit(e.end() - 1, e.end(), Kind.SKIP, null));
            }
        }
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
                if (w + 2 * k > words.size() || !phraseWords(m, words, w, k)) {
                    continue;
                }
                boolean same = true;
                for (int j = 0; j < k && same; j++) {
                    int[] a = words.get(w + j);
                    int[] b = words.get(w + k + j);
                    int aEnd = j == k - 1 && m.charAt(a[1] - 1) == ',' ? a[1] - 1 : a[1];
                    same = m.regionMatches(a[0], m, b[0], Math.max(aEnd - a[0], b[1] - b[0]))
                            && aEnd - a[0] == b[1] - b[0];
                }
                if (same) {
                    int[] first = words.get(w + k);
                    int[] last = words.get(w + 2 * k - 1);
                    int end = last[1] < m.length() ? last[1] + 1 : last[1];
                    edits.add(new Edit(first[0], end, Kind.NOISE, "encyclopedia index term repeated into the text"));
                    skipUntil = w + 2 * k;
                    break;
                }
            }
        }
    }

    /** Words {@code [w, w+k)} read like an index term: capitalised words, "(1918-1921)", "of", "and". */
    private static boolean phraseWords(String m, List<int[]> words, int w, int k) {
        for (int j = 0; j < k; j++) {
            int[] x = words.get(w + j);
            char c = m.charAt(x[0]);
            String word = m.substring(x[0], x[1]);
            if (j < k - 1 && word.endsWith(",")) {
                return false;
            }
            if (!(Character.isUpperCase(c) || c == '(' || (j > 0 && PHRASE_GLUE.contains(word)))) {
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
