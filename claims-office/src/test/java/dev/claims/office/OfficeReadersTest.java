package dev.claims.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.load.LoadResult;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.structure.FormatStructurer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The essay written by LibreOffice as .docx and .odt (fixtures/formats/make.sh) yields the same title, markers, notes
 * and bibliography as its plain-text version: essay.expected.json.
 */
class OfficeReadersTest {
    private static final Path DIR = Path.of("..", "fixtures", "formats");
    private static final ObjectMapper JSON = new ObjectMapper();

    static LoadResult load(String... names) {
        return new FileSystemLoader(LoadOptions.DEFAULTS).load(List.of(names).stream().map(DIR::resolve).toList());
    }

    /** Title, marker labels, notes and bibliography of a document, in the form of essay.expected.json. */
    static JsonNode outline(Document d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", d.title());
        d.markers().forEach(m -> o.withArray("markers").add(m.label()));
        d.notes().forEach(n -> o.withArray("notes").addObject().put("label", n.label()).put("text", n.text()));
        d.bibliography().forEach(b -> o.withArray("bibliography").add(b.text()));
        return o;
    }

    static JsonNode expected(String name) throws Exception {
        ObjectNode e = (ObjectNode) JSON.readTree(DIR.resolve(name).toFile());
        e.remove("comment");
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"essay.docx", "essay.odt", "essay.fodt"})
    void theEssayReadsAsItsPlainTextVersion(String name) throws Exception {
        LoadResult r = load(name);
        assertEquals(List.of(), r.skipped());
        assertEquals(InputFormat.MARKDOWN, r.documents().get(0).format());
        assertEquals(expected("essay.expected.json"), outline(new FormatStructurer().structure(r.documents().get(0))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"endnotes.docx", "endnotes.odt", "endnotes.fodt"})
    void footnotesAndEndnotesKeepTheirMarks(String name) throws Exception {
        Document d = new FormatStructurer().structure(load(name).documents().get(0));
        assertEquals(JSON.readTree("""
                {"title": "Notes on the Ferry", "markers": ["1", "i", "2"],
                 "notes": [{"label": "1", "text": "Parish register, *Kelmarsh Vestry Book*, 1871."},
                           {"label": "i", "text": "The deed of sale names her brother as witness."},
                           {"label": "2", "text": "Ibid., 1892."}]}"""), outline(d));
        assertEquals(List.of("The ferry to Kelmarsh ran twice a day from 1871.", "Its owner, Ruth Calder, sold it in 1890.",
                "The new owner doubled the fare.", "A toll of one penny for a passenger.", "A toll of four pence for a cart."),
                d.sentences().stream().map(s -> s.text()).toList());
    }

    @Test
    void aZipBombIsSkippedWithItsReason() {
        LoadResult r = load("bomb.docx", "essay.odt");
        assertEquals(1, r.documents().size());
        assertEquals("refused as a zip bomb (a part would expand more than a hundredfold)", r.skipped().get(0).problem());
    }

    @Test
    void whatIsNotAnOfficeFileSaysSo() {
        DocxReader docx = new DocxReader();
        assertEquals("not a Word .docx file (not an Office Open XML package)",
                org.junit.jupiter.api.Assertions.assertThrows(dev.claims.load.FormatReader.Unreadable.class,
                        () -> docx.read("plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8), dev.claims.load.Limits.DEFAULTS)).problem());
    }
}
