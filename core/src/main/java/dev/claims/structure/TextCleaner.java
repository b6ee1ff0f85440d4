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
    /** "Soviet Union;U.S.-Soviet relations[U.S. Soviet relations]": heading;subheading[sort key]. */
    static final Pattern INDEX_TERM_SORTED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]{0,30}(?: \\p{Lu}[\\p{L}'’.-]{0,30}){0,4};[^;\\[\\]\\n]{1,80}\\[[^\\[\\]\\n]{1,80}\\]");
    /** "Propaganda;Bolsheviks": heading;subheading written with no spaces around the semicolon. */
    private static final Pattern INDEX_TERM_PAIR = Pattern.compile(
            " ?\\p{Lu}[\\p{L}'’-]{1,30};\\p{Lu}[\\p{L}'’.-]{1,30}(?= |$)");
    /** "[kw]…", "[g]…", "[c]…", "[p]…" index lines: from the tag to the end of the line. */
    static final Pattern INDEX_TAG = Pattern.compile("\\[(?:kw|g|c|p)\\][^\\n]{0,1000}");
    /** An index term inserted right after the same words: "Ford Motor Company Ford Motor Company signed". */
    private static final Pattern REPEATED_PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’.-]{1,30}(?: (?:\\p{Lu}[\\p{L}'’.-]{0,30}|\\(\\d{1,4}(?:[-–]\\d{1,4})?\\)|of|and|the|de|von)){1,6}),? (\\1)(?![\\p{L}\\p{N}])");
    private static final Pattern OCR_YEAR = Pattern.compile(
            "(?:\\b(?:in|of|by|since|until|till|from|to|after|before|during|year|and|or|circa|c\\.|ca\\.|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)|\\d,) ([12](?: ?\\d){3})(?![\\p{N}\\p{L}])");
    private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\[$%&#_{}]");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<=\\p{L})-[ \\t]{0,8}(?:\\r?\\n)[ \\t]{0,8}(?=\\p{L})");
    private static final Pattern HYPHEN_SPACE = Pattern.compile("(?<=\\p{L})- (?=\\p{Ll})(?!(?:and|or|to|nor|und)\\b)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?=[^\\s*])[^*\\n]{1,400}?(?<=[^\\s*])\\*(?![*\\p{L}\\p{N}])");

    private TextCleaner() {
    }

    /**
     * Appends the cleaned form of {@code text[from, to)} to {@code out}, adding anchors for superscript markers (body
     * mode only) and reporting removed noise to {@code asm} (may be null).
     */
    static void clean(String text, int from, int to, Mode mode, MappedText out, DocumentAssembler asm) {
        List<Edit> edits = new ArrayList<>();
        if (mode == Mode.BODY) {
            find(SUPERSCRIPT, text, from, to, Kind.MARKER, edits);
            find(INDEX_TAG, text, from, to, Kind.NOISE, edits, "encyclopedia index line");
            find(INDEX_TERM_SORTED, text, from, to, Kind.NOISE, edits, "encyclopedia index term");
            find(INDEX_TERM_PAIR, text, from, to, Kind.NOISE, edits, "encyclopedia index term");
            Matcher m = REPEATED_PHRASE.matcher(text).region(from, to);
            while (m.find()) {
                int end = m.end(2) < to && text.charAt(m.end(2)) == ' ' ? m.end(2) + 1 : m.end(2);
                edits.add(new Edit(m.start(2), end, Kind.NOISE, "encyclopedia index term repeated into the text"));
            }
            Matcher e = EMPHASIS.matcher(text).region(from, to);
            while (e.find()) {
                edits.add(new Edit(e.start(), e.start() + 1, Kind.SKIP, null));
                edits.add(new Edit(e.end() - 1, e.end(), Kind.SKIP, null));
            }
        }
        for (BoilerplateRules.Hit h : BoilerplateRules.inline(text, from, to)) {
            edits.add(new Edit(h.start(), h.end(), Kind.NOISE, h.reason()));
        }
        Matcher y = OCR_YEAR.matcher(text).region(from, to);
        while (y.find()) {
            String digits = y.group(1);
            if (digits.indexOf(' ') < 0) {
                continue;
            }
            int year = Integer.parseInt(digits.replace(" ", ""));
            if (year < 1500 || year > 2099) {
                continue;
            }
            for (int i = y.start(1); i < y.end(1); i++) {
                if (text.charAt(i) == ' ') {
                    edits.add(new Edit(i, i + 1, Kind.NOISE, "OCR break inside a number"));
                }
            }
        }
        find(LATEX_ESCAPE, text, from, to, null, edits);
        Matcher h = HYPHEN_BREAK.matcher(text).region(from, to);
        while (h.find()) {
            boolean lower = h.end() < to && Character.isLowerCase(text.charAt(h.end()));
            edits.add(new Edit(lower ? h.start() : h.start() + 1, h.end(), Kind.SKIP, null));
        }
        Matcher hs = HYPHEN_SPACE.matcher(text).region(from, to);
        while (hs.find()) {
            edits.add(new Edit(hs.start() + 1, hs.end(), Kind.SKIP, null));
        }
        apply(text, from, to, edits, out, asm);
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
