package dev.claims.eval;

import dev.claims.model.Finding;

/**
 * A finding matched to a gold row.
 *
 * @param row     the gold row
 * @param finding the finding
 * @param covered how many of the row's evidence items the finding's evidence overlaps
 */
public record Match(GoldRow row, Finding finding, int covered) {
}
