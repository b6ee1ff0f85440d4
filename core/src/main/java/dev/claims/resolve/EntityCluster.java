package dev.claims.resolve;

import java.util.List;

/**
 * Mentions of one entity across the corpus.
 *
 * @param key      stable key: kind and folded canonical name ("person:maxim litvinov")
 * @param name     display name: the fullest form written, or the alias data's canonical name ("Maxim Litvinov")
 * @param kind     "person", "place" or "organisation"
 * @param mentions the mentions, by document then position
 */
public record EntityCluster(String key, String name, String kind, List<EntityMention> mentions) {
    public EntityCluster {
        mentions = List.copyOf(mentions);
    }

    /** Ids of the documents that mention the entity, sorted. */
    public List<String> documents() {
        return mentions.stream().map(EntityMention::documentId).distinct().sorted().toList();
    }
}
