package dev.claims.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How a report is written, as opposed to what it says: colour for terminals, the working directory that SARIF
 * artifact URIs are made relative to, an optional timestamp, and the outcome of comparing against a baseline.
 * Without a timestamp every writer's output depends on the report alone, byte for byte.
 *
 * <pre>{@code
 * ReportContext ctx = ReportContext.defaults().withColour(true).withTimestamp(Instant.now());
 * ReportWriters.forFormat("text").orElseThrow().write(report, out, ctx);
 * }</pre>
 *
 * @param colour           ANSI colour in the text format (the caller decides: TTY and no {@code NO_COLOR})
 * @param workingDirectory absolute directory relative to which SARIF locations are written
 * @param timestamp        when the report was made, or null for none (the default: reproducible output)
 * @param baseline         what a baseline suppressed and which of its entries no longer occur, or null
 */
public record ReportContext(boolean colour, Path workingDirectory, Instant timestamp, BaselineStatus baseline) {
    public ReportContext {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** No colour, the current directory, no timestamp, no baseline. */
    public static ReportContext defaults() {
        return new ReportContext(false, Path.of(""), null, null);
    }

    public ReportContext withColour(boolean c) {
        return new ReportContext(c, workingDirectory, timestamp, baseline);
    }

    public ReportContext withWorkingDirectory(Path dir) {
        return new ReportContext(colour, dir, timestamp, baseline);
    }

    public ReportContext withTimestamp(Instant t) {
        return new ReportContext(colour, workingDirectory, t, baseline);
    }

    public ReportContext withBaseline(BaselineStatus b) {
        return new ReportContext(colour, workingDirectory, timestamp, b);
    }
}
