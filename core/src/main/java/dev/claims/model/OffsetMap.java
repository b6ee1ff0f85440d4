package dev.claims.model;

import java.util.Arrays;

/**
 * Maps positions of a cleaned text back to offsets in the original text, stored as runs: within a run each cleaned
 * character is one original character further on. A sentence copied verbatim is one run; each removed marker, index
 * term or repaired OCR break starts another. Memory is per run, not per character.
 *
 * <pre>{@code
 * OffsetMap m = OffsetMap.of(new int[] {10, 11, 12, 20, 21, 22});  // two runs: 10..12 and 20..21, end 22
 * m.at(3);   // 20
 * m.length(); // 5 (cleaned characters)
 * }</pre>
 */
public final class OffsetMap {
    private final int[] cleanStarts;
    private final int[] sourceStarts;
    private final int length;
    private final int end;

    private OffsetMap(int[] cleanStarts, int[] sourceStarts, int length, int end) {
        this.cleanStarts = cleanStarts;
        this.sourceStarts = sourceStarts;
        this.length = length;
        this.end = end;
    }

    /** From a full offset array of {@code length + 1} entries, the last being the end offset. */
    public static OffsetMap of(int[] offsets) {
        int n = offsets.length - 1;
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
                runs++;
            }
        }
        int[] clean = new int[runs];
        int[] source = new int[runs];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
                clean[r] = i;
                source[r++] = offsets[i];
            }
        }
        return new OffsetMap(clean, source, n, offsets[n]);
    }

    /** Number of runs stored (one per stretch copied unchanged from the original). */
    public int runs() {
        return cleanStarts.length;
    }

    /** Number of cleaned characters mapped. */
    public int length() {
        return length;
    }

    /** The original offset of cleaned position {@code i} ({@code 0 <= i <= length()}; {@code length()} gives the end). */
    public int at(int i) {
        if (i < 0 || i > length) {
            throw new IndexOutOfBoundsException(i);
        }
        if (i == length) {
            return end;
        }
        int r = Arrays.binarySearch(cleanStarts, i);
        r = r >= 0 ? r : -r - 2;
        return sourceStarts[r] + (i - cleanStarts[r]);
    }

    /**
     * The first cleaned position whose original offset is at least {@code source}, or -1 when there is none: the
     * same as scanning {@link #at} from 0, in time proportional to the runs.
     */
    public int firstAtOrAfter(int source) {
        for (int r = 0; r < cleanStarts.length; r++) {
            int stop = r + 1 < cleanStarts.length ? cleanStarts[r + 1] : length;
            if (sourceStarts[r] >= source) {
                return cleanStarts[r];
            }
            long k = (long) source - sourceStarts[r];
            if (k < stop - cleanStarts[r]) {
                return cleanStarts[r] + (int) k;
            }
        }
        return -1;
    }

    /** The full offset array ({@code length() + 1} entries). */
    public int[] toArray() {
        int[] out = new int[length + 1];
        for (int r = 0; r < cleanStarts.length; r++) {
            int stop = r + 1 < cleanStarts.length ? cleanStarts[r + 1] : length;
            for (int i = cleanStarts[r]; i < stop; i++) {
                out[i] = sourceStarts[r] + (i - cleanStarts[r]);
            }
        }
        out[length] = end;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && m.length == length && m.end == end
                && Arrays.equals(m.cleanStarts, cleanStarts) && Arrays.equals(m.sourceStarts, sourceStarts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sourceStarts) * 31 + length;
    }
}
