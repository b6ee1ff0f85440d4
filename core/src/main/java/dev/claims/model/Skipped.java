package dev.claims.model;

import java.nio.file.Path;

/**
 * An input that could not be read, with the reason in one sentence. Skipped inputs are never
 * dropped: they appear in every report.
 *
 * @param explicit true when the path was named directly by the user rather than found while walking a directory
 */
public record Skipped(String id, Path path, String problem, boolean explicit) {
}
