package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the reference scorer score_findings.py, on the made-up topic in fixtures/eval/tiny-topic and on
 * hand-made findings; every expected figure is worked out in the comments.
 */
class RowGoldScorerTest {
    static final Path TOPIC = TestPaths.fixtures().resolve("eval/tiny-topic");

    static final String GAZETTE_OPENING = "The Harlow Bridge opened on 4 May 1911 after three years of work.";
    static final String GAZETTE_VEHICLES = "It carried 1,200 vehicles on its first day.";
    static final String GAZETTE_MAYOR = "Mayor Edith Crane cut the ribbon at 10:30 a.m.";
    static final String ALMANAC_OPENING = "The bridge was opened on May 4, 1911.";
    static final String ALMANAC_VEHICLES = "On the first day 1,500 vehicles crossed it.";
    static final String MUSEUM_FERRY = "The ferry carried 1,200 passengers a week.";

    static Evidence ev(String file, String quote, String value) {
        return new Evidence(file, "corpus/" + file, new Span(0, 1), 1, 1, quote, value);
    }

    static Finding finding(FindingKind kind, String rule, Evidence... evidence) {
        return new Finding(rule + evidence.length, kind, rule, Severity.WARNING, "s", rule + " message", List.of(evidence),
                1.0);
    }

    static List<Finding> findings() {
        return List.of(
                // f1 covers R2 (CONTRADICT, count): right
                finding(FindingKind.CONTRADICTION, "quantity-mismatch", ev("01-gazette.txt", GAZETTE_VEHICLES,
                        "1,200 vehicles"), ev("02-almanac.txt", ALMANAC_VEHICLES, "1,500 vehicles")),
                // f2 covers R1 (AGREE, date): wrong, and a false alarm on R1
                finding(FindingKind.CONTRADICTION, "date-mismatch", ev("01-gazette.txt", GAZETTE_OPENING, "4 May 1911"),
                        ev("02-almanac.txt", ALMANAC_OPENING, "May 4, 1911")),
                // f3 covers the trap X1 only: wrong
                finding(FindingKind.CONTRADICTION, "quantity-mismatch", ev("01-gazette.txt", GAZETTE_VEHICLES,
                        "1,200 vehicles"), ev("03-museum.txt", MUSEUM_FERRY, "1,200 passengers")),
                // f4 covers no row (only 01 of R3's files): unjudged
                finding(FindingKind.CONTRADICTION, "office-mismatch", ev("01-gazette.txt", GAZETTE_MAYOR, "Mayor"),
                        ev("03-museum.txt", "The river ferry closed when the bridge opened.", "closed")),
                // f5 finds R1
                finding(FindingKind.AGREEMENT, "date-agreement", ev("01-gazette.txt", GAZETTE_OPENING, "4 May 1911"),
                        ev("02-almanac.txt", ALMANAC_OPENING, "May 4, 1911")),
                // f6 finds R5 (a variant counts for an AGREE row; document ids without extension match the file)
                finding(FindingKind.VARIANT, "name-variant",
                        new Evidence("01-gazette", null, new Span(0, 1), 1, 1, "Harlow Bridge", "Harlow"),
                        new Evidence("02-almanac", null, new Span(0, 1), 1, 1, "Harlow Bridge (almanac)", "Harlow")),
                // f7: a citation finding is neither agreement nor contradiction
                finding(FindingKind.CITATION, "citation-conflict", ev("01-gazette.txt", GAZETTE_OPENING, "x")),
                // f8 quotes both of R3's files, but a date rule does not speak to a title row
                finding(FindingKind.AGREEMENT, "date-agreement", ev("01-gazette.txt", GAZETTE_MAYOR, "Mayor"),
                        ev("02-almanac.txt", "The ribbon was cut by Mayor Edith Crane.", "Mayor")));
    }

