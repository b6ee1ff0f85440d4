package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
    @Test
    void longSectionsAreCutToStayUnderTheJobSummaryLimit() {
        Report sample = SampleReports.sample();
        Finding contradiction = sample.findings().get(0);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < MarkdownReportWriter.LIMIT + 10; i++) {
            many.add(new Finding(String.format("%016x", i), contradiction.kind(), contradiction.rule(),
                    contradiction.severity(), contradiction.subject() + " " + i, contradiction.message(),
                    contradiction.evidence(), contradiction.confidence()));
        }
        String md = Schemas.render(new MarkdownReportWriter(),
                new Report("1", sample.documents(), many, sample.corpus()), ReportContext.defaults());
        assertTrue(md.contains("## Contradictions (" + many.size() + ")"));
        assertEquals(MarkdownReportWriter.LIMIT, md.split("\n### ", -1).length - 1);
        assertTrue(md.contains("_… and 10 more: see the JSON or HTML report._"));
    }

    @Test
    void contradictionsShowBothQuotesSideBySideWithTheValuesInBold() {
        String md = Schemas.render(new MarkdownReportWriter(), SampleReports.sample(), ReportContext.defaults());
        assertTrue(md.contains("| | corpus/a.txt:3:50 | corpus/b.txt:1:34 |\n|---|---|---|\n"
                + "| **Value** | **November 16, 1933** | **November 17, 1933** |\n"
                + "| **Quote** | The United States recognized the Soviet Union on **November 16, 1933**, after talks in"
                + " Washington.¹ Litvinov signed for Moscow. | Roosevelt recognized the USSR on **November 17, 1933**. |"),
                md);
    }
}
