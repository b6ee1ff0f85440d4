package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline written before documents are renamed and edited elsewhere still holds; SARIF says unchanged. */
class BaselineRenameTest {
    @TempDir
    Path dir;

    @Test
    void renamedAndEditedCorpusPassesWithTheOldBaseline() throws Exception {
        Path texts = Corpora.contradiction(dir.resolve("texts"));
        Path baseline = dir.resolve("claims-baseline.json");
        assertEquals(1, run("check", texts.toString(), "--write-baseline", baseline.toString(), "--fail-on", "any",
                "-q").code());
        String written = Files.readString(baseline);
        assertTrue(written.matches("\\{\n  \"schemaVersion\": 1,\n  \"findings\": \\[\n    \\{\"id\": \"[0-9a-f]{16}\","
                + " \"kind\": \"contradiction\", \"rule\": \"date-mismatch\", \"subject\": \"[^\"]+\"}\n  ]\n}\n"), written);

        Path moved = Files.createDirectories(dir.resolve("moved/essays"));
        Files.move(texts.resolve("a.txt"), moved.resolve("recognition.txt"));
        Files.writeString(moved.resolve("recognition.txt"), "A new first paragraph.\n\n"
                + Files.readString(moved.resolve("recognition.txt")));
        Files.move(texts.resolve("b.txt"), moved.resolve("other.txt"));
        Path out = dir.resolve("out");
        Run r = run("check", dir.resolve("moved").toString(), "--baseline", baseline.toString(), "--fail-on", "any",
                "--format", "sarif,json", "--output-dir", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 known findings not shown, 0 baseline entries no longer occur"), r.err());
        JsonNode results = new ObjectMapper().readTree(out.resolve("report.sarif").toFile()).get("runs").get(0)
                .get("results");
        assertEquals(1, results.size());
        assertEquals("unchanged", results.get(0).get("baselineState").asText());
        String uri = results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText();
        assertTrue(uri.endsWith("moved/essays/recognition.txt"), "located at the renamed document: " + uri);
    }
}
