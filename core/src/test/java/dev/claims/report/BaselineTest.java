package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @Test
    void roundTripSuppressesEveryKnownFinding(@TempDir Path dir) throws Exception {
        Report report = SampleReports.sample();
        Path file = dir.resolve("baseline.json");
        BaselineFile.write(Baseline.of(report), file);
        Baseline read = BaselineFile.read(file);
        assertEquals(Baseline.of(report), read);
        assertEquals(3, read.entries().size(), "agreements are not recorded");
        List<String> ids = read.entries().stream().map(BaselineEntry::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
        Baseline.Applied applied = read.apply(report, "baseline.json");
        assertEquals(List.of("agreement"), applied.report().findings().stream().map(f -> f.kind().id()).toList());
        assertEquals(3, applied.status().suppressed());
        assertEquals(List.of(), applied.status().absent());
        assertTrue(Files.readString(file).contains("\"rule\": \"date-mismatch\""));
    }

    @Test
    void newFindingsAreReportedAndVanishedOnesListed() {
        Report report = SampleReports.sample();
        List<Finding> older = new ArrayList<>(report.findings());
        Finding contradiction = older.remove(0);
        Baseline baseline = new Baseline(new ArrayList<>(Baseline.of(new Report("1", List.of(), older, List.of()))
                .entries()));
        List<BaselineEntry> withGone = new ArrayList<>(baseline.entries());
        withGone.add(new BaselineEntry("ffffffffffffffff", "citation", "citation-unresolved", "a fixed note"));
        Baseline.Applied applied = new Baseline(withGone).apply(report, "b.json");
        assertEquals(List.of(contradiction.id(), report.findings().get(3).id()),
                applied.report().findings().stream().map(Finding::id).toList());
        assertEquals(List.of("ffffffffffffffff"), applied.status().absent().stream().map(BaselineEntry::id).toList());
        assertEquals(2, applied.status().suppressed());
    }

    @Test
    void missingOrMalformedBaselineNamesTheFile(@TempDir Path dir) throws Exception {
        ClaimsException missing = assertThrows(ClaimsException.class, () -> BaselineFile.read(dir.resolve("no.json")));
        assertTrue(missing.getMessage().endsWith("no.json: baseline file not found"), missing.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"findings\": [{\"rule\": \"x\"}]}");
        assertTrue(assertThrows(ClaimsException.class, () -> BaselineFile.read(bad)).getMessage()
                .contains("bad.json: baseline entry without a text \"id\""));
        Path notJson = Files.writeString(dir.resolve("nj.json"), "{");
        assertTrue(assertThrows(ClaimsException.class, () -> BaselineFile.read(notJson)).getMessage()
                .contains("nj.json: not a readable baseline file"));
    }
}