    @Test
    void scoresTheTinyTopicAsTheReferenceScorerDoes() {
        RowGold gold = RowGold.read(TOPIC.resolve("gold.json"));
        assertEquals(7, gold.rows().size());
        assertEquals(1, gold.traps().size());
        RowGoldResult r = new RowGoldScorer().score(gold, findings());
        // cross-document rows: R2 CONTRADICT (R4 quotes one file); R1, R3, R5, R6, R7 AGREE (R7's second file is
        // not in the corpus, but the row still quotes two files)
        assertEquals(1, r.contradictRows());
        assertEquals(1, r.contradictRowsFound());
        assertEquals(5, r.agreeRows());
        assertEquals(2, r.agreeRowsFound());
        assertEquals(List.of("R3", "R6", "R7"), r.missed().stream().map(RowGold.Row::id).toList());
        assertEquals(List.of("R1"), r.falseAlarms().stream().map(RowGold.Row::id).toList());
        assertEquals(List.of("quantity-mismatch"), r.right().stream().map(Finding::rule).toList());
        assertEquals(List.of("date-mismatch", "quantity-mismatch"), r.wrong().stream().map(Finding::rule).toList());
        assertEquals(List.of("office-mismatch"), r.unjudged().stream().map(Finding::rule).toList());
        assertEquals(List.of("X1"), r.trapsHit().stream().map(RowGold.Row::id).toList());
        assertEquals("{\"contradiction_recall\": 1.0, \"agreement_recall\": 0.4, \"false_alarms_on_agree_rows\": 1,"
                        + " \"agree_rows\": 5, \"contradict_rows\": 1, \"contradiction_findings\": 4, \"all_findings\": 8,"
                        + " \"contradictions_right\": 1, \"contradictions_wrong\": 2, \"contradictions_unjudged\": 1,"
                        + " \"traps\": 1, \"traps_hit\": 1}",
                RowGoldWriter.jsonLine(RowGoldWriter.fields(r)));
    }

    @Test
    void noFindingsAndNoRowsOfAVerdictGiveUndefinedRecall() {
        RowGold gold = RowGold.parse(Path.of("g.json"), """
                [{"id": "A", "kind": "date", "verdict": "AGREE",
                  "mentions": [{"file": "a.txt", "quote": "x"}, {"file": "b.txt", "quote": "y"}]}]""", null, null);
        RowGoldResult r = new RowGoldScorer().score(gold, List.of());
        assertTrue(Double.isNaN(r.contradictionRecall()));
        assertEquals(0.0, r.agreementRecall());
        assertEquals("{\"contradiction_recall\": null, \"agreement_recall\": 0.0, \"false_alarms_on_agree_rows\": 0,"
                        + " \"agree_rows\": 1, \"contradict_rows\": 0, \"contradiction_findings\": 0, \"all_findings\": 0,"
                        + " \"contradictions_right\": 0, \"contradictions_wrong\": 0, \"contradictions_unjudged\": 0,"
                        + " \"traps\": 0, \"traps_hit\": 0}",
                RowGoldWriter.jsonLine(RowGoldWriter.fields(r)));
    }

    @Test
    void anEvidenceQuoteMustHoldHalfTheGoldQuotesContentWords() {
        // content words of the gold quote: harlow, bridge, opened, may, 1911 ("the", "on" are stop words, "4" too short)
        RowGold.Mention m = new RowGold.Mention("01-gazette.txt", "The Harlow Bridge opened on 4 May 1911");
        assertEquals(5, ContentWords.of(m.quote()).size());
        assertTrue(RowGoldScorer.hits(ev("01-gazette.txt", "Harlow bridge, opened", "x"), m), "3 of 5");
        assertFalse(RowGoldScorer.hits(ev("01-gazette.txt", "the Harlow Bridge was on", "x"), m), "2 of 5");
        assertTrue(RowGoldScorer.hits(ev("01-gazette.txt", "the Harlow Bridge", "May"), m), "the value counts too");
        // exactly half: 2 of 4
        RowGold.Mention four = new RowGold.Mention("01-gazette.txt", "bridge opened May 1911");
        assertTrue(RowGoldScorer.hits(ev("01-gazette.txt", "it opened in 1911", null), four));
        assertFalse(RowGoldScorer.hits(ev("01-gazette.txt", "it opened in 1912", null), four));
        // a quote without content words is hit by any evidence in its file
        RowGold.Mention empty = new RowGold.Mention("01-gazette.txt", "on 4 of the");
        assertTrue(RowGoldScorer.hits(ev("01-gazette.txt", "nothing alike", null), empty));
        assertFalse(RowGoldScorer.hits(ev("02-almanac.txt", "nothing alike", null), empty));
    }

