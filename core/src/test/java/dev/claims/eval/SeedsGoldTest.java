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
    /** Rows found today (the recognition date agreement); raise as the pipeline improves. */
    static final int MIN_ROWS_FOUND = 1;

    @Test
    void crossDocumentGoldOfTheSeeds() throws Exception {
        Path gold = TestPaths.fixtures().resolve("gold/crossdoc-seeds.json");
        Assumptions.assumeTrue(Files.exists(gold), "skipped: " + gold + " does not exist yet");
        GoldFile file = GoldFile.read(gold);
        Checker checker = Checker.withOptions(dev.claims.TestPacks.options());
        Extraction extraction = checker.extract(List.of(TestPaths.seeds()));
        Report report = checker.check(extraction);
        EvalResult result = new GoldMatcher(file, gold).score(extraction.documents(), report.findings());
        StringWriter table = new StringWriter();
        new EvalTextWriter().write(result, table);
        System.out.println(table);
        assertTrue(result.overall().rows() == file.rows().size(), "every row is scored once");
        assertTrue(result.overall().truePositives() >= MIN_ROWS_FOUND, "rows found: " + result.overall().truePositives());
        assertTrue(result.matches().stream().anyMatch(m -> m.row().kind() == FindingKind.AGREEMENT
                && m.finding().rule().equals("date-agreement")), "the recognition date agreement is found");
    }
}
