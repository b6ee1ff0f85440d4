package dev.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import dev.claims.report.ReportWriters;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs exactly the snippet shown in README.md ("Use it as a library"). */
class LibraryApiTest {
    @Test
    void readmeSnippetChecksTheSeeds() throws Exception {
        Path corpus = TestPaths.seeds();
        // --- README snippet start
        Report report = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(corpus));
        for (Finding f : report.findings()) {
            String line = f.kind() + " " + f.rule() + ": " + f.message();
        }
        StringWriter json = new StringWriter();
        ReportWriters.forFormat("json").orElseThrow().write(report, json);
        // --- README snippet end
        assertEquals(5, report.documents().size());
        assertTrue(report.documents().stream().allMatch(d -> d.status().equals("ok")));
        assertTrue(report.findings().stream().anyMatch(f -> f.kind() == FindingKind.AGREEMENT
                && f.subject().startsWith("recognition of the Soviet Union by the United States")));
        assertTrue(json.toString().contains("\"schemaVersion\" : 1"));
    }
}
