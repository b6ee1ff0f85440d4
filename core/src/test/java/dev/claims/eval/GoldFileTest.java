package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.generate.GoldWriter;
import dev.claims.model.FindingKind;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldFileTest {
    static final Path SRC = Path.of("gold.json");

    @Test
    void readsRowsWithOptionalFields() {
        GoldFile g = GoldFile.parse(SRC, """
                {"description": "two rows",
                 "rows": [
                   {"id": "recognition-date", "kind": "agreement", "rule": "date-agreement", "subject": "recognition",
                    "evidence": [{"document": "a.txt", "quote": "November 16, 1933"},
                                 {"document": "b.txt", "quote": "16 November 1933"}]},
                   {"id": "office", "kind": "CONTRADICTION", "rule": "", "note": "shifted",
                    "evidence": [{"document": "a.txt", "quote": "Secretary"}]}]}
                """);
        assertEquals("two rows", g.description());
        assertEquals(2, g.rows().size());
        GoldRow r = g.rows().get(0);
        assertEquals("recognition-date", r.id());
        assertEquals(FindingKind.AGREEMENT, r.kind());
        assertEquals("date-agreement", r.rule());
        assertEquals(List.of(new GoldEvidence("a.txt", "November 16, 1933"), new GoldEvidence("b.txt", "16 November 1933")),
                r.evidence());
        assertEquals(2, r.required());
        GoldRow o = g.rows().get(1);
        assertEquals(FindingKind.CONTRADICTION, o.kind());
        assertNull(o.rule(), "a blank rule means any rule");
        assertNull(o.subject());
        assertEquals("shifted", o.note());
        assertEquals(1, o.required());
    }

    @Test
    void rejectsBrokenFilesNamingTheRow() {
        assertEquals("gold.json: duplicate row id 'x'", message("""
                {"rows": [{"id": "x", "kind": "variant", "evidence": [{"document": "a", "quote": "q"}]},
                          {"id": "x", "kind": "variant", "evidence": [{"document": "a", "quote": "q"}]}]}"""));
        assertEquals("gold.json: row 'x' has kind 'opinion' (expected agreement, contradiction, variant or citation)",
                message("{\"rows\": [{\"id\": \"x\", \"kind\": \"opinion\", \"evidence\": [{\"document\": \"a\", \"quote\": \"q\"}]}]}"));
        assertEquals("gold.json: row 'x' has no evidence",
                message("{\"rows\": [{\"id\": \"x\", \"kind\": \"variant\", \"evidence\": []}]}"));
        assertEquals("gold.json: row 'x' has an evidence item without document or quote",
                message("{\"rows\": [{\"id\": \"x\", \"kind\": \"variant\", \"evidence\": [{\"document\": \"a\"}]}]}"));
        assertEquals("gold.json: row 2 has no \"id\"", message("""
                {"rows": [{"id": "x", "kind": "variant", "evidence": [{"document": "a", "quote": "q"}]}, {"kind": "variant"}]}"""));
        assertEquals("gold.json: gold file has no \"rows\" array", message("{\"description\": \"d\"}"));
        assertTrue(message("{\"rows\": [").startsWith("gold.json: gold file is not valid JSON"));
    }

    @Test
    void writerOutputReadsBackEqual() throws Exception {
        GoldFile g = new GoldFile("d", List.of(
                new GoldRow("a", FindingKind.VARIANT, null, "Litvinov", null, List.of(new GoldEvidence("x.txt", "Litinov"),
                        new GoldEvidence("y.txt", "Litvinov"))),
                new GoldRow("b", FindingKind.CITATION, "citation-conflict", null, "note \"1\"",
                        List.of(new GoldEvidence("x.txt", "Topeka, KA")))));
        StringWriter w = new StringWriter();
        new GoldWriter().write(g, w);
        assertEquals(g, GoldFile.parse(SRC, w.toString()));
    }

    private static String message(String json) {
        return assertThrows(ClaimsException.class, () -> GoldFile.parse(SRC, json)).getMessage();
    }
}
