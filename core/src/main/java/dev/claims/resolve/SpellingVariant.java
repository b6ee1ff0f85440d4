package dev.claims.resolve;

import java.util.List;

/**
 * Two spellings of one part of one entity's name, found while clustering.
 *
 * <p>Example: cluster "Maxim Litvinov", part "surname", spellings "Litinov" and "Litvinov", relation "spelling".
 *
 * @param clusterKey the entity's cluster key
 * @param entity     the entity's display name
 * @param part       "given name", "surname" or "name" (places and organisations)
 * @param spellings  the two spellings, sorted
 * @param relation   "spelling" (a typo or spelling variant), "transliteration" (Maksim/Maxim) or "nickname"
 *                   (Harry/Henry: may also be two people)
 * @param evidence   mentions for each spelling: {@code evidence.get(i)} holds mentions written with
 *                   {@code spellings.get(i)}
 * @param confidence how sure the resolver is that both spellings denote one entity
 */
public record SpellingVariant(String clusterKey, String entity, String part, List<String> spellings, String relation,
                              List<List<EntityMention>> evidence, double confidence) {
    public SpellingVariant {
        spellings = List.copyOf(spellings);
        evidence = evidence.stream().map(List::copyOf).toList();
    }
}
