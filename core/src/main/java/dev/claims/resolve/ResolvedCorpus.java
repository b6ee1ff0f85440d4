package dev.claims.resolve;

import dev.claims.model.ExtractedDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The corpus after cross-document resolution: documents, claims grouped by resolved subject and attribute, the
 * entity clusters, and the spelling variants found while clustering.
 *
 * @param documents the extracted documents, sorted by id
 * @param groups    claim groups, sorted by key then attribute
 * @param entities  entity clusters, sorted by key
 * @param variants  spelling variants of entity names, sorted by cluster key
 */
public record ResolvedCorpus(List<ExtractedDocument> documents, List<ClaimGroup> groups, List<EntityCluster> entities,
                             List<SpellingVariant> variants) {
    public ResolvedCorpus {
        documents = List.copyOf(documents);
        groups = List.copyOf(groups);
        entities = List.copyOf(entities);
        variants = List.copyOf(variants);
    }

    /** A corpus without entity clusters (for tests and resolvers that only group claims). */
    public ResolvedCorpus(List<ExtractedDocument> documents, List<ClaimGroup> groups) {
        this(documents, groups, List.of(), List.of());
    }

    public Optional<ExtractedDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Map<String, ExtractedDocument> byId() {
        return documents.stream().collect(Collectors.toMap(ExtractedDocument::id, Function.identity()));
    }
}
