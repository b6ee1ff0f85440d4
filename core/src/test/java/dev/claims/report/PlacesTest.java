package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports for people show the first places of a finding and count the rest; the JSON report keeps them all. */
class PlacesTest {
    private static Report withFifteenPlaces() {
        Report sample = SampleReports.sample();
        Finding agreement = sample.findings().stream().filter(f -> f.kind() == FindingKind.AGREEMENT).findFirst()
                .orElseThrow();
        List<Evidence> many = new ArrayList<>(Collections.nCopies(15, agreement.evidence().get(0)));
        Finding big = new Finding(agreement.id(), agreement.kind(), agreement.rule(), agreement.severity(),
                agreement.subject(), agreement.message(), many, agreement.confidence());
        return new Report(sample.toolVersion(), sample.documents(), List.of(big), sample.corpus());
    }

    private static String write(String format, Report report) throws Exception {
        StringWriter out = new StringWriter();
        ReportWriters.forFormat(format).orElseThrow().write(report, out);
        return out.toString();
    }

    @Test
    void textShowsTenPlacesThenCountsTheRest() throws Exception {
        String text = write("text", withFifteenPlaces());
        assertEquals(10, text.lines().filter(l -> l.startsWith("    corpus/b.txt:")).count(), text);
        assertTrue(text.contains("    … and 5 more places (the JSON report lists all)\n"), text);
    }

    @Test
    void markdownCountsTheRestAndJsonKeepsEveryPlace() throws Exception {
        Report report = withFifteenPlaces();
        assertTrue(write("markdown", report).contains("and 5 more places"));
        assertEquals(15, new ObjectMapper().readTree(write("json", report)).get("findings").get(0).get("evidence").size());
    }
}
