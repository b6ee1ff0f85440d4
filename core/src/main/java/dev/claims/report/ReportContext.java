package dev.claims.report;

import dev.claims.model.Finding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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
 * @param failOn           the threshold the run fails at, or null when there is no gate (JUnit then fails
 *                         contradictions and citation problems, GitHub annotations keep each finding's severity)
 * @param suppressed       findings switched off by comments in the documents ({@code claims-disable}); SARIF
 *                         reports them as suppressed results
 */
public record ReportContext(boolean colour, Path workingDirectory, Instant timestamp, BaselineStatus baseline,
                            FailThreshold failOn, List<Finding> suppressed) {
    public ReportContext {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        suppressed = List.copyOf(suppressed);
    }

    /** The context without a threshold and without suppressed findings. */
    public ReportContext(boolean colour, Path workingDirectory, Instant timestamp, BaselineStatus baseline) {
        this(colour, workingDirectory, timestamp, baseline, null, List.of());
    }

    /** No colour, the current directory, no timestamp, no baseline, no threshold. */
    public static ReportContext defaults() {
        return new ReportContext(false, Path.of(""), null, null);
    }

    public ReportContext withColour(boolean c) {
        return new ReportContext(c, workingDirectory, timestamp, baseline, failOn, suppressed);
    }

    public ReportContext withWorkingDirectory(Path dir) {
        return new ReportContext(colour, dir, timestamp, baseline, failOn, suppressed);
    }

    public ReportContext withTimestamp(Instant t) {
        return new ReportContext(colour, workingDirectory, t, baseline, failOn, suppressed);
    }

    public ReportContext withBaseline(BaselineStatus b) {
        return new ReportContext(colour, workingDirectory, timestamp, b, failOn, suppressed);
    }

    /** The threshold that the exit code, JUnit failures and GitHub annotation levels follow. */
    public ReportContext withFailOn(FailThreshold t) {
        return new ReportContext(colour, workingDirectory, timestamp, baseline, t, suppressed);
    }

    /** Findings suppressed in the documents themselves, for writers that record suppressions (SARIF). */
    public ReportContext withSuppressed(List<Finding> s) {
        return new ReportContext(colour, workingDirectory, timestamp, baseline, failOn, s);
    }

    /** True when the finding fails the build: at the threshold, or without one a contradiction or citation problem. */
    public boolean fails(Finding f) {
        return (failOn == null ? FailThreshold.CITATION : failOn).fails(f);
    }
}
