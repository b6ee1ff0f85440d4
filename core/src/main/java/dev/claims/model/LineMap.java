package dev.claims.model;

import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column numbers. Built once per document from
 * its original text; only the line start offsets are kept, so it is cheap to hold after the
 * text itself is dropped.
 *
 * <pre>{@code
 * LineMap map = LineMap.of("ab\ncd");
 * map.line(3);   // 2
 * map.column(4); // 2
 * }</pre>
 */
public final class LineMap {
    private final int[] lineStarts;

    private LineMap(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    public static LineMap of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, count));
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of {@code offset}, counted in UTF-16 code units from the line start. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
