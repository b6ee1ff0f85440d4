package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.Checker;
import dev.claims.TestPaths;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every JSON and SARIF report we can make validates against its schema; and the schemas do reject bad reports. */
class SchemaValidationTest {
    static final BaselineStatus STATUS = new BaselineStatus("base.json", 2,
            List.of(new BaselineEntry("00112233aabbccdd", "contradiction", "date-mismatch", "gone")));
    static final ReportContext FULL = ReportContext.defaults().withTimestamp(Instant.parse("2026-01-02T03:04:05Z"))
            .withBaseline(STATUS);

    private static Map<String, Report> reports() {
        return Map.of("seeds", Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds())),
                "sample", SampleReports.sample(), "hostile", SampleReports.hostile());
    }

    @Test
    void everyJsonReportFollowsTheSchema() throws Exception {
        for (var e : reports().entrySet()) {
            for (ReportContext ctx : List.of(ReportContext.defaults(), FULL)) {
                JsonNode json = Schemas.MAPPER.readTree(Schemas.render(new JsonReportWriter(), e.getValue(), ctx));
                assertEquals(Set.of(), Schemas.problems(Schemas.report(), json), e.getKey());
            }
        }
    }

    @Test
    void theSchemaRejectsRenamedAndMissingFields() throws Exception {
        ObjectNode json = JsonReportWriter.toJson(SampleReports.sample());
        ObjectNode ev = (ObjectNode) json.get("findings").get(0).get("evidence").get(0);
        ev.set("lineNumber", ev.remove("line"));
        assertFalse(Schemas.problems(Schemas.report(), json).isEmpty());
        ObjectNode json2 = JsonReportWriter.toJson(SampleReports.sample());
        ((ObjectNode) json2.get("findings").get(0)).put("kind", "disagreement");
        assertFalse(Schemas.problems(Schemas.report(), json2).isEmpty());
    }

    @Test
    void everySarifReportFollowsTheSarif210Schema() throws Exception {
        for (var e : reports().entrySet()) {
            for (ReportContext ctx : List.of(ReportContext.defaults(), FULL)) {
                String sarif = Schemas.render(new SarifReportWriter(), e.getValue(), ctx);
                assertEquals(Set.of(), Schemas.problems(Schemas.sarif(), Schemas.MAPPER.readTree(sarif)), e.getKey());
            }
        }
    }

    @Test
    void theSarifSchemaIsReallyChecked() throws Exception {
        ObjectNode sarif = new SarifReportWriter(SampleReports.RULES).toJson(SampleReports.sample(), ReportContext.defaults());
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(Schemas.problems(Schemas.sarif(), sarif).isEmpty());
    }

    @Test
    void sarifLocationsAreRelativeToTheWorkingDirectoryWithRelatedLocationsAndFingerprints() throws Exception {
        ReportContext ctx = ReportContext.defaults().withWorkingDirectory(Path.of("/work/project"));
        JsonNode run = new SarifReportWriter(SampleReports.RULES).toJson(SampleReports.sample(), ctx).get("runs").get(0);
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertEquals(List.of("citation-unresolved", "date-mismatch", "name-variant"),
                Schemas.MAPPER.convertValue(run.get("tool").get("driver").get("rules").findValuesAsText("id"), List.class));
        JsonNode first = run.get("results").get(0);
        assertEquals("date-mismatch", first.get("ruleId").asText());
        assertEquals(1, first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        JsonNode loc = first.get("locations").get(0).get("physicalLocation");
        assertEquals("corpus/a.txt", loc.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(3, loc.get("region").get("startLine").asInt());
        assertEquals(50, loc.get("region").get("startColumn").asInt());
        assertEquals(67, loc.get("region").get("endColumn").asInt());
        JsonNode related = first.get("relatedLocations").get(0).get("physicalLocation");
        assertEquals("corpus/b.txt", related.get("artifactLocation").get("uri").asText());
        assertEquals(1, related.get("region").get("startLine").asInt());
        assertEquals(SampleReports.sample().findings().get(0).id(),
                first.get("partialFingerprints").get("claimsFindingId/v2").asText());
        assertEquals(3, run.get("results").size(), "agreements are not results");
        assertTrue(run.get("invocations") == null, "no timestamp, no invocation time");
    }

    @Test
    void sarifUrisOutsideTheWorkingDirectoryAreAbsoluteAndEncoded() {
        Path wd = Path.of("/work/project");
        assertEquals("docs/a%20b.txt", SarifReportWriter.uri("docs/a b.txt", wd)[0]);
        assertEquals("./a:b.txt", SarifReportWriter.uri("a:b.txt", wd)[0]);
        assertEquals("file:///elsewhere/x.txt", SarifReportWriter.uri("/elsewhere/x.txt", wd)[0]);
        assertEquals(null, SarifReportWriter.uri("/elsewhere/x.txt", wd)[1]);
    }
}
