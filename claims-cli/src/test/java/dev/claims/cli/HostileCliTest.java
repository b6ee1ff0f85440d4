package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.report.DocumentEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line on unreadable and oversized input: every file accounted for, limits that can be raised. */
class HostileCliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ClaimsCommand.run(ClaimsCommandTest.withSovietPack(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> documents(Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> m = new TreeMap<>();
        root.get("documents").forEach(d -> m.put(d.get("id").asText(), d));
        assertEquals(root.get("documents").size(), root.get("summary").get("documents").asInt());
        long skipped = m.values().stream().filter(d -> d.get("status").asText().equals("skipped")).count();
        assertEquals(skipped, root.get("summary").get("skipped").asLong());
        return m;
    }

    private static Path corpus(Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "The United States recognized the Soviet Union on November 16, 1933.\n");
        Files.write(dir.resolve("binary.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("big.txt"), "word ".repeat(2000));
        Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(600) + "x" + "</div>".repeat(600) + "</body></html>");
        Files.write(dir.resolve("latin.txt"), "The caf\u00e9 closed.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        byte[] utf16 = "The United States recognized the Soviet Union on November 16, 1933.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("utf16.txt"), withBom);
        return dir;
    }

    @Test
    void everyFileAppearsWithItsStatusAndReason(@TempDir Path dir) throws Exception {
        Map<String, JsonNode> docs = documents(run("check", corpus(dir).toString(), "--format", "json"));
        assertEquals(List.of("big.txt", "binary.png", "deep.html", "empty.txt", "good.txt", "latin.txt", "utf16.txt"),
                List.copyOf(docs.keySet()));
        assertEquals("ok", docs.get("utf16.txt").get("status").asText());
        assertEquals("decoded as UTF-16LE (byte order mark)", docs.get("utf16.txt").get("problem").asText());
        assertEquals(docs.get("good.txt").get("claims").asInt(), docs.get("utf16.txt").get("claims").asInt());
        assertTrue(docs.get("good.txt").get("claims").asInt() > 0);
        assertEquals("ok", docs.get("good.txt").get("status").asText());
        assertTrue(docs.get("good.txt").get("problem").isNull());
        assertEquals("ok", docs.get("big.txt").get("status").asText());
        assertEquals("ok", docs.get("latin.txt").get("status").asText());
        assertEquals("not valid UTF-8; decoded as windows-1252", docs.get("latin.txt").get("problem").asText());
        assertEquals("skipped", docs.get("binary.png").get("status").asText());
        assertEquals("a PNG image, not a text document; run OCR on it first and read the text it gives", docs.get("binary.png").get("problem").asText());
        assertEquals("empty file (0 bytes)", docs.get("empty.txt").get("problem").asText());
        assertEquals("HTML nested more than 512 elements deep, over the limit of 512 (raise it with --max-html-depth)",
                docs.get("deep.html").get("problem").asText());
    }

    @Test
    void extractReadsWhatItCanAndExitsZero(@TempDir Path dir) throws Exception {
        Run r = run("extract", corpus(dir).toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> ids = new java.util.ArrayList<>();
        root.get("documents").forEach(d -> ids.add(d.get("id").asText()));
        assertTrue(ids.containsAll(List.of("big.txt", "good.txt", "latin.txt", "utf16.txt")), ids.toString());
        assertFalse(ids.contains("binary.png"), ids.toString());
    }

    @Test
    void limitsAreRaisedAndLoweredFromTheCommandLine(@TempDir Path dir) throws Exception {
        Map<String, JsonNode> docs = documents(run("check", corpus(dir).toString(), "--format", "json",
                "--max-file-size", "8K", "--max-html-depth", "1000"));
        assertEquals("too large: 10000 bytes exceeds the limit of 8192 bytes (raise it with --max-file-size)",
                docs.get("big.txt").get("problem").asText());
        assertEquals("ok", docs.get("deep.html").get("status").asText(), docs.get("deep.html").toString());
        assertEquals("ok", docs.get("good.txt").get("status").asText());
    }

    @Test
    void badLimitValuesAreUsageErrors(@TempDir Path dir) throws Exception {
        corpus(dir);
        Run size = run("check", dir.toString(), "--max-file-size", "lots");
        assertEquals(2, size.code());
        assertTrue(size.err().contains("'lots' is not a size"), size.err());
        Run zero = run("check", dir.toString(), "--max-notes", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().startsWith("claims: every limit must be at least 1"), zero.err());
    }

    @Test
    void helpListsEveryLimit() {
        Run r = run("check", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--max-file-size", "--max-html-depth", "--max-sentence-length", "--max-notes", "--follow-links")) {
            assertTrue(r.out().contains(option), option);
        }
        assertTrue(r.out().contains("default: 50MB"), r.out());
    }

    @Test
    void sizesTakeUnits() {
        InputOptions.ByteSize size = new InputOptions.ByteSize();
        assertEquals(52_428_800L, size.convert("50MB"));
        assertEquals(52_428_800L, size.convert("50m"));
        assertEquals(52_428_800L, size.convert("52428800"));
        assertEquals(512L * 1024, size.convert("512K"));
        assertEquals(2L << 30, size.convert("2GiB"));
        assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("-5"));
        assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("99999999999999999999"));
        assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("9999999999999T"));
    }

    @Test
    void optionsBecomeLimits() {
        CommandLine cl = new CommandLine(new Holder());
        cl.parseArgs("x", "--max-file-size", "2M", "--max-html-depth", "7", "--max-sentence-length", "300", "--max-notes", "9");
        Holder h = cl.getCommand();
        assertEquals(new dev.claims.load.Limits(2L << 20, 7, 300, 9), h.input.limits());
        assertEquals(h.input.limits(), h.input.toOptions().load().limits());
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        InputOptions input;
    }

    @Test
    void skippedDocumentsNamedOnTheCommandLineFailTheRunWalkedOnesWarn(@TempDir Path dir) {
        Path named = dir.resolve("named.txt");
        List<DocumentEntry> docs = List.of(
                new DocumentEntry("good.txt", dir.resolve("good.txt").toString(), "text", "Good", "ok", null, 1, 0, 0),
                new DocumentEntry("named.txt", named.toString(), null, null, "skipped", "empty file (0 bytes)", 0, 0, 0),
                new DocumentEntry("sub/walked.bin", dir.resolve("sub/walked.bin").toString(), null, null, "skipped",
                        "binary file (contains NUL bytes), not a text document", 0, 0, 0));
        List<Path> given = List.of(dir.resolve("sub"), dir.resolve("./named.txt"));

        SkippedPolicy.Verdict strict = SkippedPolicy.judge(given, docs, FailOn.contradiction);
        assertTrue(strict.failed());
        assertEquals(List.of("skipped " + named + ": empty file (0 bytes)"), strict.errors());
        assertEquals(List.of("skipped " + dir.resolve("sub/walked.bin")
                + ": binary file (contains NUL bytes), not a text document (found in a directory)"), strict.warnings());
        StringWriter err = new StringWriter();
        strict.print(new PrintWriter(err));
        assertEquals("claims: warning: " + strict.warnings().get(0) + "\n" + "claims: error: " + strict.errors().get(0) + "\n",
                err.toString().replace(System.lineSeparator(), "\n"));

        SkippedPolicy.Verdict lenient = SkippedPolicy.judge(given, docs, FailOn.none);
        assertFalse(lenient.failed());
        assertEquals(2, lenient.warnings().size());

        SkippedPolicy.Verdict fromExtraction = SkippedPolicy.judgeSkipped(given, List.of(
                new dev.claims.model.Skipped("named.txt", named, "empty file (0 bytes)", true),
                new dev.claims.model.Skipped("sub/walked.bin", dir.resolve("sub/walked.bin"),
                        "binary file (contains NUL bytes), not a text document", false)), FailOn.contradiction);
        assertEquals(strict, fromExtraction);

        SkippedPolicy.Verdict clean = SkippedPolicy.judge(given, docs.subList(0, 1), FailOn.any);
        assertFalse(clean.failed());
        assertEquals(List.of(), clean.warnings());
    }
}
