package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.model.Claim;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.SubjectResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two rules agreeing on the same quotes: an agreement whose quotes another agreement holds is dropped, a finding of
 * another kind on the same quotes is kept.
 */
class SubsumedAgreementTest {
    private static final RuleInfo WIDE = new RuleInfo("wide-agreement", FindingKind.AGREEMENT, Severity.NOTE, "w", "w");
    private static final RuleInfo NARROW = new RuleInfo("narrow-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "n", "n");
    private static final RuleInfo OTHER = new RuleInfo("other-mismatch", FindingKind.CONTRADICTION, Severity.WARNING,
            "o", "o");

    private record Fixed(RuleInfo info, int count) implements Rule {
        @Override
        public List<RuleInfo> infos() {
            return List.of(info);
        }

        @Override
        public List<Finding> check(ResolvedCorpus corpus, FindingFactory findings) {
            List<Claim> claims = corpus.documents().stream().flatMap(d -> d.claims().stream())
                    .filter(c -> c.value().text().equals("1920")).limit(count).toList();
            return List.of(findings.finding(info, "s", info.id(), claims.stream().map(findings::evidence).toList(),
                    List.of("1920"), 0.7));
        }
    }

    @Test
    void anAgreementInsideAWiderOneIsDropped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Tallby recognized Vesk in 1920.\n");
        Files.writeString(dir.resolve("b.txt"), "In 1920, Tallby recognized Vesk.\n");
        Files.writeString(dir.resolve("c.txt"), "Vesk was recognized by Tallby in 1920.\n");
        Extraction x = Checker.withDefaults().extract(List.of(dir));
        ResolvedCorpus corpus = new SubjectResolver().resolve(x.documents());
        List<Finding> f = new Comparer(List.of(new Fixed(WIDE, 3), new Fixed(NARROW, 2), new Fixed(OTHER, 2)))
                .compare(corpus);
        assertEquals(List.of("other-mismatch", "wide-agreement"), f.stream().map(Finding::rule).sorted().toList());
    }
}
