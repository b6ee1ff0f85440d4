package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiteCommandTest {
    @Test
    void exportsTheSeedsWorksAsCslJson() throws Exception {
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("cite", ClaimsCommandTest.SEEDS.resolve("003_dfd405f7cf95968d.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode items = new ObjectMapper().readTree(r.out());
        assertEquals(20, items.size()); // 19 bibliography works + Churchill's speech, cited only in note 68
        assertEquals("butler2006dear", items.get(0).get("id").asText());
        assertEquals("Butler", items.get(0).get("editor").get(0).get("family").asText());
    }

    @Test
    void writesBibTexToAFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("works.bib");
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("cite", ClaimsCommandTest.SEEDS.resolve("000_15c50b5358dc4dcb.txt").toString(),
                "--format", "bibtex", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String bib = Files.readString(out);
        assertEquals(10, bib.split("\n@").length);
        assertTrue(bib.startsWith("@book{bennett1970recognition,\n  author = {Bennett, Edward M.},"), bib);
        assertTrue(bib.contains("author = {Sibley, Katherine A. S.}"));
    }

    @Test
    void rejectsAnUnknownFormat() {
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("cite", ClaimsCommandTest.SEEDS.toString(), "--format", "ris");
        assertEquals(2, r.code());
        assertEquals("claims: unknown format 'ris': use csl-json or bibtex", r.err().strip());
    }
}
