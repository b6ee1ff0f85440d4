package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claims-disable comment makes the run pass, says so on stderr and keeps the finding as suppressed in SARIF. */
class SuppressionCliTest {
    @TempDir
    Path dir;

    @Test
    void suppressedFindingPassesAndStaysInSarif() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.md"), "# Recognition\n\n<!-- claims-disable-next-line date-mismatch -->\n"
                + Corpora.SAYS_16);
        Files.writeString(texts.resolve("b.txt"), Corpora.SAYS_17);
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("a.md"), Files.readString(texts.resolve("a.md")).replace(
                "<!-- claims-disable-next-line date-mismatch -->\n", ""));
        Files.copy(texts.resolve("b.txt"), plain.resolve("b.txt"));
        assertEquals(1, run("check", plain.toString(), "--fail-on", "any", "-q").code(), "without the comment it fails");
        Path out = dir.resolve("out");
        Run r = run("check", texts.toString(), "--fail-on", "any", "--format", "sarif,text", "--output-dir",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("claims: 1 findings switched off by claims-disable comments in the documents (listed as"
                + " suppressed in SARIF)\n", r.err());
        JsonNode results = new ObjectMapper().readTree(out.resolve("report.sarif").toFile()).get("runs").get(0)
                .get("results");
        assertEquals(1, results.size());
        assertEquals("date-mismatch", results.get(0).get("ruleId").asText());
        assertEquals("inSource", results.get(0).get("suppressions").get(0).get("kind").asText());
    }
}