    @Test
    void theFileIsMatchedByPathNameDocumentIdOrTheirStem() {
        RowGold.Mention m = new RowGold.Mention("01-gazette.txt", "");
        Span s = new Span(0, 1);
        assertTrue(RowGoldScorer.hits(new Evidence("x", "a/b/01-gazette.txt", s, 1, 1, "", ""), m));
        assertTrue(RowGoldScorer.hits(new Evidence("01-gazette.txt", null, s, 1, 1, "", ""), m));
        assertTrue(RowGoldScorer.hits(new Evidence("01-gazette", "elsewhere.txt", s, 1, 1, "", ""), m));
        assertTrue(RowGoldScorer.hits(new Evidence("x", "a/01-gazette.html", s, 1, 1, "", ""), m), "path starts with the stem");
        assertTrue(RowGoldScorer.hits(new Evidence("01-gazette-part2", null, s, 1, 1, "", ""), m), "id starts with the stem");
        assertFalse(RowGoldScorer.hits(new Evidence("02-almanac.txt", "a/01-gazette.txt/02-almanac.txt", s, 1, 1, "", ""), m));
        assertFalse(RowGoldScorer.hits(new Evidence("x/01-gazette.txt", null, s, 1, 1, "", ""), m), "an id is not a path");
    }

    @Test
    void stemAndBaseNameFollowPython() {
        assertEquals("a", RowGoldScorer.stem("a.txt"));
        assertEquals("a.b", RowGoldScorer.stem("a.b.txt"));
        assertEquals(".txt", RowGoldScorer.stem(".txt"));
        assertEquals("..x", RowGoldScorer.stem("..x"));
        assertEquals("...a", RowGoldScorer.stem("...a.txt"));
        assertEquals("dir.d/file", RowGoldScorer.stem("dir.d/file"));
        assertEquals("c.txt", RowGoldScorer.baseName("a/b/c.txt"));
        assertEquals("", RowGoldScorer.baseName(null));
        assertEquals("", RowGoldScorer.baseName("a/"));
    }

    @Test
    void aRuleSpeaksToTheKindsOfItsFamily() {
        assertTrue(RowGoldScorer.kindFits("date", "date-mismatch"));
        assertTrue(RowGoldScorer.kindFits("count", "range-mismatch"), "date rules speak to counts and figures too");
        assertTrue(RowGoldScorer.kindFits("figure", "duration-mismatch"));
        assertFalse(RowGoldScorer.kindFits("title", "date-mismatch"));
        assertFalse(RowGoldScorer.kindFits("date", "quantity-mismatch"));
        assertTrue(RowGoldScorer.kindFits("count", "Quantity-Mismatch"), "rules are lower-cased");
        assertTrue(RowGoldScorer.kindFits("title", "office-mismatch"));
        assertTrue(RowGoldScorer.kindFits("title", "holder-conflict"));
        assertTrue(RowGoldScorer.kindFits("title", "name-variant"));
        assertTrue(RowGoldScorer.kindFits("place", "name-variant"));
        assertFalse(RowGoldScorer.kindFits("date", "name-variant"));
        assertTrue(RowGoldScorer.kindFits("place", "location-mismatch"));
        assertTrue(RowGoldScorer.kindFits("date", "work-mismatch"), "a rule of no family fits any row");
        assertTrue(RowGoldScorer.kindFits(null, "office-mismatch"), "a row without a kind fits any rule");
        assertTrue(RowGoldScorer.kindFits("", "office-mismatch"));
        assertFalse(RowGoldScorer.kindFits("place", "date-mismatch"));
    }

    @Test
    void coveringNeedsTwoDifferentFiles() {
        RowGold.Row row = new RowGold.Row("R", "s", "date", List.of(new RowGold.Mention("a.txt", "opened 1911"),
                new RowGold.Mention("a.txt", "closed 1950"), new RowGold.Mention("b.txt", "opened 1911")),
                RowGold.Verdict.AGREE, null);
        assertEquals(2, row.files());
        Finding sameFile = finding(FindingKind.AGREEMENT, "date-agreement", ev("a.txt", "opened 1911", null),
                ev("a.txt", "closed 1950", null));
        Finding twoFiles = finding(FindingKind.AGREEMENT, "date-agreement", ev("a.txt", "closed 1950", null),
                ev("b.txt", "opened in 1911", null));
        assertFalse(RowGoldScorer.covers(row, sameFile));
        assertTrue(RowGoldScorer.covers(row, twoFiles));
    }
}
