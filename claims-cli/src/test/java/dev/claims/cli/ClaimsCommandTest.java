package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
    static final Path SEEDS = Path.of(System.getProperty("claims.root", "..")).resolve("seeds");

    record Run(int code, String out, String err) {
    }

    /**
     * The arguments with {@code --pack soviet} added to a command that reads a corpus, so that these tests assert the
     * figures of the seeds with the knowledge they were written with (the default pack alone is tested apart).
     */
    static String[] withSovietPack(String... args) {
        if (args.length == 0 || !java.util.Set.of("check", "extract", "eval", "cite").contains(args[0])
                || java.util.Arrays.asList(args).contains("--pack") || java.util.Arrays.asList(args).contains("--help")) {
            return args;
        }
        String[] out = java.util.Arrays.copyOf(args, args.length + 2);
        out[args.length] = "--pack";
        out[args.length + 1] = "soviet";
        return out;
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ClaimsCommand.run(withSovietPack(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkSeedsAsJsonFollowsTheContract() throws Exception {
        Run r = run("check", SEEDS.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("claims", root.get("tool").get("name").asText());
        assertEquals(5, root.get("documents").size());
        assertEquals(5, root.get("summary").get("documents").asInt());
        int uncited = 0;
        for (JsonNode f : root.get("findings")) {
            uncited += f.get("rule").asText().equals("uncited-claim") ? 1 : 0;
        }
        int perDocument = 0;
        for (JsonNode d : root.get("documents")) {
            perDocument += d.get("uncitedClaims").asInt();
        }
        assertTrue(uncited > 0, "003 states facts without notes");
        assertEquals(uncited, root.get("summary").get("uncitedClaims").asInt());
        assertEquals(uncited, perDocument);
        for (JsonNode f : root.get("findings")) {
            assertTrue(f.get("evidence").size() >= 1);
            for (JsonNode e : f.get("evidence")) {
                assertTrue(e.get("line").asInt() >= 1 && e.get("column").asInt() >= 1);
            }
        }
    }

    @Test
    void nonexistentPathIsOneClearLineAndExit2() {
        Run r = run("check", "/nonexistent/corpus");
        assertEquals(2, r.code());
        assertEquals("claims: /nonexistent/corpus: no such file or directory\n", r.err());
    }

    @Test
    void emptyDirectoryHasNothingToRead(@TempDir Path dir) {
        Run r = run("check", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nothing to read"), r.err());
    }

    @Test
    void unknownFailOnValueIsAUsageError() {
        Run r = run("check", SEEDS.toString(), "--fail-on", "sometimes");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("claims: "), r.err());
    }

    @Test
    void failOnAnyExitsOneWhenThereAreFindingsOfThatLevel(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The United States recognized the Soviet Union on November 16, 1933.\n");
        Files.writeString(dir.resolve("b.txt"), "The United States recognized the Soviet Union on November 17, 1933.\n");
        assertEquals(1, run("check", dir.toString(), "--fail-on", "contradiction").code());
        assertEquals(0, run("check", dir.toString(), "--fail-on", "none").code());
    }

    @Test
    void extractPrintsNotesAndClaimsPerDocument() throws Exception {
        Run r = run("extract", SEEDS.resolve("003_dfd405f7cf95968d.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out()).get("documents").get(0);
        assertEquals("003_dfd405f7cf95968d.txt", doc.get("id").asText());
        assertTrue(doc.get("notes").size() > 0);
    }

    @Test
    void extractAppliesTheConfigurationsOffices(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"),
                "In 1933, Commissar for Foreign Affairs Maxim Litvinov travelled to Washington.\n");
        Path config = Files.writeString(dir.resolve("my-claims.json"), "{\"offices\": [{\"canonical\": \"Narkom of"
                + " Foreign Affairs\", \"country\": \"USSR\", \"from\": 1917, \"to\": 1946,"
                + " \"aliases\": [\"Commissar for Foreign Affairs\"]}]}");
        Run plain = run("extract", doc.toString());
        Run configured = run("extract", doc.toString(), "--config", config.toString());
        assertEquals(0, configured.code(), configured.err());
        assertTrue(plain.out().contains("\"normalized\" : \"People's Commissar for Foreign Affairs (USSR)\""), plain.out());
        assertTrue(configured.out().contains("\"normalized\" : \"Narkom of Foreign Affairs\""), configured.out());
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().startsWith("claims "));
        Run help = run("check", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--fail-on"));
    }
}
