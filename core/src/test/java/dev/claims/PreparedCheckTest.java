package dev.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.report.Report;
import dev.claims.resolve.SubjectResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With more than one thread the citation audits run while the corpus is resolved: the findings are those of one
 * thread, exactly.
 */
class PreparedCheckTest {
    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.id() + " " + f.rule() + " " + f.message()).toList();
    }

    @Test
    void twoThreadsFindWhatOneFinds() {
        CheckerOptions options = TestPacks.options();
        Checker one = Checker.withOptions(options.withThreads(1));
        Checker two = Checker.withOptions(options.withThreads(2));
        Extraction extraction = one.extract(List.of(TestPaths.seeds()));
        Report a = one.check(extraction);
        Report b = two.check(two.extract(List.of(TestPaths.seeds())));
        assertEquals(findings(a), findings(b));
        assertEquals(12, b.findings().stream().map(Finding::kind)
                .filter(k -> k == dev.claims.model.FindingKind.CITATION).count());
    }

    @Test
    void documentsInIdOrderStayTheSameList() {
        List<ExtractedDocument> docs = Checker.withOptions(TestPacks.options())
                .extract(List.of(TestPaths.seeds())).documents();
        List<ExtractedDocument> sorted = SubjectResolver.byId(docs);
        assertSame(sorted, SubjectResolver.byId(sorted));
        assertEquals(sorted.stream().map(ExtractedDocument::id).sorted().toList(),
                sorted.stream().map(ExtractedDocument::id).toList());
    }
}
