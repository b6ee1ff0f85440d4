package dev.claims.model;

import java.util.List;

/**
 * One sentence of body text.
 *
 * @param span      the sentence's extent in the original text
 * @param text      the cleaned sentence text used for extraction (markup, markers and noise removed)
 * @param map       where each character of {@code text} is in the original text (see {@link #offset(int)})
 * @param paragraph index of the paragraph the sentence belongs to
 * @param markers   labels of footnote markers attached to this sentence, in order
 * @param layout    the kind of line the sentence came from ({@link UnitLayout#PROSE} for running prose)
 */
public record Sentence(Span span, String text, OffsetMap map, int paragraph, List<String> markers, UnitLayout layout) {
    public Sentence {
        if (map.length() != text.length()) {
            throw new IllegalArgumentException("the offset map must cover the text exactly");
        }
        markers = List.copyOf(markers);
        layout = layout == null ? UnitLayout.PROSE : layout;
    }

    /** A sentence of running prose. */
    public Sentence(Span span, String text, OffsetMap map, int paragraph, List<String> markers) {
        this(span, text, map, paragraph, markers, UnitLayout.PROSE);
    }

    /**
     * @param offsets {@code offsets[i]} is the original-text offset of {@code text.charAt(i)}; the array has
     *                {@code text.length() + 1} entries, the last being the end offset
     */
    public Sentence(Span span, String text, int[] offsets, int paragraph, List<String> markers) {
        this(span, text, checked(offsets, text), paragraph, markers, UnitLayout.PROSE);
    }

    /** As {@link #Sentence(Span, String, int[], int, List)}, with the layout of the line it came from. */
    public Sentence(Span span, String text, int[] offsets, int paragraph, List<String> markers, UnitLayout layout) {
        this(span, text, checked(offsets, text), paragraph, markers, layout);
    }

    private static OffsetMap checked(int[] offsets, String text) {
        if (offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have text.length() + 1 entries");
        }
        return OffsetMap.of(offsets);
    }

    /** The original-text offset of {@code text.charAt(i)} ({@code i == text.length()} gives the end offset). */
    public int offset(int i) {
        return map.at(i);
    }

    /** All offsets as an array of {@code text.length() + 1} entries (a copy; prefer {@link #offset(int)}). */
    public int[] offsets() {
        return map.toArray();
    }

    /** Maps a {@code [from, to)} range of {@link #text()} back to the original text. */
    public Span sourceSpan(int from, int to) {
        int start = map.at(from);
        int end = to > from ? map.at(to - 1) + 1 : start;
        return new Span(start, Math.max(start, end));
    }

    /** A sentence whose cleaned text is exactly the original text at {@code start}. */
    public static Sentence verbatim(String text, int start, int paragraph, List<String> markers) {
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            offsets[i] = start + i;
        }
        return new Sentence(new Span(start, start + text.length()), text, offsets, paragraph, markers);
    }

    @Override
    public String toString() {
        return "Sentence[" + span + ", " + text + "]";
    }
}
