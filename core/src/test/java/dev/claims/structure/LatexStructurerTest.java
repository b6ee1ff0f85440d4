package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.TestPaths;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.load.LoadResult;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Marker;
import dev.claims.model.RawDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Skipped;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LaTeX sources (fixtures/formats): the essay yields the title, markers, notes, bibliography and sentences of its
 * plain-text version; \cite with a .bib and \input of a sibling file are written out.
 */
class LatexStructurerTest {
    private static final Path DIR = TestPaths.fixtures().resolve("formats");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document structured(String... names) {
        LoadResult r = new FileSystemLoader(LoadOptions.DEFAULTS).load(List.of(names).stream().map(DIR::resolve).toList());
        return new FormatStructurer().structure(r.documents().get(0));
    }

    /** Title, marker labels, notes and bibliography, in the form of essay.expected.json. */
    private static JsonNode outline(Document d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", d.title());
        d.markers().forEach(m -> o.withArray("markers").add(m.label()));
        d.notes().forEach(n -> o.withArray("notes").addObject().put("label", n.label()).put("text", n.text()));
        d.bibliography().forEach(b -> o.withArray("bibliography").add(b.text()));
        return o;
    }

    @Test
    void thePlainTextEssayIsWhatTheExpectationsSay() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(DIR.resolve("essay.expected.json").toFile());
        expected.remove("comment");
        assertEquals(expected, outline(structured("essay.txt")));
        assertEquals(expected, outline(structured("essay.tex")));
    }

    @Test
    void theEssaySourceHasTheSentencesOfThePlainText() {
        Document tex = structured("essay.tex");
        assertEquals(InputFormat.LATEX, tex.format());
        assertEquals(structured("essay.txt").sentences().stream().map(Sentence::text).toList(),
                tex.sentences().stream().map(Sentence::text).toList());
        for (Marker m : tex.markers()) {
            assertTrue(tex.text().startsWith("\\footnote{", m.span().start()), m.toString());
        }
        Sentence first = tex.sentences().get(0);
        assertEquals("In the spring", tex.text().substring(first.span().start(), first.span().start() + 13));
    }

    @Test
    void citationsAreWrittenOutFromTheBibFileAndInputIsReadInPlace() throws Exception {
        Document d = structured("cites.tex");
        assertEquals(JSON.readTree("""
                {"title": "Two Reports on the Basin", "markers": ["1", "2"],
                 "notes": [{"label": "1", "text": "Hale, “Tides and Old Charts,” 35; see also Price, *A History of Lisbourne Harbour*."},
                           {"label": "2", "text": "Price, *A History of Lisbourne Harbour*, 130."}],
                 "bibliography": ["Arden, Thomas. *Soundings of the Eastern Basin*. Lisbourne: Harbour Board Press, 1853.",
                                  "Hale, Margaret. “Tides and Old Charts.” *Journal of Coastal Works* 14, no. 2 (1861): 33–58.",
                                  "Price, Walter. *A History of Lisbourne Harbour*. Bristol: Westgate, 1904."]}"""), outline(d));
        assertEquals("Anna Keller", d.author());
        assertEquals(List.of("Arden measured the basin in 1852 (Arden 1853, 41), and Hale (1861) disputed his soundings.",
                "The board sided with Arden."), d.sentences().stream().map(Sentence::text).toList());
        int input = d.text().indexOf("\\input{cites-part}");
        assertEquals(input, d.sentences().get(1).span().start());
        int bibliography = d.text().indexOf("\\bibliography{cites}");
        assertEquals(bibliography, d.bibliography().get(0).span().start());
    }

    @Test
    void aFileReadThroughInputIsListedAsAPart() {
        LoadResult r = new FileSystemLoader(LoadOptions.DEFAULTS).load(List.of(DIR));
        Skipped part = r.skipped().stream().filter(s -> s.id().equals("cites-part.tex")).findFirst().orElseThrow();
        assertEquals("a part of cites.tex, read there (\\input)", part.problem());
        Skipped bib = r.skipped().stream().filter(s -> s.id().equals("cites.bib")).findFirst().orElseThrow();
        assertTrue(bib.problem().startsWith("a .bib data file, not a document"), bib.problem());
    }

    @Test
    void aMissingBibFileIsAWarningAndTheKeysStay() {
        String tex = "\\begin{document}\nAs shown.\\footnote{\\cite[3]{nobody}.}\n\\bibliography{missing}\n\\end{document}\n";
        Document d = new LatexStructurer().structure(new RawDocument("x.tex", DIR.resolve("x.tex"), tex, InputFormat.LATEX, List.of()));
        assertEquals(List.of("bibliography missing not found beside the source; citations of it are left as keys"), d.warnings());
        assertEquals("[nobody].", d.notes().get(0).text());
    }

    @Test
    void typographyCommentsAndAccentsAreSpelledOut() {
        String tex = "Caf\\'e ``Ros\\\"e'' -- 1920---21 \\emph{ici}~50\\,\\% % a comment\nand\\ldots{} done.";
        Document d = new LatexStructurer().structure(new RawDocument("t.tex", null, tex, InputFormat.LATEX, List.of()));
        assertEquals(List.of("Café “Rosë” – 1920—21 ici 50 % and… done."), d.sentences().stream().map(Sentence::text).toList());
        assertEquals("LaTeX comment", d.noise().get(0).reason());
    }
}
