package dev.claims.report;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable report for a terminal: findings in order (contradictions first), each evidence line as
 * {@code path:line:column} so terminals and editors link to it.
 */
public final class TextReportWriter implements ReportWriter {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(f.kind().id() + " [" + f.rule() + "] " + f.subject() + "\n");
            out.write("  " + f.message() + "\n");
            for (Evidence e : f.evidence()) {
                out.write("  " + e.path() + ":" + e.line() + ":" + e.column() + ": \"" + e.value() + "\" in: "
                        + abbreviate(e.quote()) + "\n");
            }
            out.write("\n");
        }
        for (DocumentEntry d : report.documents()) {
            if (d.problem() != null) {
                out.write(d.path() + ": " + d.status() + ": " + d.problem() + "\n");
            }
        }
        Summary s = report.summary();
        out.write(String.format("%d documents (%d skipped), %d claims: %d contradictions, %d citation problems, "
                        + "%d variants, %d agreements%n", s.documents(), s.skipped(), s.claims(), s.contradictions(),
                s.citations(), s.variants(), s.agreements()));
    }

    static String abbreviate(String quote) {
        return quote.length() <= 160 ? quote : quote.substring(0, 157) + "...";
    }
}
