package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.compare.FindingFactory;
import dev.claims.compare.Rule;
import dev.claims.compare.RuleInfo;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.resolve.ResolvedCorpus;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

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
    abstract List<CitationIssue> issues(List<ExtractedDocument> documents);

    /** Runs the audits this rule reads: they need the documents only, not their resolution. */
    @Override
    public final void prepare(List<ExtractedDocument> documents) {
        issues(documents);
    }

    @Override
    public final List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (CitationIssue issue : issues(corpus.documents())) {
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

    /**
     * Citation rules read corpus-wide audits (every note and entry of every document): started before the simple
     * rules, so that none of them is left running alone at the end.
     */
    @Override
    public int cost() {
        return 2;
    }

    /**
     * Audit results by corpus (weak, identity keys) and audit name. Several rules read one audit (four rules read the
     * marker audit, four the work audit); it runs once per corpus however many of them are enabled.
     */
    private static final Cache<List<ExtractedDocument>, Map<String, CompletableFuture<List<CitationIssue>>>> RUNS =
            CacheBuilder.newBuilder().weakKeys().maximumSize(4).build();

    /**
     * The issues of the named corpus-wide audit, computed once per list of documents (by identity: the list a resolved
     * corpus keeps is the one the comparer prepared with). A thread that asks while another computes it waits for
     * that audit only.
     */
    static List<CitationIssue> once(List<ExtractedDocument> documents, String audit,
                                    Function<List<ExtractedDocument>, List<CitationIssue>> run) {
        Map<String, CompletableFuture<List<CitationIssue>>> runs;
        try {
            runs = RUNS.get(documents, ConcurrentHashMap::new);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        CompletableFuture<List<CitationIssue>> mine = new CompletableFuture<>();
        CompletableFuture<List<CitationIssue>> running = runs.putIfAbsent(audit, mine);
        if (running == null) {
            try {
                mine.complete(List.copyOf(run.apply(documents)));
            } catch (RuntimeException | Error e) {
                runs.remove(audit, mine); // not kept: the next to ask runs it again and meets the error itself
                mine.completeExceptionally(e);
                throw e;
            }
            running = mine;
        }
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The issues of the author–date citations in every document's text, computed once per corpus. */
    static List<CitationIssue> textCitations(List<ExtractedDocument> documents) {
        return perDocument(documents, "text-citations", dev.claims.citation.TextCitationAudit::audit);
    }

    /** Two audits' issues together. */
    static List<CitationIssue> plus(List<CitationIssue> a, List<CitationIssue> b) {
        List<CitationIssue> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The issues of the named per-document audit over every document, computed once per corpus. */
    static List<CitationIssue> perDocument(List<ExtractedDocument> documents, String audit,
                                           Function<ExtractedDocument, List<CitationIssue>> run) {
        return once(documents, audit, docs -> {
            List<CitationIssue> out = new ArrayList<>();
            docs.forEach(d -> out.addAll(run.apply(d)));
            return out;
        });
    }
}
