package dev.claims.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report contract, schemaVersion 1 (see docs/report-schema.md and the JSON Schema docs/report.schema.json).
 * Fields are only ever added, never renamed.
 */
public final class JsonReportWriter implements ReportWriter {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Report report, Writer out, ReportContext context) throws IOException {
        MAPPER.writeValue(out, toJson(report, context));
        out.write('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(Report report) {
        return toJson(report, ReportContext.defaults());
    }

    /**
     * The report as a JSON tree, with the optional fields the context adds: {@code generated} (ISO-8601 instant) when
     * there is a timestamp, and {@code baseline} ({@code file}, {@code suppressed}, {@code absent}) after a baseline.
     */
    public static ObjectNode toJson(Report report, ReportContext context) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", Report.SCHEMA_VERSION);
        root.putObject("tool").put("name", "claims").put("version", report.toolVersion());
        java.util.Map<String, Integer> uncited = uncitedClaims(report);
        ArrayNode docs = root.putArray("documents");
        for (DocumentEntry d : report.documents()) {
            ObjectNode n = docs.addObject();
            n.put("id", d.id()).put("path", d.path()).put("format", d.format()).put("title", d.title())
                    .put("status", d.status()).put("problem", d.problem())
                    .put("claims", d.claims()).put("notes", d.notes()).put("bibliography", d.bibliography())
                    .put("uncitedClaims", uncited.getOrDefault(d.id(), 0));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("id", f.id()).put("kind", f.kind().id()).put("rule", f.rule()).put("severity", f.severity().id())
                    .put("subject", f.subject()).put("message", f.message()).put("confidence", f.confidence());
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ev.addObject().put("document", e.document()).put("path", e.path()).put("line", e.line())
                        .put("column", e.column()).put("quote", e.quote()).put("value", e.value())
                        .put("start", e.span().start()).put("end", e.span().end());
            }
        }
        Summary s = report.summary();
        root.putObject("summary").put("documents", s.documents()).put("skipped", s.skipped()).put("claims", s.claims())
                .put("agreements", s.agreements()).put("contradictions", s.contradictions())
                .put("variants", s.variants()).put("citations", s.citations())
                .put("uncitedClaims", uncited.values().stream().mapToInt(Integer::intValue).sum());
        BaselineStatus b = context.baseline();
        if (b != null) {
            ObjectNode bn = root.putObject("baseline").put("file", b.file()).put("suppressed", b.suppressed());
            ArrayNode absent = bn.putArray("absent");
            for (BaselineEntry e : b.absent()) {
                absent.addObject().put("id", e.id()).put("kind", e.kind()).put("rule", e.rule())
                        .put("subject", e.subject());
            }
        }
        if (context.timestamp() != null) {
            root.put("generated", context.timestamp().toString());
        }
        return root;
    }

    /** Per document, the sentences that state a checkable fact without a note (the {@code uncited-claim} findings). */
    static java.util.Map<String, Integer> uncitedClaims(Report report) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (Finding f : report.findings()) {
            if (f.rule().equals("uncited-claim") && !f.evidence().isEmpty()) {
                out.merge(f.evidence().get(0).document(), 1, Integer::sum);
            }
        }
        return out;
    }
}
