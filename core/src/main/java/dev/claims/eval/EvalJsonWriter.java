package dev.claims.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes an {@link EvalResult} as JSON: {@code overall}, {@code byKind}, {@code byRule} (each with rows, findings,
 * tp, fp, fn, precision, recall, f1; undefined measures are null), {@code matches}, {@code missed} and
 * {@code unmatched}.
 */
public final class EvalJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(EvalResult result, Writer out) throws IOException {
        MAPPER.writeValue(out, toJson(result));
        out.write('\n');
        out.flush();
    }

    public static ObjectNode toJson(EvalResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("description", result.description());
        score(root.putObject("overall"), result.overall());
        ObjectNode kinds = root.putObject("byKind");
        for (Map.Entry<FindingKind, Score> e : result.byKind().entrySet()) {
            score(kinds.putObject(e.getKey().id()), e.getValue());
        }
        ObjectNode rules = root.putObject("byRule");
        for (Map.Entry<String, Score> e : result.byRule().entrySet()) {
            score(rules.putObject(e.getKey()), e.getValue());
        }
        ArrayNode matches = root.putArray("matches");
        for (Match m : result.matches()) {
            matches.addObject().put("row", m.row().id()).put("finding", m.finding().id())
                    .put("rule", m.finding().rule()).put("covered", m.covered());
        }
        ArrayNode missed = root.putArray("missed");
        for (GoldRow r : result.missedRows()) {
            ObjectNode n = missed.addObject().put("id", r.id()).put("kind", r.kind().id()).put("rule", r.rule())
                    .put("subject", r.subject());
            ArrayNode ev = n.putArray("evidence");
            for (GoldEvidence e : r.evidence()) {
                ev.addObject().put("document", e.document()).put("quote", e.quote());
            }
        }
        ArrayNode unmatched = root.putArray("unmatched");
        for (Finding f : result.unmatchedFindings()) {
            ObjectNode n = unmatched.addObject().put("id", f.id()).put("kind", f.kind().id()).put("rule", f.rule())
                    .put("subject", f.subject()).put("message", f.message());
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ev.addObject().put("document", e.document()).put("start", e.span().start())
                        .put("end", e.span().end()).put("line", e.line()).put("column", e.column())
                        .put("value", e.value());
            }
        }
        return root;
    }

    private static void score(ObjectNode n, Score s) {
        n.put("rows", s.rows()).put("findings", s.findings()).put("tp", s.truePositives())
                .put("fp", s.falsePositives()).put("fn", s.falseNegatives());
        measure(n, "precision", s.precision());
        measure(n, "recall", s.recall());
        measure(n, "f1", s.f1());
    }

    private static void measure(ObjectNode n, String name, double v) {
        if (Double.isNaN(v)) {
            n.putNull(name);
        } else {
            n.put(name, Math.round(v * 10000) / 10000.0);
        }
    }
}
