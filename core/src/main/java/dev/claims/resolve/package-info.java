/**
 * Stage 4, resolve: clusters mentions of the same person, event and work across documents, normalises offices
 * through the office lexicon, and groups claims by blocking key for comparison.
 */
package dev.claims.resolve;
