package dev.claims.model;

import dev.claims.model.Span;

/**
 * One note's reference to one work.
 *
 * @param noteLabel  the note it comes from
 * @param span       the reference's extent in the original text
 * @param text       the reference as written
 * @param form       how it is written: "full", "short", "ibid", "url", "unparsed"
 * @param work       the work it resolves to, or null when unresolved
 * @param locator    pages or other locator ("311-12"), empty when none
 * @param resolution "resolved", "ambiguous", "unresolved", or "inherited" for an Ibid. repeating a note that does
 *                   not resolve to a single work (its problem is reported at that note)
 * @param reason     why it resolved as it did, one sentence
 */
public record Citation(String noteLabel, Span span, String text, String form, Work work, String locator,
                       String resolution, String reason) {
}
