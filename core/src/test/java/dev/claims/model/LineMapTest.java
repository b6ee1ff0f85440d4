package dev.claims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void derivesLineAndColumnFromOffsets() {
        LineMap map = LineMap.of("ab\ncd\r\nef\rg");
        assertEquals(1, map.line(0));
        assertEquals(1, map.column(0));
        assertEquals(1, map.line(2));
        assertEquals(2, map.line(3));
        assertEquals(2, map.column(4));
        assertEquals(3, map.line(7));
        assertEquals(4, map.line(10));
        assertEquals(4, map.lineCount());
    }

    @Property
    void everyOffsetMapsToALineStartPlusColumn(@ForAll String text) {
        LineMap map = LineMap.of(text);
        for (int i = 0; i <= text.length(); i++) {
            int line = map.line(i);
            assertEquals(true, line >= 1 && line <= map.lineCount());
            assertEquals(true, map.column(i) >= 1);
        }
    }
}
