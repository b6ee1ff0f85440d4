package dev.claims.compare;

import dev.claims.model.ExtractedDocument;
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

    /**
     * Work of {@link #check} that needs only the documents, not their resolution (a citation audit of every note):
     * the checker may run it on another thread while the corpus is resolved, with the list the resolved corpus then
     * holds. A hint only: {@link #check} gives the same findings whether it ran or not.
     */
    default void prepare(List<ExtractedDocument> documents) {
    }
}
