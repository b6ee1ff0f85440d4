package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.TestPaths;
import dev.claims.eval.EvalResult;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldMatcher;
import dev.claims.eval.Score;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker with the soviet pack on ({@link dev.claims.TestPacks}) over the seeds and scores its agreements, contradictions and variants against
 * fixtures/gold/crossdoc-seeds.json (matching as documented in fixtures/gold/README.md). Prints precision and recall
 * per kind; the thresholds are the levels reached, so a regression fails the build.
 */
class CrossDocQualityTest {
    /** Minimum precision and recall per kind, as measured (see README "Quality"). */
    static final double CONTRADICTION_PRECISION = 1.0;
    static final double CONTRADICTION_RECALL = 1.0;
    /** 21 of 22: the Yalta Conference's date is found twice, from other quotes, by the pack's event and its frame. */
    static final double AGREEMENT_PRECISION = 0.95;
    static final double AGREEMENT_RECALL = 0.95;
    static final double VARIANT_PRECISION = 1.0;
    static final double VARIANT_RECALL = 1.0;

    @Test
    void crossDocumentFindingsOnTheSeeds() {
        Path gold = TestPaths.fixtures().resolve("gold/crossdoc-seeds.json");
        Checker checker = Checker.withOptions(dev.claims.TestPacks.options());
        Extraction extraction = checker.extract(List.of(TestPaths.seeds()));
        Report report = checker.check(extraction);
        EvalResult r = new GoldMatcher(GoldFile.read(gold), gold).score(extraction.documents(), report.findings());
        StringBuilder out = new StringBuilder("cross-document quality on the seeds\n");
        for (FindingKind k : List.of(FindingKind.CONTRADICTION, FindingKind.AGREEMENT, FindingKind.VARIANT)) {
            Score s = r.kind(k);
            out.append(String.format(Locale.ROOT, "  %-13s rows %2d findings %2d tp %2d  precision %.2f  recall %.2f%n",
                    k.id(), s.rows(), s.findings(), s.truePositives(), s.precision(), s.recall()));
        }
        System.out.print(out);
        System.out.println("  missed: " + r.missedRows().stream().map(dev.claims.eval.GoldRow::id).toList());
        check(r.kind(FindingKind.CONTRADICTION), CONTRADICTION_PRECISION, CONTRADICTION_RECALL, "contradiction");
        check(r.kind(FindingKind.AGREEMENT), AGREEMENT_PRECISION, AGREEMENT_RECALL, "agreement");
        check(r.kind(FindingKind.VARIANT), VARIANT_PRECISION, VARIANT_RECALL, "variant");
    }

    private static void check(Score s, double precision, double recall, String kind) {
        double p = Double.isNaN(s.precision()) ? 1.0 : s.precision();
        assertTrue(p >= precision, kind + " precision " + p + " < " + precision);
        assertTrue(s.recall() >= recall, kind + " recall " + s.recall() + " < " + recall);
    }
}
