package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every format over the bundled seeds: each piece of evidence is shown where it is, and nothing is lost. */
class SeedReportsTest {
    private static Report seeds;

    @BeforeAll
    static void check() {
        seeds = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds()));
    }

    @Test
    void theSeedsHaveFindingsToShow() {
        assertFalse(seeds.findings().isEmpty());
        assertEquals(5, seeds.documents().size());
    }

    @Test
    void textMarkdownHtmlAndJunitShowEveryEvidenceAsPathLineColumn() {
        for (ReportWriter w : List.of(new TextReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter(),
                new JunitReportWriter())) {
            String out = Schemas.render(w, seeds, ReportContext.defaults());
            for (Finding f : seeds.findings()) {
                for (Evidence e : f.evidence()) {
                    String where = w instanceof MarkdownReportWriter ? MarkdownText.escape(e.path()) : e.path();
                    String pos = ":" + e.line() + ":" + e.column();
                    if (w instanceof HtmlReportWriter) {
                        assertTrue(out.contains(HtmlText.escape(where) + "</a>" + pos), w.format() + " " + where + pos);
                    } else {
                        assertTrue(out.contains(where + pos), w.format() + " " + where + pos);
                    }
                }
            }
            for (DocumentEntry d : w instanceof TextReportWriter ? List.<DocumentEntry>of() : seeds.documents()) {
                assertTrue(out.contains(w instanceof MarkdownReportWriter ? MarkdownText.escape(d.path()) : d.path()),
                        w.format() + " lists " + d.path());
            }
        }
    }

    @Test
    void githubAnnotatesEveryProblemAtItsFirstEvidence() {
        String out = Schemas.render(new GithubReportWriter(), seeds, ReportContext.defaults());
        List<Finding> problems = seeds.findings().stream().filter(f -> f.kind() != FindingKind.AGREEMENT).toList();
        List<String> lines = out.lines().toList();
        assertEquals(problems.size() + 1, lines.size());
        for (int i = 0; i < problems.size(); i++) {
            Evidence e = problems.get(i).evidence().get(0);
            assertTrue(lines.get(i).contains("file=" + GithubReportWriter.property(e.path()) + ",line=" + e.line()
                    + ",col=" + e.column() + ","), lines.get(i));
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("claims: 5 documents, "));
    }

    @Test
    void htmlShowsEachDocumentsNotesAndHowTheyResolved() {
        String html = Schemas.render(new HtmlReportWriter(), seeds, ReportContext.defaults());
        int notes = seeds.corpus().stream().filter(d -> d.id().startsWith("003")).findFirst().orElseThrow()
                .document().notes().size();
        assertTrue(html.contains("<summary>Notes (" + notes + ") and how their citations resolved</summary>"));
        assertEquals(seeds.documents().size(), html.split("<article class=\"document\"", -1).length - 1);
    }
}
