package dev.claims.resolve;

import dev.claims.model.ExtractedDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The corpus after cross-document resolution: documents, and claims grouped by resolved subject and attribute.
 *
 * @param documents the extracted documents, sorted by id
 * @param groups    claim groups, sorted by key then attribute
 */
public record ResolvedCorpus(List<ExtractedDocument> documents, List<ClaimGroup> groups) {
    public ResolvedCorpus {
        documents = List.copyOf(documents);
        groups = List.copyOf(groups);
    }

    public Optional<ExtractedDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Map<String, ExtractedDocument> byId() {
        return documents.stream().collect(Collectors.toMap(ExtractedDocument::id, Function.identity()));
    }
}
