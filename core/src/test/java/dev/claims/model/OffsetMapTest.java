package dev.claims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void theFirstPositionAtOrAfterAnOriginalOffsetCrossesRuns() {
        OffsetMap m = OffsetMap.of(new int[] {10, 11, 12, 20, 21, 22});
        assertEquals(List.of(0, 0, 2, 3, 3, 4, -1), List.of(m.firstAtOrAfter(5), m.firstAtOrAfter(10),
                m.firstAtOrAfter(12), m.firstAtOrAfter(13), m.firstAtOrAfter(20), m.firstAtOrAfter(21),
                m.firstAtOrAfter(22)));
    }

    /** Gaps between runs (a removed marker) and runs that step back (a repaired break) alike. */
    @Property
    void firstAtOrAfterIsTheLinearScan(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = -3, max = 6) Integer> steps,
                                       @ForAll @IntRange(min = -5, max = 120) int source) {
        int[] offsets = new int[steps.size() + 1];
        offsets[0] = 7;
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] = offsets[i - 1] + steps.get(i - 1);
        }
        OffsetMap m = OffsetMap.of(offsets);
        int expected = -1;
        for (int i = 0; i < m.length(); i++) {
            if (m.at(i) >= source) {
                expected = i;
                break;
            }
        }
        assertEquals(expected, m.firstAtOrAfter(source));
    }
}
