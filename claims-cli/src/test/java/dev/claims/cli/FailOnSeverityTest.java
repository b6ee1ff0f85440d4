package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-on by severity, the configured severity deciding; JUnit and GitHub output following the same threshold. */
class FailOnSeverityTest {
    @TempDir
    Path dir;

    /** Two documents dating the recognition a day apart: one date-mismatch contradiction (a warning by default). */
    private Path corpus() throws Exception {
        return Corpora.contradiction(dir.resolve("texts"));
    }

    private Path config(String severity) throws Exception {
        return Files.writeString(dir.resolve(severity + ".json"), "{\"rules\": {\"date-mismatch\": \"" + severity + "\"}}");
    }

    private Map<String, Integer> codes(Path corpus, Path config) {
        Map<String, Integer> out = new TreeMap<>();
        for (FailOn f : FailOn.values()) {
            Run r = run("check", corpus.toString(), "--config", config.toString(), "--fail-on", f.name(), "-q");
            out.put(f.name(), r.code());
        }
        return out;
    }

    @Test
    void theConfiguredSeverityDecides() throws Exception {
        Path c = corpus();
        assertEquals(Map.of("none", 0, "contradiction", 1, "citation", 1, "any", 1, "error", 1, "warning", 1,
                "note", 1), codes(c, config("error")));
        assertEquals(Map.of("none", 0, "contradiction", 1, "citation", 1, "any", 1, "error", 0, "warning", 1,
                "note", 1), codes(c, config("warning")));
        assertEquals(Map.of("none", 0, "contradiction", 1, "citation", 1, "any", 1, "error", 0, "warning", 0,
                "note", 1), codes(c, config("note")));
    }

    @Test
    void junitFailuresFollowTheThreshold() throws Exception {
        Path c = corpus();
        Path note = config("note");
        for (var e : Map.of("none", 0, "warning", 0, "note", 1, "contradiction", 1).entrySet()) {
            Run r = run("check", c.toString(), "--config", note.toString(), "--format", "junit", "--fail-on", e.getKey());
            assertEquals(e.getValue(), r.code(), e.getKey());
            assertTrue(r.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claims\" tests=\"3\""
                    + " failures=\"" + e.getValue() + "\""), e.getKey() + ": " + r.out());
            assertEquals(e.getValue() == 1 ? 1 : 0, r.out().split("<failure ", -1).length - 1, e.getKey());
        }
    }

    @Test
    void githubAnnotationLevelsFollowTheThreshold() throws Exception {
        Path c = corpus();
        Path error = config("error");
        Run failing = run("check", c.toString(), "--config", error.toString(), "--format", "github", "--fail-on", "error");
        assertEquals(1, failing.code());
        assertTrue(failing.out().startsWith("::error file="), failing.out());
        Run passing = run("check", c.toString(), "--config", error.toString(), "--format", "github", "--fail-on", "none");
        assertEquals(0, passing.code());
        assertTrue(passing.out().startsWith("::warning file="), "an error that does not fail the build is a warning: "
                + passing.out());
        Run note = run("check", c.toString(), "--config", config("note").toString(), "--format", "github",
                "--fail-on", "warning");
        assertEquals(0, note.code());
        assertTrue(note.out().startsWith("::notice file="), note.out());
    }

    @Test
    void failOnWithNoDocumentReadExitsTwo() throws Exception {
        Path skipped = Files.createDirectories(dir.resolve("binary"));
        Files.write(skipped.resolve("a.txt"), new byte[] {'a', 0, 1, 2});
        Run any = run("check", skipped.toString(), "--fail-on", "any");
        assertEquals(2, any.code());
        assertTrue(any.err().endsWith("claims: error: no document could be read (1 skipped), so --fail-on any cannot"
                + " pass\n"), any.err());
        Run none = run("check", skipped.toString(), "--fail-on", "none");
        assertEquals(0, none.code(), "with --fail-on none a run that read nothing is not an error: " + none.err());
        assertEquals(2, run("check", skipped.toString(), "--fail-on", "note").code());
    }

    @Test
    void unknownThresholdNamesTheChoices() throws Exception {
        Run r = run("check", corpus().toString(), "--fail-on", "sometimes");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("none, contradiction, citation, any, error, warning, note"), r.err());
    }
}
