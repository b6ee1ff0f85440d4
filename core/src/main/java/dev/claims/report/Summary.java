package dev.claims.report;

/** Counts over a report. */
public record Summary(int documents, int skipped, int claims, int agreements, int contradictions, int variants,
                      int citations) {
}
