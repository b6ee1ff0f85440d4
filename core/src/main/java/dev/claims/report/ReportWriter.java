package dev.claims.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Implementations are registered in
 * {@code META-INF/services/dev.claims.report.ReportWriter} and found by {@link #format()} through
 * {@link ReportWriters}, so a library user can write any format:
 *
 * <pre>{@code
 * Report report = Checker.withDefaults().check(List.of(Path.of("seeds")));
 * try (Writer w = Files.newBufferedWriter(Path.of("report.html"))) {
 *     ReportWriters.forFormat("html").orElseThrow().write(report, w);
 * }
 * }</pre>
 */
public interface ReportWriter {
    /** The format name used by {@code --format} ("json", "text"). */
    String format();

    /** File extension for {@code --output-dir} ("json", "txt"): the file is {@code report.<extension>}. */
    String extension();

    /** Writes with {@link ReportContext#defaults()}. */
    default void write(Report report, Writer out) throws IOException {
        write(report, out, ReportContext.defaults());
    }

    /** Writes the report; the context decides colour, relative paths, timestamp and baseline notes. */
    void write(Report report, Writer out, ReportContext context) throws IOException;
}
