package dev.claims.resolve;

import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** First slice: groups claims whose subjects are equal after case folding and whitespace normalisation. */
public final class SubjectResolver implements Resolver {
    @Override
    public ResolvedCorpus resolve(List<ExtractedDocument> documents) {
        Map<String, List<Claim>> byKey = new TreeMap<>();
        Map<String, String> display = new TreeMap<>();
        for (ExtractedDocument d : documents) {
            for (Claim c : d.claims()) {
                String key = c.subject().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + "\u0000" + c.attribute();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                display.putIfAbsent(key, c.subject());
            }
        }
        List<ClaimGroup> groups = new ArrayList<>();
        byKey.forEach((key, claims) -> {
            claims.sort(Comparator.comparing(Claim::documentId).thenComparing(Claim::span));
            String[] parts = key.split("\u0000", 2);
            groups.add(new ClaimGroup(parts[0], display.get(key), parts[1], claims));
        });
        List<ExtractedDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(ExtractedDocument::id));
        return new ResolvedCorpus(sorted, groups);
    }
}
