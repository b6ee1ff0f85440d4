package dev.claims.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.compare.Comparer;
import dev.claims.compare.Rule;
import dev.claims.compare.RuleInfo;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, GitLab, IDE viewers). One {@code rules[]} entry per rule id
 * that has results (metadata from {@link RuleInfo}); one result per finding except agreements, located at the first
 * piece of evidence with the other sides as {@code relatedLocations}; artifact URIs relative to the working directory
 * (with {@code uriBaseId} {@code %SRCROOT%}), columns in UTF-16 code units, and {@code partialFingerprints} from the
 * finding id so code-scanning tracks a finding across runs (the id does not depend on paths or line numbers).
 *
 * <p>With a baseline ({@link ReportContext#baseline()}) every result has a {@code baselineState}: {@code new} for the
 * findings the baseline does not have, {@code unchanged} for those it has (they are in the SARIF, not in the other
 * formats), and {@code absent} for baseline entries that no longer occur (a result without a location). Findings
 * switched off by a {@code claims-disable} comment ({@link ReportContext#suppressed()}) are results with an
 * {@code inSource} suppression, so a viewer can show them as suppressed and none is silently lost.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private final Supplier<List<RuleInfo>> catalogue;

    /** Describes rules with the registered comparison rules' metadata. */
    public SarifReportWriter() {
        this(() -> Comparer.registeredRules().stream().map(Rule::infos).flatMap(List::stream).toList());
    }

    /** Describes rules with the given metadata (rule ids missing from it get a minimal description). */
    public SarifReportWriter(List<RuleInfo> rules) {
        this(() -> rules);
    }

    private SarifReportWriter(Supplier<List<RuleInfo>> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out, ReportContext ctx) throws IOException {
        JsonReportWriter.MAPPER.writeValue(out, toJson(report, ctx));
        out.write('\n');
    }

    public ObjectNode toJson(Report report, ReportContext ctx) {
        List<Finding> results = problems(report.findings());
        List<Finding> unchanged = ctx.baseline() == null ? List.of() : problems(ctx.baseline().unchanged());
        List<BaselineEntry> absent = ctx.baseline() == null ? List.of() : ctx.baseline().absent();
        List<Finding> suppressed = problems(ctx.suppressed());
        Map<String, RuleInfo> known = new TreeMap<>();
        for (RuleInfo r : catalogue.get()) {
            known.putIfAbsent(r.id(), r);
        }
        Map<String, RuleInfo> used = new TreeMap<>();
        for (List<Finding> fs : List.of(results, unchanged, suppressed)) {
            for (Finding f : fs) {
                used.put(f.rule(), known.getOrDefault(f.rule(), minimal(f.rule(), f.kind(), f.severity())));
            }
        }
        for (BaselineEntry e : absent) {
            FindingKind kind = FindingKind.CONTRADICTION;
            for (FindingKind k : FindingKind.values()) {
                if (k.id().equals(e.kind())) {
                    kind = k;
                }
            }
            used.put(e.rule(), known.getOrDefault(e.rule(), minimal(e.rule(), kind, Severity.WARNING)));
        }
        List<String> ruleIds = List.copyOf(used.keySet());
        DocumentIndex index = new DocumentIndex(report);

        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "claims").put("version", report.toolVersion()).put("semanticVersion",
                report.toolVersion().replaceAll("[^0-9A-Za-z.+-]", ""));
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : used.values()) {
            ObjectNode rn = rules.addObject();
            rn.put("id", r.id()).put("name", pascal(r.id()));
            rn.putObject("shortDescription").put("text", r.summary());
            rn.putObject("fullDescription").put("text", r.help().isBlank() ? r.summary() : r.help());
            if (!r.help().isBlank()) {
                rn.putObject("help").put("text", r.help());
            }
            rn.putObject("defaultConfiguration").put("level", level(r.severity()));
            rn.putObject("properties").put("kind", r.kind().id()).putArray("tags").add("claims").add(r.kind().id());
        }
        if (ctx.timestamp() != null) {
            run.putArray("invocations").addObject().put("executionSuccessful", true)
                    .put("endTimeUtc", ctx.timestamp().toString());
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode out = run.putArray("results");
        String state = ctx.baseline() == null ? null : "new";
        for (Finding f : results) {
            result(out.addObject(), f, ruleIds, index, ctx, state);
        }
        for (Finding f : unchanged) {
            result(out.addObject(), f, ruleIds, index, ctx, "unchanged");
        }
        for (BaselineEntry e : absent) {
            ObjectNode r = out.addObject();
            r.put("ruleId", e.rule()).put("ruleIndex", ruleIds.indexOf(e.rule())).put("kind", "pass")
                    .put("level", "none");
            r.putObject("message").put("text", e.subject() + ": no longer found (listed in the baseline "
                    + ctx.baseline().file() + ")");
            r.putObject("partialFingerprints").put(FINGERPRINT, e.id());
            r.put("baselineState", "absent");
            r.putObject("properties").put("kind", e.kind()).put("subject", e.subject());
        }
        for (Finding f : suppressed) {
            ObjectNode r = out.addObject();
            result(r, f, ruleIds, index, ctx, state);
            r.putArray("suppressions").addObject().put("kind", "inSource").put("justification",
                    "a claims-disable comment in " + (f.evidence().isEmpty() ? "the document" : f.evidence().get(0).path()));
        }
        return root;
    }

    /** The partialFingerprints key; v2 ids come from rule, subject, values and quotes, not paths. */
    static final String FINGERPRINT = "claimsFindingId/v2";

    private static List<Finding> problems(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() != FindingKind.AGREEMENT).toList();
    }

    private static RuleInfo minimal(String rule, FindingKind kind, Severity severity) {
        return new RuleInfo(rule, kind, severity, kind.id() + " findings of rule " + rule, "");
    }

    private static void result(ObjectNode r, Finding f, List<String> ruleIds, DocumentIndex index, ReportContext ctx,
                               String baselineState) {
        r.put("ruleId", f.rule()).put("ruleIndex", ruleIds.indexOf(f.rule())).put("kind", "fail")
                .put("level", level(f.severity()));
        r.putObject("message").put("text", message(f));
        if (!f.evidence().isEmpty()) {
            location(r.putArray("locations").addObject(), f.evidence().get(0), index, ctx.workingDirectory());
        }
        if (f.evidence().size() > 1) {
            ArrayNode related = r.putArray("relatedLocations");
            for (int i = 1; i < f.evidence().size(); i++) {
                Evidence e = f.evidence().get(i);
                ObjectNode loc = related.addObject().put("id", i);
                location(loc, e, index, ctx.workingDirectory());
                loc.putObject("message").put("text", "\"" + e.value() + "\" in " + e.path());
            }
        }
        r.putObject("partialFingerprints").put(FINGERPRINT, f.id());
        if (baselineState != null) {
            r.put("baselineState", baselineState);
        }
        r.putObject("properties").put("kind", f.kind().id()).put("subject", f.subject())
                .put("confidence", f.confidence());
    }

    private static String message(Finding f) {
        StringBuilder b = new StringBuilder(f.subject()).append(": ").append(f.message());
        for (Evidence e : f.evidence()) {
            b.append("\n- ").append(e.path()).append(':').append(e.line()).append(':').append(e.column())
                    .append(": \"").append(e.value()).append('"');
        }
        return b.toString();
    }

    private static void location(ObjectNode loc, Evidence e, DocumentIndex index, Path workingDirectory) {
        ObjectNode phys = loc.putObject("physicalLocation");
        ObjectNode artifact = phys.putObject("artifactLocation");
        String[] uri = uri(e.path(), workingDirectory);
        artifact.put("uri", uri[0]);
        if (uri[1] != null) {
            artifact.put("uriBaseId", uri[1]);
        }
        ObjectNode region = phys.putObject("region").put("startLine", e.line()).put("startColumn", e.column());
        index.position(e.document(), e.span().end()).ifPresent(end -> {
            if (end[0] > e.line() || (end[0] == e.line() && end[1] > e.column())) {
                region.put("endLine", end[0]).put("endColumn", end[1]);
            }
        });
        region.putObject("snippet").put("text", e.value());
    }

    /** The artifact URI of a path and its base id: relative to the working directory when under it. */
    static String[] uri(String path, Path workingDirectory) {
        Path abs = workingDirectory.resolve(Path.of(path)).toAbsolutePath().normalize();
        if (abs.startsWith(workingDirectory)) {
            String rel = workingDirectory.relativize(abs).toString().replace('\\', '/');
            String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
            if (first.contains(":")) {
                rel = "./" + rel;
            }
            try {
                return new String[] {new URI(null, null, rel, null).toASCIIString(), "%SRCROOT%"};
            } catch (URISyntaxException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return new String[] {abs.toUri().toASCIIString(), null};
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
