package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claims.ClaimsException;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.Span;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldMatcherTest {
    static final Map<String, String> TEXTS = Map.of(
            "a.txt", "On November 16, 1933, the United States recognized the Soviet Union. Litvinov was Commissar for Foreign Affairs.",
            "b.txt", "The United States recognized the Soviet Union on 16 November 1933. Litinov was foreign minister.",
            "c.txt", "Recognition came on November 17, 1933.");

    static final GoldFile GOLD = new GoldFile("hand-built", List.of(
            row("r1", FindingKind.AGREEMENT, "date-agreement", ev("a.txt", "November 16, 1933"), ev("b.txt", "16 November 1933")),
            row("r2", FindingKind.CONTRADICTION, null, ev("a.txt", "November 16, 1933"), ev("c.txt", "November 17, 1933")),
            row("r3", FindingKind.VARIANT, null, ev("b.txt", "Litinov"), ev("a.txt", "Litvinov")),
            row("r4", FindingKind.CITATION, "citation-conflict", ev("c.txt", "Recognition came"))));

    @Test
    void scoresPerKindAndPerRuleExactly() {
        Finding f1 = finding("f1", FindingKind.AGREEMENT, "date-agreement", at("a.txt", "November 16, 1933"), at("b.txt", "16 November"));
        Finding f2 = finding("f2", FindingKind.CONTRADICTION, "date-mismatch", at("a.txt", "16, 1933"), at("c.txt", "November 17"));
        Finding f3 = finding("f3", FindingKind.CONTRADICTION, "date-mismatch", at("a.txt", "November"), at("c.txt", "17, 1933"));
        Finding f4 = finding("f4", FindingKind.VARIANT, "name-variant", at("b.txt", "Litinov"), at("a.txt", "Commissar"));
        Finding f5 = finding("f5", FindingKind.AGREEMENT, "office-agreement", at("a.txt", "Commissar"));
        Finding f6 = finding("f6", FindingKind.CITATION, "citation-variant", at("c.txt", "Recognition"));
        EvalResult r = new GoldMatcher(GOLD, null).score(TEXTS::get, List.of(f1, f2, f3, f4, f5, f6));

        assertEquals(new Score(1, 1, 0), r.kind(FindingKind.CONTRADICTION));
        assertEquals(new Score(1, 1, 0), r.kind(FindingKind.AGREEMENT));
        assertEquals(new Score(0, 1, 1), r.kind(FindingKind.VARIANT));
        assertEquals(new Score(0, 1, 1), r.kind(FindingKind.CITATION));
        assertEquals(new Score(2, 4, 2), r.overall());
        assertEquals(2.0 / 6, r.overall().precision(), 1e-9);
        assertEquals(0.5, r.overall().recall(), 1e-9);
        assertEquals(0.5, r.kind(FindingKind.CONTRADICTION).precision(), 1e-9);
        assertEquals(1.0, r.kind(FindingKind.CONTRADICTION).recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, r.kind(FindingKind.CONTRADICTION).f1(), 1e-9);

        assertEquals(Map.of("date-agreement", new Score(1, 0, 0), "date-mismatch", new Score(1, 1, 0),
                "name-variant", new Score(0, 1, 0), "office-agreement", new Score(0, 1, 0),
                "citation-variant", new Score(0, 1, 0), "citation-conflict", new Score(0, 0, 1),
                "(any variant)", new Score(0, 0, 1)), r.byRule());

        assertEquals(List.of("r1:f1", "r2:f2"), r.matches().stream().map(m -> m.row().id() + ":" + m.finding().id()).toList());
        assertEquals(List.of("r3", "r4"), r.missedRows().stream().map(GoldRow::id).toList());
        assertEquals(List.of("f3", "f4", "f5", "f6"), r.unmatchedFindings().stream().map(Finding::id).toList());
    }

    @Test
    void eachFindingMatchesOneRowPreferringTheBestCovered() {
        GoldFile gold = new GoldFile(null, List.of(
                row("two", FindingKind.AGREEMENT, null, ev("a.txt", "November 16, 1933"), ev("b.txt", "16 November 1933")),
                row("three", FindingKind.AGREEMENT, null, ev("a.txt", "November 16, 1933"), ev("b.txt", "16 November 1933"),
                        ev("c.txt", "Recognition came"))));
        Finding narrow = finding("narrow", FindingKind.AGREEMENT, "x", at("a.txt", "November 16"), at("b.txt", "16 November"));
        Finding wide = finding("wide", FindingKind.AGREEMENT, "x", at("a.txt", "November 16"), at("b.txt", "16 November"),
                at("c.txt", "came"));
        EvalResult r = new GoldMatcher(gold, null).score(TEXTS::get, List.of(narrow, wide));
        assertEquals(List.of("two:narrow", "three:wide"),
                r.matches().stream().map(m -> m.row().id() + ":" + m.finding().id()).toList());
        assertEquals(new Score(2, 0, 0), r.overall());
    }

    @Test
    void evidenceInAnotherDocumentOrOfAnotherKindDoesNotCount() {
        GoldFile gold = new GoldFile(null, List.of(row("v", FindingKind.VARIANT, null, ev("b.txt", "Litinov"), ev("a.txt", "Litvinov"))));
        // right text, wrong document: "Litvinov" positions in b.txt are elsewhere
        Finding wrongDoc = finding("d", FindingKind.VARIANT, "n", at("b.txt", "Litinov"), new Evidence("b.txt", "b.txt",
                span("a.txt", "Litvinov"), 1, 1, "", ""));
        Finding wrongKind = finding("k", FindingKind.AGREEMENT, "n", at("b.txt", "Litinov"), at("a.txt", "Litvinov"));
        EvalResult r = new GoldMatcher(gold, null).score(TEXTS::get, List.of(wrongDoc, wrongKind));
        assertEquals(new Score(0, 1, 1), r.kind(FindingKind.VARIANT));
        assertEquals(new Score(0, 1, 0), r.kind(FindingKind.AGREEMENT));
    }

    @Test
    void textAndJsonWritersShowScoresAndErrors() throws Exception {
        Finding f1 = finding("f1", FindingKind.AGREEMENT, "date-agreement", at("a.txt", "November 16, 1933"), at("b.txt", "16 November"));
        EvalResult r = new GoldMatcher(GOLD, null).score(TEXTS::get, List.of(f1));
        StringWriter text = new StringWriter();
        new EvalTextWriter().write(r, text);
        String t = text.toString();
        assertEquals(true, t.contains("agreement                        1        1    1    0    0     1.000  1.000  1.000"), t);
        assertEquals(true, t.contains("missed gold rows (3):"), t);
        assertEquals(true, t.contains("    c.txt: \"November 17, 1933\""), t);
        StringWriter json = new StringWriter();
        new EvalJsonWriter().write(r, json);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
        assertEquals(0.25, root.get("overall").get("recall").asDouble(), 1e-9);
        assertEquals(true, root.get("byKind").get("variant").get("precision").isNull());
        assertEquals("r1", root.get("matches").get(0).get("row").asText());
        assertEquals(3, root.get("missed").size());
    }

    @Test
    void quoteNotFoundOrUnknownDocumentIsAnErrorNamingTheRow() {
        GoldFile missingQuote = new GoldFile(null, List.of(row("bad", FindingKind.VARIANT, null, ev("a.txt", "Litvinoff"))));
        assertEquals("gold.json: gold row 'bad': quote not found in a.txt: \"Litvinoff\"",
                assertThrows(ClaimsException.class, () -> new GoldMatcher(missingQuote, Path.of("gold.json"))
                        .score(TEXTS::get, List.of())).getMessage());
        GoldFile missingDoc = new GoldFile(null, List.of(row("gone", FindingKind.VARIANT, null, ev("z.txt", "x"))));
        assertEquals("gold row 'gone': document 'z.txt' is not in the corpus checked",
                assertThrows(ClaimsException.class, () -> new GoldMatcher(missingDoc, null)
                        .score(TEXTS::get, List.of())).getMessage());
    }

    static GoldEvidence ev(String doc, String quote) {
        return new GoldEvidence(doc, quote);
    }

    static GoldRow row(String id, FindingKind kind, String rule, GoldEvidence... ev) {
        return new GoldRow(id, kind, rule, id, null, List.of(ev));
    }

    static Span span(String doc, String text) {
        int at = TEXTS.get(doc).indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text);
        }
        return new Span(at, at + text.length());
    }

    static Evidence at(String doc, String text) {
        return new Evidence(doc, doc, span(doc, text), 1, 1, text, text);
    }

    static Finding finding(String id, FindingKind kind, String rule, Evidence... ev) {
        return new Finding(id, kind, rule, Severity.NOTE, id, id, new ArrayList<>(List.of(ev)), 1.0);
    }

    @org.junit.jupiter.api.Test
    void aRowsRuleIsMetByItselfOrAPrefixedRefinement() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(true, true, false, false), java.util.List.of(
                GoldMatcher.refines("date-agreement", "date-agreement"),
                GoldMatcher.refines("event-date-agreement", "date-agreement"),
                GoldMatcher.refines("date-agreement", "event-date-agreement"),
                GoldMatcher.refines("update-agreement", "date-agreement")));
    }

    @org.junit.jupiter.api.Test
    void aTitleRuleMeetsAnOfficeRowAndNothingElse() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(true, true, false, false), java.util.List.of(
                GoldMatcher.refines("role-agreement", "office-agreement"),
                GoldMatcher.refines("title-mismatch", "office-mismatch"),
                GoldMatcher.refines("office-agreement", "role-agreement"),
                GoldMatcher.refines("role-agreement", "office-mismatch")));
    }
}
