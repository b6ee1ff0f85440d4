package dev.claims.report;

/**
 * One input document's line in a report: read ({@code ok}) or {@code skipped} with the problem.
 *
 * @param problem one sentence; null when the document was read without trouble (warnings go here too, with status ok)
 */
public record DocumentEntry(String id, String path, String format, String title, String status, String problem,
                            int claims, int notes, int bibliography) {
}
