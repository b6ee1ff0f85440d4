package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files people have (fixtures/formats): other encodings, and --encoding to say which. */
class FormatsCliTest {
    private static final Path DIR = Path.of("..", "fixtures", "formats");
    /** Every file of fixtures/formats, read or skipped with its reason. */
    private static final Map<String, String> EXPECTED_STATUSES = Map.ofEntries(
            Map.entry("bomb-nested.pdf", "skipped: not a readable PDF (Missing root object specification in trailer.)"),
            Map.entry("bomb-pages.pdf", "skipped: a PDF of 1000000000 pages, more than the 10000 claims reads"),
            Map.entry("bomb.docx", "skipped: refused as a zip bomb (a part would expand more than a hundredfold)"),
            Map.entry("cites-part.tex", "skipped: a part of cites.tex, read there (\\input)"),
            Map.entry("cites.bib", "skipped: a .bib data file, not a document (claims reads documents: text, HTML, MediaWiki, Markdown, LaTeX, PDF, Word; --input-format reads it anyway)"),
            Map.entry("cites.tex", "ok"),
            Map.entry("encrypted.pdf", "skipped: encrypted PDF that needs a password to open; save an unprotected copy"),
            Map.entry("endnotes.docx", "ok"),
            Map.entry("endnotes.fodt", "ok"),
            Map.entry("endnotes.odt", "ok"),
            Map.entry("essay-latex.pdf", "ok"),
            Map.entry("essay-libreoffice.pdf", "ok"),
            Map.entry("essay.docx", "ok"),
            Map.entry("essay.expected.json", "skipped: a .json data file, not a document (claims reads documents: text, HTML, MediaWiki, Markdown, LaTeX, PDF, Word; --input-format reads it anyway)"),
            Map.entry("essay.fodt", "ok"),
            Map.entry("essay.odt", "ok"),
            Map.entry("essay.tex", "ok"),
            Map.entry("essay.txt", "ok"),
            Map.entry("make.sh", "ok"),
            Map.entry("no-text.pdf", "skipped: no text layer (a scan or images only); run OCR first"),
            Map.entry("russian.cp1251.txt", "ok"),
            Map.entry("russian.koi8r.txt", "ok"),
            Map.entry("russian.txt", "ok"),
            Map.entry("truncated.pdf", "skipped: truncated PDF (no %%EOF end marker: the file was cut off)"));

    private static JsonNode document(HostileCliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @Test
    void koi8rIsDetectedAndSaysSo() throws Exception {
        JsonNode d = document(HostileCliTest.run("check", DIR.resolve("russian.koi8r.txt").toString(), "--format", "json"));
        assertEquals("ok", d.get("status").asText());
        assertEquals("not valid UTF-8; decoded as KOI8-R (detected)", d.get("problem").asText());
        assertEquals("Мельница на реке Сороти", d.get("title").asText());
    }

    @Test
    void anEncodingGivenIsUsed() throws Exception {
        JsonNode d = document(HostileCliTest.run("check", DIR.resolve("russian.cp1251.txt").toString(), "--format", "json",
                "--encoding", "cp1251"));
        assertEquals("decoded as windows-1251 (set with --encoding)", d.get("problem").asText());
        assertEquals("Мельница на реке Сороти", d.get("title").asText());
    }

    private static JsonNode report(String... args) throws Exception {
        HostileCliTest.Run r = HostileCliTest.run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aFolderOfEveryFormatIsReadOrSkippedFileByFile() throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode d : report("check", DIR.toString(), "--format", "json").get("documents")) {
            statuses.put(d.get("id").asText(), d.get("status").asText()
                    + (d.get("status").asText().equals("skipped") ? ": " + d.get("problem").asText() : ""));
        }
        assertEquals(EXPECTED_STATUSES, statuses);
    }

    /** The findings of one document, its name taken out of their messages and subjects. */
    private static List<String> findings(String name) throws Exception {
        JsonNode r = report("check", DIR.resolve(name).toString(), "--format", "json");
        List<String> out = new ArrayList<>();
        out.add("claims: " + r.get("summary").get("claims").asText());
        for (JsonNode f : r.get("findings")) {
            out.add((f.get("rule").asText() + " " + f.get("subject").asText() + ": " + f.get("message").asText()).replace(name, "ESSAY"));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"essay.tex", "essay.docx", "essay.odt", "essay.fodt", "essay-latex.pdf", "essay-libreoffice.pdf"})
    void everyVersionOfTheEssayHasTheFindingsOfThePlainText(String name) throws Exception {
        assertEquals(findings("essay.txt"), findings(name));
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        HostileCliTest.Run r = HostileCliTest.run("check", DIR.toString(), "--encoding", "martian");
        assertEquals(2, r.code());
        assertEquals("claims: Invalid value for option '--encoding': 'martian' is not an encoding this Java knows"
                + " (examples: UTF-8, windows-1251, KOI8-R, ISO-8859-2, UTF-16LE)", r.err().lines().findFirst().orElse(""));
    }
}
