/**
 * Stage 3, extract: claim extractors (dates, quantities, offices, events), each a {@link
 * dev.claims.extract.ClaimExtractor} registered as a service, plus entity mentions.
 */
package dev.claims.extract;
