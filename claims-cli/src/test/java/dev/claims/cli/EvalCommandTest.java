package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    static final String GOLD = """
            {"description": "recognition date in two seeds",
             "rows": [{"id": "recognition-date", "kind": "agreement", "rule": "date-agreement",
                       "evidence": [{"document": "001_aeb9fb289df59b40.txt", "quote": "On November 16, 1933"},
                                    {"document": "003_dfd405f7cf95968d.txt", "quote": "Franklin Roosevelt"}]},
                      {"id": "never", "kind": "variant",
                       "evidence": [{"document": "001_aeb9fb289df59b40.txt", "quote": "Litinov"},
                                    {"document": "000_15c50b5358dc4dcb.txt", "quote": "Litvinov"}]}]}
            """;

    @Test
    void generateThenEvalFindsThePlantedDateContradictions(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("corpus");
        ClaimsCommandTest.Run g = ClaimsCommandTest.run("generate", "--documents", "60", "--seed", "11", "--out", dir.toString(),
                "--date-conflict-rate", "0.3");
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().startsWith("wrote 60 documents ("), g.out());
        assertTrue(Files.exists(dir.resolve("gold.json")));
        // the gold file inside the directory is not read as a document
        ClaimsCommandTest.Run e = ClaimsCommandTest.run("eval", "--gold", dir.resolve("gold.json").toString(),
                dir.toString(), "--format", "json");
        assertEquals(0, e.code(), e.err());
        JsonNode root = new ObjectMapper().readTree(e.out());
        assertTrue(root.get("description").asText().startsWith("claims generate --documents 60 --seed 11:"));
        JsonNode dates = root.get("byRule").get("date-mismatch");
        assertTrue(dates.get("tp").asInt() >= 1, e.out());
        assertEquals(0, dates.get("fp").asInt(), e.out());
        for (JsonNode f : root.get("unmatched")) {
            for (JsonNode ev : f.get("evidence")) {
                assertTrue(!ev.get("document").asText().equals("gold.json"), "gold.json was checked as a document");
            }
        }
    }

    @Test
    void generateIsDeterministic(@TempDir Path tmp) throws Exception {
        ClaimsCommandTest.run("generate", "--documents", "30", "--seed", "5", "--out", tmp.resolve("a").toString());
        ClaimsCommandTest.run("generate", "--documents", "30", "--seed", "5", "--out", tmp.resolve("b").toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/gold.json")), Files.readAllBytes(tmp.resolve("b/gold.json")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/000030-" + name(tmp.resolve("a")))),
                Files.readAllBytes(tmp.resolve("b/000030-" + name(tmp.resolve("a")))));
    }

    @Test
    void textReportAndThresholds(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, GOLD);
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--gold", gold.toString(), ClaimsCommandTest.SEEDS.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("gold: recognition date in two seeds\n"), r.out());
        assertTrue(r.out().contains("missed gold rows ("), r.out());
        assertTrue(r.out().contains("findings matching no gold row ("), r.out());
        ClaimsCommandTest.Run strict = ClaimsCommandTest.run("eval", "--gold", gold.toString(),
                ClaimsCommandTest.SEEDS.toString(), "--min-recall", "1.0");
        assertEquals(1, strict.code(), "the variant row is never found, so recall is below 1");
    }

    @Test
    void badGoldIsOneClearLine(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, """
                {"rows": [{"id": "x", "kind": "variant", "evidence": [{"document": "001_aeb9fb289df59b40.txt", "quote": "Litvinoff"}]}]}""");
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--gold", gold.toString(), ClaimsCommandTest.SEEDS.toString());
        assertEquals(2, r.code());
        assertEquals("claims: " + gold + ": gold row 'x': quote not found in 001_aeb9fb289df59b40.txt: \"Litvinoff\"\n", r.err());
        ClaimsCommandTest.Run bad = ClaimsCommandTest.run("generate", "--documents", "0", "--out", tmp.resolve("x").toString());
        assertEquals(2, bad.code());
        assertEquals("claims: documents must be at least 1, not 0\n", bad.err());
    }

    private static String name(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("000030-")).findFirst().orElseThrow()
                    .substring("000030-".length());
        }
    }
}
