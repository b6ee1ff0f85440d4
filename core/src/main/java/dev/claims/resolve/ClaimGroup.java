package dev.claims.resolve;

import dev.claims.model.Claim;
import java.util.List;

/**
 * Claims about the same subject and attribute across the corpus: the blocking unit of comparison. Only claims in
 * one group are ever compared, so cost grows with group sizes, not with the square of the corpus.
 *
 * @param key       canonical subject key ("maxim litvinov")
 * @param subject   display name of the subject ("Maxim Litvinov")
 * @param attribute the attribute compared ("date", "office")
 * @param claims    the claims, in document then position order
 */
public record ClaimGroup(String key, String subject, String attribute, List<Claim> claims) {
    public ClaimGroup {
        claims = List.copyOf(claims);
    }
}
