package dev.claims.eval;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link RowGoldResult} or a {@link ValueResult} for people (text) or tools (one JSON line with the fields,
 * rounding and layout of the reference scorers' last line).
 *
 * <pre>
 * contradiction recall   0.600  (9 of 15 CONTRADICT rows)
 * agreement recall       0.300  (9 of 30 AGREE rows)
 * contradiction findings 12 of 40 findings: 3 cover a CONTRADICT row, 2 an AGREE row or a trap, 7 no row (unjudged)
 * false alarms on AGREE rows: 1
 * traps hit: 0 of 8
 * </pre>
 */
public final class RowGoldWriter {
    private final boolean verbose;

    /** @param verbose also list missed rows, false alarms, wrong and unjudged contradictions, or missed values */
    public RowGoldWriter(boolean verbose) {
        this.verbose = verbose;
    }

    /** The fields of {@code score_findings.py}'s JSON line, in its order; undefined recalls are NaN (null). */
    public static Map<String, Object> fields(RowGoldResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contradiction_recall", PyJson.round3(r.contradictionRecall()));
        out.put("agreement_recall", PyJson.round3(r.agreementRecall()));
        out.put("false_alarms_on_agree_rows", r.falseAlarms().size());
        out.put("agree_rows", r.agreeRows());
        out.put("contradict_rows", r.contradictRows());
        out.put("contradiction_findings", r.contradictions().size());
        out.put("all_findings", r.allFindings());
        out.put("contradictions_right", r.right().size());
        out.put("contradictions_wrong", r.wrong().size());
        out.put("contradictions_unjudged", r.unjudged().size());
        out.put("traps", r.traps());
        out.put("traps_hit", r.trapsHit().size());
        return out;
    }

    /** The fields of {@code score_mentions.py}'s JSON line, in its order. */
    public static Map<String, Object> fields(ValueResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mentions", r.overall().mentions());
        out.put("extracted", PyJson.round3(r.overall().extractedShare()));
        out.put("with_subject", PyJson.round3(r.overall().withSubjectShare()));
        Map<String, Object> kinds = new LinkedHashMap<>();
        r.byKind().forEach((kind, c) -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("mentions", c.mentions());
            k.put("extracted", PyJson.round3(c.extractedShare()));
            k.put("with_subject", PyJson.round3(c.withSubjectShare()));
            kinds.put(kind, k);
        });
        out.put("by_kind", kinds);
        return out;
    }

    /** One JSON line, as Python's {@code json.dumps} writes it; values are what {@link #fields} return. */
    public static String jsonLine(Map<String, ?> fields) {
        return PyJson.line(fields);
    }

    public void writeText(RowGoldResult r, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "contradiction recall   %s  (%d of %d CONTRADICT rows)%n",
                share(r.contradictionRecall()), r.contradictRowsFound(), r.contradictRows()));
        out.write(String.format(Locale.ROOT, "agreement recall       %s  (%d of %d AGREE rows)%n",
                share(r.agreementRecall()), r.agreeRowsFound(), r.agreeRows()));
        out.write(String.format(Locale.ROOT, "contradiction findings %d of %d findings: %d cover a CONTRADICT row,"
                        + " %d an AGREE row or a trap, %d no row (unjudged)%n", r.contradictions().size(),
                r.allFindings(), r.right().size(), r.wrong().size(), r.unjudged().size()));
        out.write("false alarms on AGREE rows: " + r.falseAlarms().size() + "\n");
        out.write("traps hit: " + r.trapsHit().size() + " of " + r.traps() + "\n");
        if (!verbose) {
            return;
        }
        rows(out, "missed rows", r.missed(), true);
        rows(out, "false alarms (AGREE rows a contradiction covers)", r.falseAlarms(), false);
        rows(out, "traps hit", r.trapsHit(), false);
        findings(out, "wrong contradictions (cover an AGREE row or a trap)", r.wrong());
        findings(out, "unjudged contradictions (cover no row: read them)", r.unjudged());
    }

    public void writeText(ValueResult r, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%-8s %8s %9s %12s%n", "kind", "mentions", "extracted", "with_subject"));
        for (Map.Entry<String, ValueResult.Counts> e : r.byKind().entrySet()) {
            counts(out, e.getKey(), e.getValue());
        }
        counts(out, "all", r.overall());
        if (!verbose) {
            return;
        }
        misses(out, "not extracted (no claim of a fitting type inside the quote)", r.notExtracted());
        misses(out, "no subject (extracted, but no fitting claim inside the quote has a subject)", r.noSubject());
    }

    private static void counts(Writer out, String name, ValueResult.Counts c) throws IOException {
        out.write(String.format(Locale.ROOT, "%-8s %8d %9s %12s   (%d and %d of %d)%n", name, c.mentions(),
                share(c.extractedShare()), share(c.withSubjectShare()), c.extracted(), c.withSubject(),
                c.mentions()));
    }

    private static void rows(Writer out, String title, List<RowGold.Row> rows, boolean verdict) throws IOException {
        out.write("\n" + title + " (" + rows.size() + "):\n");
        for (RowGold.Row row : rows) {
            out.write("  " + row.id() + (verdict && row.verdict() != null ? " " + row.verdict() : "")
                    + (row.kind() == null ? "" : " [" + row.kind() + "]")
                    + (row.subject() == null ? "" : " " + row.subject()) + "\n");
            for (RowGold.Mention m : row.mentions()) {
                out.write("    " + m.file() + ": \"" + oneLine(m.quote()) + "\"\n");
            }
        }
    }

    private static void findings(Writer out, String title, List<Finding> findings) throws IOException {
        out.write("\n" + title + " (" + findings.size() + "):\n");
        for (Finding f : findings) {
            out.write("  " + f.rule() + ": " + oneLine(f.message()) + "\n");
            for (Evidence e : f.evidence()) {
                out.write("    " + e.document() + ":" + e.line() + ":" + e.column() + ": \""
                        + oneLine(e.value()) + "\"\n");
            }
        }
    }

    private static void misses(Writer out, String title, List<ValueResult.Miss> misses) throws IOException {
        out.write("\n" + title + " (" + misses.size() + "):\n");
        for (ValueResult.Miss m : misses) {
            out.write("  " + m.row() + " [" + m.kind() + "] " + m.mention().file() + ": \""
                    + oneLine(m.mention().quote()) + "\"\n");
        }
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", PyJson.round3(v));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
