package dev.claims.report;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one annotation per finding except agreements:
 * {@code ::error file=seeds/a.txt,line=3,col=51,title=date-mismatch: …::message}. Without a threshold errors,
 * warnings and notes map to {@code error}, {@code warning} and {@code notice}. With one ({@link ReportContext#failOn()})
 * the annotations follow the exit code: a finding that fails the build is an {@code error}, one that does not is a
 * {@code warning} (or a {@code notice} for a note), so a green run shows no red annotations. Values are escaped as the Actions runner expects ({@code %},
 * CR and LF everywhere; also {@code :} and {@code ,} in properties), so document text cannot start a command.
 */
public final class GithubReportWriter implements ReportWriter {
    @Override
    public String format() {
        return "github";
    }

    @Override
    public String extension() {
        return "github.txt";
    }

    @Override
    public void write(Report report, Writer out, ReportContext ctx) throws IOException {
        for (Finding f : report.findings()) {
            if (f.kind() == FindingKind.AGREEMENT) {
                continue;
            }
            String level = level(f, ctx);
            StringBuilder line = new StringBuilder("::").append(level).append(' ');
            if (!f.evidence().isEmpty()) {
                Evidence e = f.evidence().get(0);
                line.append("file=").append(property(e.path())).append(",line=").append(e.line()).append(",col=")
                        .append(e.column()).append(',');
            }
            line.append("title=").append(property(f.rule() + ": " + Excerpt.clean(f.subject()))).append("::");
            StringBuilder msg = new StringBuilder(Excerpt.clean(f.message()));
            for (Evidence e : f.evidence()) {
                msg.append('\n').append(e.path()).append(':').append(e.line()).append(':').append(e.column())
                        .append(": \"").append(Excerpt.clean(e.value())).append("\" in: ")
                        .append(Excerpt.around(e.quote(), e.value(), 80));
            }
            line.append(data(msg.toString()));
            out.write(line.append('\n').toString());
        }
        Summary s = report.summary();
        out.write(String.format("claims: %d documents, %d contradictions, %d citation problems, %d variants, "
                + "%d agreements%n", s.documents(), s.contradictions(), s.citations(), s.variants(), s.agreements()));
    }

    static String level(Finding f, ReportContext ctx) {
        if (ctx.failOn() != null && ctx.failOn().fails(f)) {
            return "error";
        }
        return switch (f.severity()) {
            case ERROR -> ctx.failOn() == null ? "error" : "warning";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
