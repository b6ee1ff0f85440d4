package dev.claims.structure;

import dev.claims.model.Layout;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cleaned text under construction, remembering for every character the offset in the original text it came from.
 * Whitespace is collapsed as it is appended (a run becomes one space, never at the start), and origins never go
 * backwards, so any slice maps to a non-decreasing run of original offsets.
 *
 * <pre>{@code
 * MappedText t = new MappedText();
 * t.appendSource("a  b\nc", 10, 0, 6);   // text "a b c", origins 10, 11, 13, 15, 16
 * }</pre>
 */
final class MappedText {
    /** A footnote marker removed from the text, remembered at the cleaned position where it stood. */
    record Anchor(int position, String label, Span span) {
    }

    /**
     * A unit of a line-oriented layout starting at cleaned position {@code start} (it runs to the next part's start):
     * the sentence splitter never joins text across parts. {@code datedBy} is the index of the part (in this text)
     * holding the date heading that dates it, or -1.
     */
    record Part(int start, Layout kind, Span label, int datedBy) {
    }

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];
    private final List<Anchor> anchors = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private int lastOrigin;
    /** {@link #text()} as last made, or null once the text has changed since. */
    private String shown;

    int length() {
        return text.length();
    }

    /** The cleaned text so far (made once until the text changes: cleaning passes read it several times). */
    String text() {
        String t = shown;
        if (t == null) {
            t = text.toString();
            shown = t;
        }
        return t;
    }

    /** The cleaned text from {@code from} to the end. */
    String textFrom(int from) {
        return text.substring(Math.min(from, text.length()));
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int origin(int i) {
        return origins[i];
    }

    List<Anchor> anchors() {
        return anchors;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char last() {
        return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
    }

    /** Appends one character that stands for the original character at {@code origin}. */
    void append(char c, int origin) {
        if (Character.isWhitespace(c) || c == '\u00a0') {
            if (text.length() == 0 || last() == ' ') {
                return;
            }
            c = ' ';
        }
        if (origin < lastOrigin) {
            origin = lastOrigin;
        }
        lastOrigin = origin;
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[text.length()] = origin;
        text.append(c);
        shown = null;
    }

    /** Appends every character of {@code s} as standing for the original offset {@code origin}. */
    void appendAll(CharSequence s, int origin) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), origin);
        }
    }

    /** Appends {@code source[from, to)} where {@code source} starts at original offset {@code base}. */
    void appendSource(CharSequence source, int base, int from, int to) {
        for (int i = from; i < to; i++) {
            append(source.charAt(i), base + i);
        }
    }

    /**
     * Appends text whose characters are a lightly transformed copy of {@code source[from, to)} (entities decoded,
     * escapes removed): each character is mapped to the next original character equal to it, or to the current
     * position when there is none.
     */
    void appendAligned(CharSequence literal, CharSequence source, int from, int to) {
        int j = from;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int k = j;
            int limit = Math.min(to, j + 12);
            while (k < limit && source.charAt(k) != c) {
                k++;
            }
            if (k < limit) {
                j = k;
            }
            append(c, Math.min(j, Math.max(from, to - 1)));
            if (k < limit) {
                j++;
            }
        }
    }

    /**
     * Starts a new unit at the end of the text so far, separated from what precedes by a space standing for the
     * original offset {@code origin} (the line break); returns the part's index. Text appended before the first part
     * is an implicit prose part.
     */
    int part(Layout kind, Span label, int datedBy, int origin) {
        if (text.length() > 0) {
            append(' ', origin);
        }
        if (parts.isEmpty() && text.length() > 0) {
            parts.add(new Part(0, Layout.PROSE, null, -1));
        }
        parts.add(new Part(text.length(), kind, label, datedBy));
        return parts.size() - 1;
    }

    /** The parts, in order; empty when the whole text is one unit of prose. */
    List<Part> parts() {
        return parts;
    }

    void anchor(String label, Span span) {
        anchors.add(new Anchor(text.length(), label, span));
    }

    /** Removes trailing whitespace (leading whitespace is never added). */
    void trimEnd() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        text.setLength(n);
        shown = null;
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            if (a.position() > n) {
                anchors.set(i, new Anchor(n, a.label(), a.span()));
            }
        }
    }

    /** The original span from the first to the last cleaned character, or null when empty. */
    Span sourceSpan() {
        if (text.length() == 0) {
            return null;
        }
        return new Span(origins[0], origins[text.length() - 1] + 1);
    }

    /** Offsets for {@code text[from, to)}, with the extra end entry the model's {@code Sentence} expects. */
    int[] offsets(int from, int to) {
        int[] out = new int[to - from + 1];
        System.arraycopy(origins, from, out, 0, to - from);
        out[to - from] = to > from ? origins[to - 1] + 1 : (from < text.length() ? origins[from] : lastOrigin);
        return out;
    }
}
