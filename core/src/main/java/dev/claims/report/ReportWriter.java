package dev.claims.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Implementations are registered in
 * {@code META-INF/services/dev.claims.report.ReportWriter} and found by {@link #format()} through
 * {@link ReportWriters}.
 */
public interface ReportWriter {
    /** The format name used by {@code --format} ("json", "text"). */
    String format();

    /** File extension for {@code --output-dir} ("json", "txt"). */
    String extension();

    void write(Report report, Writer out) throws IOException;
}
