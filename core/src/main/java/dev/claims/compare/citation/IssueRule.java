package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.compare.FindingFactory;
import dev.claims.compare.Rule;
import dev.claims.compare.RuleInfo;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.List;

/** A citation rule: turns the {@link CitationIssue}s of its rule id into findings. */
abstract class IssueRule implements Rule {
    private final RuleInfo info;

    IssueRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final List<RuleInfo> infos() {
        return List.of(info);
    }

    /** Every issue the underlying audit finds (of any rule id; others are ignored). */
    abstract List<CitationIssue> issues(ResolvedCorpus corpus);

    @Override
    public final List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (CitationIssue issue : issues(corpus)) {
            if (!issue.rule().equals(info.id())) {
                continue;
            }
            List<Evidence> evidence = issue.places().stream()
                    .map(p -> factory.evidence(p.documentId(), p.span(), p.quote(), p.value())).toList();
            out.add(factory.finding(info, issue.subject(), issue.message(), evidence, issue.values(),
                    issue.confidence()));
        }
        return out;
    }

    static List<CitationIssue> perDocument(ResolvedCorpus corpus,
                                           java.util.function.Function<dev.claims.model.ExtractedDocument, List<CitationIssue>> audit) {
        List<CitationIssue> out = new ArrayList<>();
        corpus.documents().forEach(d -> out.addAll(audit.apply(d)));
        return out;
    }
}
