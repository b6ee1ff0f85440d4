package dev.claims.eval;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link EvalResult} for people: a table per kind and per rule, then the missed rows and the findings that
 * match no row, so the errors can be read.
 *
 * <pre>
 * kind             rows findings   TP   FP   FN precision recall     F1
 * contradiction       9        7    6    1    3     0.857  0.667  0.750
 * </pre>
 */
public final class EvalTextWriter {
    private static final String HEADER = String.format(Locale.ROOT, "%-28s %5s %8s %4s %4s %4s %9s %6s %6s%n",
            "%s", "rows", "findings", "TP", "FP", "FN", "precision", "recall", "F1");

    public void write(EvalResult result, Writer out) throws IOException {
        if (result.description() != null) {
            out.write("gold: " + result.description() + "\n\n");
        }
        out.write(String.format(Locale.ROOT, HEADER, "kind"));
        for (Map.Entry<FindingKind, Score> e : result.byKind().entrySet()) {
            out.write(line(e.getKey().id(), e.getValue()));
        }
        out.write(line("all", result.overall()));
        out.write("\n");
        out.write(String.format(Locale.ROOT, HEADER, "rule"));
        for (Map.Entry<String, Score> e : result.byRule().entrySet()) {
            out.write(line(e.getKey(), e.getValue()));
        }
        out.write("\nmissed gold rows (" + result.missedRows().size() + "):\n");
        for (GoldRow r : result.missedRows()) {
            out.write("  " + r.kind().id() + (r.rule() == null ? "" : " [" + r.rule() + "]") + " " + r.id()
                    + (r.subject() == null ? "" : ": " + r.subject()) + "\n");
            for (GoldEvidence e : r.evidence()) {
                out.write("    " + e.document() + ": \"" + oneLine(e.quote()) + "\"\n");
            }
        }
        out.write("\nfindings matching no gold row (" + result.unmatchedFindings().size() + "):\n");
        for (Finding f : result.unmatchedFindings()) {
            out.write("  " + f.kind().id() + " [" + f.rule() + "] " + f.subject() + "\n");
            out.write("    " + oneLine(f.message()) + "\n");
            for (Evidence e : f.evidence()) {
                out.write("    " + e.document() + ":" + e.line() + ":" + e.column() + ": \"" + oneLine(e.value())
                        + "\"\n");
            }
        }
        out.flush();
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-28s %5d %8d %4d %4d %4d %9s %6s %6s%n", name, s.rows(), s.findings(),
                s.truePositives(), s.falsePositives(), s.falseNegatives(), fmt(s.precision()), fmt(s.recall()),
                fmt(s.f1()));
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
