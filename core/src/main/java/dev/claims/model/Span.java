package dev.claims.model;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's original text.
 * Offsets are the truth; line and column are derived through {@link LineMap} only when shown.
 *
 * <pre>{@code
 * Span s = new Span(4, 9);           // "quick" in "The quick fox"
 * s.length();                         // 5
 * s.contains(new Span(5, 6));         // true
 * }</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code source}. */
    public String of(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
