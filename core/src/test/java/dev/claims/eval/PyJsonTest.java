package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyJsonTest {
    @Test
    void roundsAsPythonRoundsToThreePlaces() {
        assertEquals(0.667, PyJson.round3(2.0 / 3));
        assertEquals(0.812, PyJson.round3(13.0 / 16), "0.8125 is exact in binary: half to even");
        assertEquals(0.188, PyJson.round3(3.0 / 16), "0.1875: half to even");
        assertEquals(0.001, PyJson.round3(1.0 / 1000));
        assertEquals(0.0, PyJson.round3(1.0 / 3000));
        assertEquals(1.0, PyJson.round3(1.0));
    }

    @Test
    void writesAsJsonDumps() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("mentions", 3);
        inner.put("extracted", PyJson.round3(2.0 / 3));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recall", 1.0);
        m.put("none", Double.NaN);
        m.put("zero", 0.0);
        m.put("small", 0.001);
        m.put("n", 12);
        m.put("by_kind", inner);
        m.put("name", "é\"\n");
        assertEquals("{\"recall\": 1.0, \"none\": null, \"zero\": 0.0, \"small\": 0.001, \"n\": 12,"
                + " \"by_kind\": {\"mentions\": 3, \"extracted\": 0.667}, \"name\": \"\\u00e9\\\"\\n\"}", PyJson.line(m));
    }
}
