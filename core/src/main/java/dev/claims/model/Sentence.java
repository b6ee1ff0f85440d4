package dev.claims.model;

/**
 * One sentence of body text.
 *
 * @param span      the sentence's extent in the original text
 * @param text      the cleaned sentence text used for extraction (markup, markers and noise removed)
 * @param offsets   {@code offsets[i]} is the original-text offset of {@code text.charAt(i)}; the array has
 *                  {@code text.length() + 1} entries, the last being the end offset
 * @param paragraph index of the paragraph the sentence belongs to
 * @param markers   labels of footnote markers attached to this sentence, in order
 */
public record Sentence(Span span, String text, int[] offsets, int paragraph, java.util.List<String> markers) {
    public Sentence {
        if (offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have text.length() + 1 entries");
        }
        markers = java.util.List.copyOf(markers);
    }

    /** Maps a {@code [from, to)} range of {@link #text()} back to the original text. */
    public Span sourceSpan(int from, int to) {
        int start = offsets[from];
        int end = to > from ? offsets[to - 1] + 1 : start;
        return new Span(start, Math.max(start, end));
    }

    /** A sentence whose cleaned text is exactly the original text at {@code start}. */
    public static Sentence verbatim(String text, int start, int paragraph, java.util.List<String> markers) {
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            offsets[i] = start + i;
        }
        return new Sentence(new Span(start, start + text.length()), text, offsets, paragraph, markers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && s.span.equals(span) && s.text.equals(text) && s.paragraph == paragraph
                && s.markers.equals(markers) && java.util.Arrays.equals(s.offsets, offsets);
    }

    @Override
    public int hashCode() {
        return span.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "Sentence[" + span + ", " + text + "]";
    }
}
