package dev.claims.compare;

import dev.claims.model.Finding;
import dev.claims.resolve.ResolvedCorpus;
import java.util.List;

/**
 * A check over the resolved corpus. Each rule is a small class, registered in
 * {@code META-INF/services/dev.claims.compare.Rule}. A rule may produce findings under several rule ids (an
 * agreement rule and its mismatch twin); {@link #infos()} lists them all.
 */
public interface Rule {
    /** Metadata of every rule id this rule reports under. */
    List<RuleInfo> infos();

    List<Finding> check(ResolvedCorpus corpus, FindingFactory findings);

    /**
     * The rule's share of the compare time on a large corpus, relative to a simple rule's 1: the comparer starts the
     * costliest rules first on its threads so that they finish together. A hint only; findings never depend on it.
     */
    default int cost() {
        return 1;
    }
}
