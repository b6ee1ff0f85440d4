package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.LineMap;
import dev.claims.model.Span;
import dev.claims.resolve.ResolvedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds findings: evidence with line and column derived from spans, and stable ids that depend on rule, subject,
 * normalised values and the quoted text only: not on positions, input order, nor the documents' paths or names, so a
 * finding keeps its id (and its baseline entry) when a document is moved, renamed or edited elsewhere.
 */
public final class FindingFactory {
    private final Map<String, ExtractedDocument> documents;
    private final Map<String, LineMap> lineMaps = new java.util.concurrent.ConcurrentHashMap<>();
    /** Evidence by claim, by identity: rules that derive claims keep their own. */
    private final Map<Claim, Evidence> claimEvidence = new java.util.IdentityHashMap<>();

    public FindingFactory(ResolvedCorpus corpus) {
        this.documents = corpus.byId();
    }

    /**
     * The claim's place, its quote clipped around the claim's own position in its sentence; built once per claim
     * (a claim repeated by many documents stands in many findings).
     */
    public Evidence evidence(Claim claim) {
        synchronized (claimEvidence) {
            Evidence e = claimEvidence.get(claim);
            if (e != null) {
                return e;
            }
        }
        Evidence e = place(claim);
        synchronized (claimEvidence) {
            claimEvidence.put(claim, e);
        }
        return e;
    }

    private Evidence place(Claim claim) {
        ExtractedDocument d = documents.get(claim.documentId());
        java.util.List<dev.claims.model.Sentence> sentences = d.document().sentences();
        if (claim.sentence() >= 0 && claim.sentence() < sentences.size()
                && sentences.get(claim.sentence()).text().equals(claim.quote())) {
            dev.claims.model.Sentence s = sentences.get(claim.sentence());
            int at = s.map().firstAtOrAfter(claim.span().start());
            Evidence e = evidence(claim.documentId(), claim.span(), claim.quote(), claim.value().text());
            return new Evidence(e.document(), e.path(), e.span(), e.line(), e.column(),
                    QuoteWindow.clipAt(claim.quote(), at, claim.value().text().length()), e.value());
        }
        return evidence(claim.documentId(), claim.span(), claim.quote(), claim.value().text());
    }

    public Evidence evidence(String documentId, Span span, String quote, String value) {
        ExtractedDocument d = documents.get(documentId);
        LineMap map = lineMaps.computeIfAbsent(documentId, k -> d.document().lineMap());
        return new Evidence(documentId, d.document().path().toString(), span, map.line(span.start()),
                map.column(span.start()), QuoteWindow.clip(quote, value), value);
    }

    /**
     * A fingerprint of rule, subject, values and documents: 16 hex digits, order-independent. This was the finding id
     * before {@link #stableId}; the hand-built sample reports of the tests still use it.
     */
    public static String fingerprint(String rule, String subject, List<String> values, List<String> documentIds) {
        return sha(rule + "\n" + subject + "\n" + String.join("\u0001", new TreeSet<>(values)) + "\n"
                + String.join("\u0001", new TreeSet<>(documentIds)));
    }


    /**
     * The id of a finding: 16 hex digits of a SHA-256 over the rule, the subject with the evidence's document names
     * masked ("order of events in a.txt" and "… in b.txt" are one subject), the values, and each piece of evidence's
     * quote with whitespace collapsed; values and quotes as sorted sets, so the order of evidence does not matter.
     *
     * <pre>{@code
     * stableId("date-mismatch", "recognition: date", List.of("1933-11-16", "1933-11-17"), evidence)
     * // the same for texts/a.txt and archive/renamed.txt if they quote the same sentences
     * }</pre>
     */
    public static String stableId(String rule, String subject, List<String> values, List<Evidence> evidence) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        TreeSet<String> quotes = new TreeSet<>();
        for (Evidence e : evidence) {
            // only names the subject holds can be masked: masking writes a character no name holds, so a name absent
            // from the subject never appears in it later
            if (subject.contains(e.document())) {
                names.add(e.document());
            }
            String p = e.path();
            if (p != null) {
                if (subject.contains(p)) {
                    names.add(p);
                }
                String tail = p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf(java.io.File.separatorChar)) + 1);
                if (subject.contains(tail)) { // the file name is this tail, or "" holds it: parse the path only then
                    Path name = Path.of(p).getFileName();
                    String n = name == null ? p : name.toString();
                    if (subject.contains(n)) {
                        names.add(n);
                    }
                }
            }
            quotes.add(e.quote() == null ? "" : collapseSpaces(e.quote().strip()));
        }
        String masked = subject;
        for (String n : names) {
            if (!n.isBlank()) {
                masked = masked.replace(n, "\u0002");
            }
        }
        String key = "v2\n" + rule + "\n" + masked + "\n" + String.join("\u0001", new TreeSet<>(values)) + "\n"
                + String.join("\u0001", quotes);
        return sha(key);
    }

    /** As {@code Pattern.compile("\\s+").matcher(s).replaceAll(" ")}: each run of {@code \\s} characters is one space. */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) { // the common case: single spaces only, nothing to replace
            char c = s.charAt(i);
            if (regexSpace(c) && (c != ' ' || i + 1 < n && regexSpace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (regexSpace(c)) {
                sb.append(' ');
                while (i < n && regexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Java's {@code \\s} without UNICODE_CHARACTER_CLASS: {@code [ \\t\\n\\x0B\\f\\r]}. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String sha(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Finding finding(RuleInfo rule, String subject, String message, List<Evidence> evidence, List<String> values,
                           double confidence) {
        return new Finding(stableId(rule.id(), subject, values, evidence), rule.kind(), rule.id(), rule.severity(),
                subject, message, evidence, confidence);
    }
}
