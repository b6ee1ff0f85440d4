package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claims.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SARIF marks results new, unchanged or absent against a baseline, and in-document suppressions as suppressed. */
class SarifBaselineStateTest {
    private static List<String> states(JsonNode sarif) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            out.add(r.get("ruleId").asText() + " " + r.path("baselineState").asText("-") + " "
                    + r.get("partialFingerprints").get("claimsFindingId/v2").asText()
                    + (r.has("suppressions") ? " " + r.get("suppressions").get(0).get("kind").asText() : ""));
        }
        return out;
    }

    @Test
    void newUnchangedAndAbsent() throws Exception {
        Report report = SampleReports.sample();
        Finding contradiction = report.findings().get(0);
        Finding note = report.findings().get(1);
        Finding variant = report.findings().get(2);
        List<BaselineEntry> entries = new ArrayList<>(List.of(BaselineEntry.of(note), BaselineEntry.of(variant)));
        entries.add(new BaselineEntry("ffffffffffffffff", "citation", "missing-note", "a note since fixed"));
        Baseline.Applied applied = new Baseline(entries).apply(report, "claims-baseline.json");
        JsonNode sarif = new SarifReportWriter(SampleReports.RULES).toJson(applied.report(),
                ReportContext.defaults().withBaseline(applied.status()));
        assertEquals(List.of(
                "date-mismatch new " + contradiction.id(),
                "citation-unresolved unchanged " + note.id(),
                "name-variant unchanged " + variant.id(),
                "missing-note absent ffffffffffffffff"), states(sarif));
        JsonNode absent = sarif.get("runs").get(0).get("results").get(3);
        assertEquals("a note since fixed: no longer found (listed in the baseline claims-baseline.json)",
                absent.get("message").get("text").asText());
        assertEquals("none", absent.get("level").asText());
        assertEquals(List.of("citation-unresolved", "date-mismatch", "missing-note", "name-variant"),
                ruleIds(sarif));
        assertEquals(Set.of(), Schemas.problems(Schemas.sarif(), sarif));
    }

    @Test
    void withoutABaselineThereIsNoBaselineState() {
        JsonNode sarif = new SarifReportWriter(SampleReports.RULES).toJson(SampleReports.sample(),
                ReportContext.defaults());
        assertEquals(3, states(sarif).size());
        states(sarif).forEach(s -> assertEquals("-", s.split(" ")[1], s));
    }

    @Test
    void suppressedFindingsAreResultsWithAnInSourceSuppression() throws Exception {
        Report report = SampleReports.sample();
        Finding contradiction = report.findings().get(0);
        List<Finding> rest = report.findings().subList(1, report.findings().size());
        Report reduced = new Report(report.toolVersion(), report.documents(), rest, report.corpus());
        JsonNode sarif = new SarifReportWriter(SampleReports.RULES).toJson(reduced,
                ReportContext.defaults().withSuppressed(List.of(contradiction)));
        List<String> states = states(sarif);
        assertEquals("date-mismatch - " + contradiction.id() + " inSource", states.get(states.size() - 1));
        assertEquals(3, states.size());
        assertEquals("a claims-disable comment in corpus/a.txt", sarif.get("runs").get(0).get("results").get(2)
                .get("suppressions").get(0).get("justification").asText());
        assertEquals(Set.of(), Schemas.problems(Schemas.sarif(), sarif));
    }

    private static List<String> ruleIds(JsonNode sarif) {
        List<String> out = new ArrayList<>();
        sarif.get("runs").get(0).get("tool").get("driver").get("rules").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }
}
