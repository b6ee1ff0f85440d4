package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.cli.ClaimsCommandTest.Run;
import dev.claims.progress.ProgressListener.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command's CI behaviour: formats, output directory, exit codes, baselines, config, determinism. */
class CheckCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FORMATS = List.of("text", "json", "markdown", "html", "sarif", "junit", "github");

    @TempDir
    Path dir;

    /** Two documents that date the recognition differently (a contradiction) or the same (an agreement). */
    private Path corpus(String name, String secondDate) throws Exception {
        Path c = Files.createDirectories(dir.resolve(name));
        Files.writeString(c.resolve("a.txt"), "The United States recognized the Soviet Union on November 16, 1933.\n");
        Files.writeString(c.resolve("b.txt"), "The United States recognized the Soviet Union on " + secondDate + ".\n");
        return c;
    }

    private static JsonNode json(Run r) throws Exception {
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        return MAPPER.readTree(r.out());
    }

    @Test
    void exitCodeForEachFailOnLevel() throws Exception {
        Path contradiction = corpus("c", "November 17, 1933");
        Path agreement = corpus("a", "November 16, 1933");
        Path citation = Files.createDirectories(dir.resolve("n"));
        Files.writeString(citation.resolve("essay.txt"), "The Essay\n\nStalin met Roosevelt at Tehran.\u00b9 They spoke"
                + " again at Yalta.\u00b2\n\nNotes\n\n\u00b2 Jones, Yalta, 40.\n");
        JsonNode onlyCitations = json(run("check", citation.toString(), "--format", "json")).get("summary");
        assertTrue(onlyCitations.get("citations").asInt() >= 1, "a marker without a note: " + onlyCitations);
        assertEquals(0, onlyCitations.get("contradictions").asInt());

        Map<String, Integer> expected = Map.of("none", 0, "contradiction", 1, "citation", 1, "any", 1);
        Map<String, Integer> expectedForCitations = Map.of("none", 0, "contradiction", 0, "citation", 1, "any", 1);
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), run("check", contradiction.toString(), "--fail-on", e.getKey()).code(), e.getKey());
            assertEquals(expectedForCitations.get(e.getKey()),
                    run("check", citation.toString(), "--fail-on", e.getKey()).code(), "citations: " + e.getKey());
            assertEquals(0, run("check", agreement.toString(), "--fail-on", e.getKey()).code(),
                    "agreements never fail: " + e.getKey());
        }
    }

    @Test
    void maxFindingsToleratesUpToN() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        assertEquals(0, run("check", c.toString(), "--max-findings", "1").code());
        assertEquals(1, run("check", c.toString(), "--max-findings", "0").code());
        assertEquals(0, run("check", c.toString(), "--fail-on", "contradiction", "--max-findings", "1").code());
        assertEquals(1, run("check", c.toString(), "--fail-on", "any", "--max-findings", "0").code());
        Run negative = run("check", c.toString(), "--max-findings", "-1");
        assertEquals(2, negative.code());
        assertEquals("claims: --max-findings must be 0 or more, not -1\n", negative.err());
    }

    @Test
    void severalFormatsGoToTheOutputDirectory() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Path out = dir.resolve("out");
        Run r = run("check", c.toString(), "--format", "json,html", "--format", "sarif", "--format",
                "markdown,junit,github,text", "--output-dir", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("report.github.txt", "report.html", "report.json", "report.junit.xml", "report.md",
                    "report.sarif", "report.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode json = MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(1, json.get("summary").get("contradictions").asInt());
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Contradictions (1)"));
    }

    @Test
    void formatUsageErrors() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Run several = run("check", c.toString(), "--format", "json,html");
        assertEquals(2, several.code());
        assertEquals("claims: several formats need --output-dir DIR (one file per format)\n", several.err());
        Run unknown = run("check", c.toString(), "--format", "pdf");
        assertEquals(2, unknown.code());
        assertEquals("claims: unknown format pdf (available: github, html, json, junit, markdown, sarif, text)\n",
                unknown.err());
        Run both = run("check", c.toString(), "-o", dir.resolve("x").toString(), "--output-dir", dir.toString());
        assertEquals(2, both.code());
    }

    @Test
    void baselineRoundTrip() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Path baseline = dir.resolve("ci/baseline.json");
        Run write = run("check", c.toString(), "--write-baseline", baseline.toString(), "--fail-on", "contradiction");
        assertEquals(1, write.code(), "writing a baseline does not hide the findings of this run");
        JsonNode written = MAPPER.readTree(baseline.toFile());
        assertEquals(1, written.get("findings").size());
        String id = written.get("findings").get(0).get("id").asText();
        assertEquals("date-mismatch", written.get("findings").get(0).get("rule").asText());

        Run known = run("check", c.toString(), "--baseline", baseline.toString(), "--fail-on", "contradiction",
                "--format", "json");
        assertEquals(0, known.code(), known.err());
        JsonNode report = json(known);
        assertEquals(0, report.get("summary").get("contradictions").asInt());
        assertEquals(1, report.get("baseline").get("suppressed").asInt());
        assertEquals(0, report.get("baseline").get("absent").size());

        Files.writeString(c.resolve("b.txt"), "The United States recognized the Soviet Union on November 18, 1933.\n");
        Run changed = run("check", c.toString(), "--baseline", baseline.toString(), "--fail-on", "contradiction",
                "--format", "json");
        assertEquals(1, changed.code(), "a new contradiction fails");
        JsonNode after = json(changed);
        assertEquals(1, after.get("summary").get("contradictions").asInt());
        assertEquals(id, after.get("baseline").get("absent").get(0).get("id").asText());
        assertTrue(changed.err().contains("  no longer found: " + id + " date-mismatch: "), changed.err());
        assertEquals("", run("check", c.toString(), "--baseline", baseline.toString(), "--quiet").err());
    }

    @Test
    void idsAndReportsAreIdenticalWhateverTheInputOrder() throws Exception {
        Path seeds = ClaimsCommandTest.SEEDS;
        Path c = corpus("c", "November 17, 1933");
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            s.sorted().forEach(p -> inputs.add(p.toString()));
        }
        inputs.add(c.toString());
        List<String> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(inputs);
        assertFalse(inputs.equals(shuffled));
        Path first = output(inputs, "first");
        Path second = output(shuffled, "second");
        for (String name : List.of("report.txt", "report.json", "report.md", "report.html", "report.sarif",
                "report.junit.xml", "report.github.txt")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertTrue(Files.readString(first.resolve("report.json")).contains("\"rule\" : \"date-mismatch\""),
                "the added document's November 17 contradicts the seeds' November 16");
    }

    private Path output(List<String> inputs, String name) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(inputs);
        args.addAll(List.of("--format", String.join(",", FORMATS), "--output-dir", dir.resolve(name).toString(),
                "--threads", name.equals("first") ? "1" : "3"));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return dir.resolve(name);
    }

    @Test
    void timestampOnlyWhenAsked() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        assertFalse(run("check", c.toString(), "--format", "json").out().contains("\"generated\""));
        JsonNode stamped = json(run("check", c.toString(), "--format", "json", "--timestamp"));
        assertTrue(stamped.get("generated").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void configKeysChangeTheRun() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Files.writeString(c.resolve("c.md"), "# Notes\n\nNothing dated here.\n");
        Path cfg = dir.resolve("claims.json");

        Files.writeString(cfg, "{\"includes\": [\"*.txt\"]}");
        JsonNode included = json(run("check", c.toString(), "--config", cfg.toString(), "--format", "json"));
        assertEquals(2, included.get("documents").size());

        Files.writeString(cfg, "{\"excludes\": [\"b.txt\"]}");
        JsonNode excluded = json(run("check", c.toString(), "--config", cfg.toString(), "--format", "json"));
        assertEquals(List.of("a.txt", "c.md"), excluded.get("documents").findValuesAsText("id"));
        assertEquals(0, excluded.get("summary").get("contradictions").asInt());

        Files.writeString(cfg, "{\"rules\": {\"date-mismatch\": \"warning\"}}");
        JsonNode warned = json(run("check", c.toString(), "--config", cfg.toString(), "--format", "json"));
        assertEquals("warning", warned.get("findings").get(0).get("severity").asText());

        Files.writeString(cfg, "{\"rules\": {\"date-mismatch\": \"off\"}}");
        assertEquals(0, run("check", c.toString(), "--config", cfg.toString(), "--fail-on", "contradiction").code());

        Files.writeString(cfg, "{\"offices\": [{\"title\": \"Foreign Commissar\"}],"
                + " \"aliases\": {\"Maxim Litvinov\": [\"Litinov\"]}, \"referenceFacts\": []}");
        assertEquals(1, run("check", c.toString(), "--config", cfg.toString(), "--fail-on", "contradiction").code());
    }

    @Test
    void configErrorsNameTheFileAndTheProblem() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Path cfg = dir.resolve("claims.json");
        Files.writeString(cfg, "{\"exclude\": []}");
        Run unknownKey = run("check", c.toString(), "--config", cfg.toString());
        assertEquals(2, unknownKey.code());
        assertEquals("claims: " + cfg + ": unknown key \"exclude\" (known keys: aliases, events, excludes, includes,"
                + " offices, packs, referenceFacts, rules)\n", unknownKey.err());
        Run missing = run("check", c.toString(), "--config", dir.resolve("none.json").toString());
        assertEquals(2, missing.code());
        assertEquals("claims: " + dir.resolve("none.json") + ": configuration file not found\n", missing.err());
        Files.writeString(cfg, "{\"rules\": {\"date-mismatch-typo\": \"off\"}}");
        Run unknownRule = run("check", c.toString(), "--config", cfg.toString());
        assertEquals(2, unknownRule.code());
        assertTrue(unknownRule.err().contains("unknown rule \"date-mismatch-typo\""), unknownRule.err());
        Files.writeString(cfg, "{\"includes\": [\"*.pdf\"]}");
        Run nothing = run("check", c.toString(), "--config", cfg.toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("claims: nothing to read"), nothing.err());
    }

    @Test
    void listRulesNeedsNoPaths() {
        Run r = run("check", "--list-rules");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("date-mismatch +contradiction +error +\\S.*")), r.out());
    }

    @Test
    void colourAndProgressOnlyOnAnInteractiveTerminal() {
        assertTrue(Terminal.colour(true, Map.of()));
        assertFalse(Terminal.colour(false, Map.of()));
        assertFalse(Terminal.colour(true, Map.of("NO_COLOR", "1")));
        assertTrue(Terminal.colour(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR does not count");
        assertFalse(Terminal.colour(true, Map.of("TERM", "dumb")));
        assertTrue(Terminal.progress(true, Map.of(), false));
        assertFalse(Terminal.progress(true, Map.of("CI", "true"), false));
        assertFalse(Terminal.progress(true, Map.of(), true));
        assertFalse(Terminal.progress(false, Map.of(), false));
        assertTrue(Terminal.progress(true, Map.of("CI", "false"), false));
    }

    @Test
    void progressLineShowsDocumentsClaimsAndComparisons() {
        Map<Stage, int[]> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.READ, new int[] {3, 5});
        assertEquals("claims: [############--------] 3/5 documents · 120 claims · 2.4s",
                ProgressBar.line(Stage.READ, stages, 120, 2.4));
        stages.put(Stage.COMPARE, new int[] {0, 0});
        assertEquals("claims: comparing claims · 3 documents · 120 claims · 3.0s",
                ProgressBar.line(Stage.COMPARE, stages, 120, 3.0));
    }

    @Test
    void nothingButTheReportOnStdoutAndNoColourWhenNotATerminal() throws Exception {
        Path c = corpus("c", "November 17, 1933");
        Run r = run("check", c.toString());
        assertEquals("", r.err());
        assertFalse(r.out().contains("\u001b"));
        assertTrue(r.out().contains("a.txt:1:50: \"November 16, 1933\""), r.out());
        Run always = run("check", c.toString(), "--color", "always");
        assertTrue(always.out().contains("\u001b[31mcontradiction\u001b[0m"), always.out());
        assertFalse(run("check", c.toString(), "--color", "never").out().contains("\u001b"));
    }
}
