package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.TestPacks;
import dev.claims.model.Finding;
import dev.claims.progress.ProgressListener;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.SubjectResolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelCompareTest {
    private static final Path ROOT = Path.of(System.getProperty("claims.root", ".."));

    @Test
    void theRulesGiveTheSameFindingsOnOneThreadOrSeveral() {
        Extraction extraction = Checker.withOptions(TestPacks.options())
                .extract(List.of(ROOT.resolve("seeds"), ROOT.resolve("fixtures")));
        ResolvedCorpus corpus = new SubjectResolver(TestPacks.options().names(),
                TestPacks.options().lexicons().offices()).resolve(extraction.documents());
        Comparer comparer = new Comparer(Comparer.registeredRules());
        List<Finding> one = comparer.compare(corpus, ProgressListener.NONE, 1);
        assertFalse(one.isEmpty());
        for (int threads : new int[] {2, 4}) {
            // a fresh corpus each time, so the shared audits run again on these threads
            ResolvedCorpus again = new SubjectResolver(TestPacks.options().names(),
                    TestPacks.options().lexicons().offices()).resolve(extraction.documents());
            assertEquals(one, comparer.compare(again, ProgressListener.NONE, threads));
        }
    }
}
