package dev.claims.citation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.citation.CorpusWorks;
import dev.claims.model.Work;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds' works, de-duplicated across documents, exported as CSL-JSON (schema-valid) and BibTeX. */
class ExportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<CorpusWorks.Entry> entries;
    private static List<Work> works;

    @BeforeAll
    static void extract() {
        entries = CorpusWorks.of(Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(TestPaths.seeds())).documents());
        works = entries.stream().map(CorpusWorks.Entry::work).toList();
    }

    @Test
    void worksAreDeduplicatedAcrossDocuments() {
        // 000: 10 reading-list books; 001: 1 link in a note + 2 Works Cited links; 003: 19 bibliography works + 1 work
        // cited only in a note (Churchill's speech); Sibley's book is in 000 and 003
        CorpusWorks.Entry loans = entries.stream().filter(e -> e.work().title().equals("Loans and Legitimacy")).findFirst().orElseThrow();
        assertEquals(List.of("000_15c50b5358dc4dcb.txt", "003_dfd405f7cf95968d.txt"), loans.documentIds());
        assertEquals(3, loans.descriptions().size()); // 000's entry, 003's entry, note 11 (note 12 and 13 are short)
        assertEquals("Sibley", loans.work().authors().get(0).family());
        assertEquals(1, entries.stream().filter(e -> e.work().title().equals("Roosevelt and Stalin")).count());
        assertEquals(2, entries.stream().filter(e -> e.work().authors().stream().anyMatch(a -> a.family().equals("Glantz"))).count());
    }

    @Test
    void cslJsonIsValidAgainstTheSchema() throws Exception {
        StringWriter out = new StringWriter();
        new CslJsonExporter().write(works, out);
        JsonNode json = JSON.readTree(out.toString());
        JsonSchema schema;
        try (InputStream in = ExportersTest.class.getResourceAsStream("/schemas/csl-data.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
        Set<ValidationMessage> problems = schema.validate(json);
        assertEquals(Set.of(), problems);
        assertEquals(works.size(), json.size());
        JsonNode butler = null;
        for (JsonNode item : json) {
            if (item.get("id").asText().equals("butler2015roosevelt")) {
                butler = item;
            }
        }
        assertEquals("{\"id\":\"butler2015roosevelt\",\"type\":\"book\",\"title\":\"Roosevelt and Stalin: Portrait of a Partnership\","
                + "\"author\":[{\"family\":\"Butler\",\"given\":\"Susan\"}],\"publisher\":\"Knopf Doubleday\","
                + "\"publisher-place\":\"New York\",\"issued\":{\"date-parts\":[[2015]]}}", JSON.writeValueAsString(butler));
        // an invalid item is caught by the same schema (the test can fail)
        assertTrue(!schema.validate(JSON.readTree("[{\"id\":\"x\",\"type\":\"not-a-type\"}]")).isEmpty());
    }

    @Test
    void bibTexEscapesAndTypes() {
        String bib = BibTexExporter.toBibTex(works);
        assertTrue(bib.contains("@book{butler2015roosevelt,\n  author = {Butler, Susan},\n  title = {Roosevelt and Stalin:"
                + " Portrait of a Partnership},\n  publisher = {Knopf Doubleday},\n  address = {New York},\n  year = {2015}\n}\n"), bib);
        assertTrue(bib.contains("publisher = {Taylor \\& Francis Group}"));
        assertTrue(bib.contains("@article{fischer1950genesis,\n  author = {Fischer, George},\n  title = {Genesis of U. S.-Soviet"
                + " Relations in World War II},\n  journal = {The Review of Politics},\n  volume = {12},\n  number = {3},\n"
                + "  pages = {363--78},\n  year = {1950}\n}"), bib);
        assertEquals(works.size(), bib.split("\n@").length);
        assertEquals("100\\% \\& \\_x\\_ \\{y\\}", BibTexExporter.escape("100% & _x_ {y}"));
    }
}
