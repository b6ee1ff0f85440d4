/**
 * Cited works and citations: parses bibliography entries and notes into {@link dev.claims.model.Work}s,
 * resolves every note (full, short, ibid.) to a work, and checks that citations hold up.
 */
package dev.claims.citation;
