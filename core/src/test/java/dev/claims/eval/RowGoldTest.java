package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowGoldTest {
    static final Path G = Path.of("dev/gold.json");

    static String error(String gold, String traps) {
        return assertThrows(ClaimsException.class,
                () -> RowGold.parse(G, gold, Path.of("dev/traps.json"), traps)).getMessage();
    }

    @Test
    void readsRowsAndTheTrapsBeside() {
        RowGold g = RowGold.read(RowGoldScorerTest.TOPIC.resolve("gold.json"));
        RowGold.Row r2 = g.rows().get(1);
        assertEquals("R2", r2.id());
        assertEquals("count", r2.kind());
        assertEquals(RowGold.Verdict.CONTRADICT, r2.verdict());
        assertEquals(new RowGold.Mention("02-almanac.txt", "On the first day 1,500 vehicles crossed it."),
                r2.mentions().get(1));
        RowGold.Row trap = g.traps().get(0);
        assertEquals("X1", trap.id());
        assertNull(trap.kind());
        assertNull(trap.verdict());
        assertEquals("vehicles over the bridge on one day against ferry passengers in a week", trap.note());
    }

    @Test
    void withoutTrapsFileThereAreNoTraps(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), "[]");
        assertEquals(0, RowGold.read(dir.resolve("gold.json")).traps().size());
    }

    @Test
    void errorsAreOneLineNamingTheFileAndTheRow() {
        String notJson = error("[", null);
        assertTrue(notJson.startsWith("dev/gold.json: gold file is not valid JSON: Unexpected end-of-input"), notJson);
        assertFalse(notJson.contains("\n"), notJson);
        assertEquals("dev/gold.json: gold file must be a JSON array of rows", error("{\"rows\": []}", null));
        assertEquals("dev/gold.json: row 1 has no \"id\"", error("[{\"verdict\": \"AGREE\"}]", null));
        assertEquals("dev/gold.json: row 'A' has no \"mentions\"", error("[{\"id\": \"A\", \"mentions\": []}]", null));
        assertEquals("dev/gold.json: row 'A' has a mention without \"file\" or \"quote\"",
                error("[{\"id\": \"A\", \"mentions\": [{\"file\": \"a.txt\"}]}]", null));
        assertEquals("dev/gold.json: row 'A' has verdict 'SAME' (expected AGREE or CONTRADICT)",
                error("[{\"id\": \"A\", \"verdict\": \"SAME\", \"mentions\": [{\"file\": \"a\", \"quote\": \"q\"}]}]", null));
        assertEquals("dev/traps.json: trap 2 has no \"mentions\"",
                error("[]", "[{\"mentions\": [{\"file\": \"a\", \"quote\": \"q\"}]}, {\"why\": \"x\"}]"));
        assertEquals("dev/traps.json: traps file must be a JSON array of rows", error("[]", "{}"));
    }

    @Test
    void theFormatIsToldFromTheJsonShape(@TempDir Path dir) throws Exception {
        assertEquals(GoldFormat.VERDICT_ROWS, GoldFormat.detect(G, " [ {\"id\": 1} ]"));
        assertEquals(GoldFormat.CROSS_DOC, GoldFormat.detect(G, "{\"rows\": []}"));
        assertEquals("dev/gold.json: gold file must be a JSON object with \"rows\" or an array of rows",
                assertThrows(ClaimsException.class, () -> GoldFormat.detect(G, "\"rows\"")).getMessage());
        Path f = dir.resolve("gold.json");
        Files.writeString(f, "[]");
        assertEquals(GoldFormat.VERDICT_ROWS, GoldFormat.detect(f));
        assertEquals(dir.resolve("none.json") + ": cannot read gold file: " + dir.resolve("none.json"), assertThrows(ClaimsException.class,
                () -> GoldFormat.detect(dir.resolve("none.json"))).getMessage().replace("NoSuchFileException: ", ""));
    }
}
