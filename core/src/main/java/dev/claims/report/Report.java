package dev.claims.report;

import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.List;

/**
 * The result of a check: documents (read or skipped), sorted findings, counts, and the extracted corpus for writers
 * that show more than findings (the HTML report's per-document notes).
 *
 * @param toolVersion the checker's version
 * @param documents   every input, read or skipped, sorted by id
 * @param findings    sorted findings
 * @param corpus      the extracted documents, sorted by id
 */
public record Report(String toolVersion, List<DocumentEntry> documents, List<Finding> findings,
                     List<ExtractedDocument> corpus) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        corpus = List.copyOf(corpus);
    }

    public Summary summary() {
        int claims = corpus.stream().mapToInt(d -> d.claims().size()).sum();
        int skipped = (int) documents.stream().filter(d -> d.status().equals("skipped")).count();
        return new Summary(documents.size(), skipped, claims, count(FindingKind.AGREEMENT),
                count(FindingKind.CONTRADICTION), count(FindingKind.VARIANT), count(FindingKind.CITATION));
    }

    private int count(FindingKind kind) {
        return (int) findings.stream().filter(f -> f.kind() == kind).count();
    }
}
