package dev.claims.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.load.LoadResult;
import dev.claims.model.Document;
import dev.claims.model.Sentence;
import dev.claims.model.Skipped;
import dev.claims.structure.FormatStructurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The essay typeset by LaTeX and printed by LibreOffice (fixtures/formats/make.sh; in each a note runs over a page
 * break) yields the notes, markers and bibliography of essay.expected.json and the sentences of essay.txt; broken and
 * hostile PDFs are skipped with their reasons.
 */
class PdfReaderTest {
    private static final Path DIR = Path.of("..", "fixtures", "formats");

    private static LoadResult load(String... names) {
        return new FileSystemLoader(LoadOptions.DEFAULTS).load(List.of(names).stream().map(DIR::resolve).toList());
    }

    private static Document structured(String name) {
        LoadResult r = load(name);
        assertEquals(List.of(), r.skipped());
        return new FormatStructurer().structure(r.documents().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"essay-latex.pdf", "essay-libreoffice.pdf"})
    void theEssayReadsAsItsPlainTextVersion(String name) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("essay.expected.json").toFile());
        Document d = structured(name);
        assertEquals(expected.get("title").asText(), d.title());
        List<String> markers = new ArrayList<>();
        expected.get("markers").forEach(m -> markers.add(m.asText()));
        assertEquals(markers, d.markers().stream().map(m -> m.label()).toList());
        List<String> notes = new ArrayList<>();
        expected.get("notes").forEach(n -> notes.add(n.get("label").asText() + " " + n.get("text").asText()));
        assertEquals(notes, d.notes().stream().map(n -> n.label() + " " + n.text()).toList());
        List<String> bibliography = new ArrayList<>();
        expected.get("bibliography").forEach(b -> bibliography.add(b.asText()));
        assertEquals(bibliography, d.bibliography().stream().map(b -> b.text()).toList());
        assertEquals(structured("essay.txt").sentences().stream().map(Sentence::text).toList(),
                d.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void pagesAreMarkedAndTheWarningSaysWhatPositionsMean() {
        LoadResult r = load("essay-latex.pdf");
        assertEquals(List.of("text extracted from a PDF of 3 pages; positions are lines of that text, where"
                + " <!-- page N --> marks the first paragraph of page N"), r.documents().get(0).warnings());
        String text = r.documents().get(0).text();
        assertTrue(text.startsWith("<!-- page 1 -->\n\n# The Harbour Survey of 1852\n\n"), text);
        assertEquals(List.of("<!-- page 1 -->", "<!-- page 2 -->", "<!-- page 3 -->"),
                text.lines().filter(l -> l.startsWith("<!--")).toList());
    }

    @Test
    void brokenAndHostilePdfsAreSkippedWithTheirReasonsAndTheRestIsRead() {
        LoadResult r = load("truncated.pdf", "encrypted.pdf", "no-text.pdf", "bomb-pages.pdf", "bomb-nested.pdf", "essay.txt");
        assertEquals(List.of("essay.txt"), r.documents().stream().map(d -> d.id()).toList());
        Map<String, String> reasons = new TreeMap<>();
        for (Skipped s : r.skipped()) {
            reasons.put(s.id(), s.problem());
        }
        assertEquals(Map.of(
                "truncated.pdf", "truncated PDF (no %%EOF end marker: the file was cut off)",
                "encrypted.pdf", "encrypted PDF that needs a password to open; save an unprotected copy",
                "no-text.pdf", "no text layer (a scan or images only); run OCR first",
                "bomb-pages.pdf", "a PDF of 1000000000 pages, more than the 10000 claims reads",
                "bomb-nested.pdf", "not a readable PDF (Missing root object specification in trailer.)"), reasons);
    }
}
