package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.TestPaths;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker over the seeds and scores it against the hand-made cross-document gold file
 * {@code fixtures/gold/crossdoc-seeds.json}. Thresholds are the levels reached today; raise them as quality improves.
 */
class SeedsGoldTest {
    static final double MIN_RECALL_ALL = 0.0;

    @Test
    void crossDocumentGoldOfTheSeeds() throws Exception {
        Path gold = TestPaths.fixtures().resolve("gold/crossdoc-seeds.json");
        Assumptions.assumeTrue(Files.exists(gold), "skipped: " + gold + " does not exist yet");
        GoldFile file = GoldFile.read(gold);
        Checker checker = Checker.withDefaults();
        Extraction extraction = checker.extract(List.of(TestPaths.seeds()));
        Report report = checker.check(extraction);
        EvalResult result = new GoldMatcher(file, gold).score(extraction.documents(), report.findings());
        StringWriter table = new StringWriter();
        new EvalTextWriter().write(result, table);
        System.out.println(table);
        assertTrue(result.overall().rows() == file.rows().size());
        assertTrue(result.overall().recall() >= MIN_RECALL_ALL, "recall " + result.overall().recall());
        assertTrue(Double.isNaN(result.kind(FindingKind.CONTRADICTION).precision())
                || result.kind(FindingKind.CONTRADICTION).precision() >= 0.0);
    }
}
