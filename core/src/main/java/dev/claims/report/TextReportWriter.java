package dev.claims.report;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Human-readable report for a terminal. Findings are grouped by subject, subjects with contradictions first (the
 * order of {@link Finding}), and every piece of evidence starts with {@code path:line:column} so terminals and editors
 * link to it:
 *
 * <pre>
 * recognition of the Soviet Union by the United States: date
 *   contradiction date-mismatch (error): The documents date it differently: 1933-11-16, 1933-11-17.
 *     corpus/a.txt:3:51: "November 16, 1933" in: …recognized the Soviet Union on November 16, 1933.
 *     corpus/b.txt:1:50: "November 17, 1933" in: …
 * </pre>
 *
 * <p>Colour (ANSI) only when {@link ReportContext#colour()} is set; document text is stripped of control characters
 * either way, so a document cannot send escape sequences to the terminal.
 */
public final class TextReportWriter implements ReportWriter {
    private static final String RESET = "\u001b[0m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Report report, Writer out, ReportContext ctx) throws IOException {
        boolean c = ctx.colour();
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> group : bySubject.entrySet()) {
            out.write(paint(c, "1", Excerpt.clean(group.getKey())) + "\n");
            for (Finding f : group.getValue()) {
                out.write("  " + paint(c, kindColour(f.kind()), f.kind().id()) + " " + f.rule() + " ("
                        + f.severity().id() + "): " + Excerpt.clean(f.message()) + "\n");
                for (Evidence e : Places.shown(f.evidence(), Places.LIST)) {
                    String value = Excerpt.clean(e.value());
                    out.write("    " + paint(c, "36", Excerpt.clean(e.path()) + ":" + e.line() + ":" + e.column())
                            + ": " + (value.isEmpty() ? "" : "\"" + paint(c, "1", value) + "\" in: ")
                            + paint(c, "2", Excerpt.around(e.quote(), e.value(), 70)) + "\n");
                }
                String more = Places.more(f.evidence(), Places.LIST);
                if (!more.isEmpty()) {
                    out.write("    " + paint(c, "2", more) + "\n");
                }
            }
            out.write("\n");
        }
        for (DocumentEntry d : report.documents()) {
            if (d.problem() != null) {
                out.write(Excerpt.clean(d.path()) + ": " + d.status() + ": " + Excerpt.clean(d.problem()) + "\n");
            }
        }
        BaselineStatus b = ctx.baseline();
        if (b != null) {
            out.write("baseline " + Excerpt.clean(b.file()) + ": " + b.suppressed() + " known findings not shown, "
                    + b.absent().size() + " baseline entries no longer occur\n");
            for (BaselineEntry e : b.absent()) {
                out.write("  no longer found: " + e.id() + " " + e.rule() + ": " + Excerpt.clean(e.subject()) + "\n");
            }
        }
        Summary s = report.summary();
        out.write(String.format("%d documents (%d skipped), %d claims: %s, %s, %s, %s%n", s.documents(), s.skipped(),
                s.claims(), count(c, s.contradictions(), "contradictions", FindingKind.CONTRADICTION),
                count(c, s.citations(), "citation problems", FindingKind.CITATION),
                count(c, s.variants(), "variants", FindingKind.VARIANT),
                count(c, s.agreements(), "agreements", FindingKind.AGREEMENT)));
        if (ctx.timestamp() != null) {
            out.write("generated " + ctx.timestamp() + "\n");
        }
    }

    private static String count(boolean c, int n, String label, FindingKind kind) {
        String s = n + " " + label;
        return n > 0 ? paint(c, kindColour(kind), s) : s;
    }

    private static String kindColour(FindingKind k) {
        return switch (k) {
            case CONTRADICTION -> "31";
            case CITATION -> "33";
            case VARIANT -> "35";
            case AGREEMENT -> "32";
        };
    }

    private static String paint(boolean colour, String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
