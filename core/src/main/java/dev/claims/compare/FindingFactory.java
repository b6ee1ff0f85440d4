package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.LineMap;
import dev.claims.model.Span;
import dev.claims.resolve.ResolvedCorpus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds findings: evidence with line and column derived from spans, and stable ids that depend on rule, subject,
 * normalised values and documents only (not on positions or input order).
 */
public final class FindingFactory {
    private final Map<String, ExtractedDocument> documents;
    private final Map<String, LineMap> lineMaps = new HashMap<>();

    public FindingFactory(ResolvedCorpus corpus) {
        this.documents = corpus.byId();
    }

    public Evidence evidence(Claim claim) {
        return evidence(claim.documentId(), claim.span(), claim.quote(), claim.value().text());
    }

    public synchronized Evidence evidence(String documentId, Span span, String quote, String value) {
        ExtractedDocument d = documents.get(documentId);
        LineMap map = lineMaps.computeIfAbsent(documentId, k -> d.document().lineMap());
        return new Evidence(documentId, d.document().path().toString(), span, map.line(span.start()),
                map.column(span.start()), QuoteWindow.clip(quote, value), value);
    }

    /** A fingerprint of rule, subject, values and documents: 16 hex digits, order-independent. */
    public static String fingerprint(String rule, String subject, List<String> values, List<String> documentIds) {
        String key = rule + "\n" + subject + "\n" + String.join("\u0001", new TreeSet<>(values)) + "\n"
                + String.join("\u0001", new TreeSet<>(documentIds));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Finding finding(RuleInfo rule, String subject, String message, List<Evidence> evidence, List<String> values,
                           double confidence) {
        List<String> docs = evidence.stream().map(Evidence::document).toList();
        return new Finding(fingerprint(rule.id(), subject, values, docs), rule.kind(), rule.id(), rule.severity(),
                subject, message, evidence, confidence);
    }
}
