package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.Extraction;
import dev.claims.generate.CorpusWriter;
import dev.claims.generate.GeneratorOptions;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality at scale on a generated corpus: the checker must find the contradictions planted in it. The thresholds are
 * the levels the pipeline reaches today; raise them as it improves, never lower them to make a build pass.
 */
class GeneratedCorpusQualityTest {
    /** Planted date contradictions (shifted dates of real events) found. */
    static final double MIN_DATE_CONTRADICTION_RECALL = 1.0;
    /** Contradictions reported that were planted (no false contradictions on a clean synthetic corpus). */
    static final double MIN_CONTRADICTION_PRECISION = 1.0;
    /** Planted citation errors (a note's year against the bibliography and the cluster's other documents). */
    static final double MIN_CITATION_RECALL = 0.9;
    static final double MIN_CITATION_PRECISION = 0.9;

    @Test
    void findsThePlantedContradictions(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        // small but dense in planted discrepancies: the test must stay fast
        new CorpusWriter().write(new GeneratorOptions(80, 2024, 0.3, 0.3, 0.3, 0.3, 0.2, 3), corpus,
                tmp.resolve("gold.json"));
        GoldFile gold = GoldFile.read(tmp.resolve("gold.json"));
        Checker checker = Checker.withOptions(CheckerOptions.defaults().withThreads(2));
        Extraction extraction = checker.extract(List.of(corpus));
        Report report = checker.check(extraction);
        EvalResult result = new GoldMatcher(gold, tmp.resolve("gold.json")).score(extraction.documents(), report.findings());

        StringWriter table = new StringWriter();
        new EvalTextWriter().write(result, table);
        String text = table.toString();
        System.out.println(text.substring(0, text.indexOf("\nmissed gold rows")));

        List<GoldRow> dateRows = gold.rows().stream()
                .filter(r -> r.kind() == FindingKind.CONTRADICTION && r.id().contains("-date-contradiction-")).toList();
        long found = result.matches().stream().filter(m -> dateRows.contains(m.row())).count();
        double dateRecall = (double) found / dateRows.size();
        System.out.printf("planted date contradictions: %d, found: %d (recall %.3f)%n", dateRows.size(), found, dateRecall);
        assertTrue(dateRows.size() >= 6, "the corpus plants date contradictions: " + dateRows.size());
        assertTrue(dateRecall >= MIN_DATE_CONTRADICTION_RECALL, "date contradiction recall " + dateRecall);
        double precision = result.kind(FindingKind.CONTRADICTION).precision();
        assertTrue(precision >= MIN_CONTRADICTION_PRECISION, "contradiction precision " + precision + "\n" + text);
        Score citations = result.kind(FindingKind.CITATION);
        assertTrue(citations.rows() >= 10, "citation errors planted: " + citations.rows());
        assertTrue(citations.recall() >= MIN_CITATION_RECALL, "citation recall " + citations.recall() + "\n" + text);
        assertTrue(citations.precision() >= MIN_CITATION_PRECISION, "citation precision " + citations.precision() + "\n" + text);
    }
}
