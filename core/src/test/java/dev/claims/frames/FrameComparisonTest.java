package dev.claims.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Frame;
import dev.claims.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames and frame-gated comparison on a corpus written for this test (an invented ferry disaster and an invented
 * rocket flight), so that nothing here depends on a list naming its subjects.
 */
class FrameComparisonTest {
    @TempDir
    Path dir;

    private Extraction extract(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(dir));
    }

    static Frame frameOf(ExtractedDocument d, String valueText) {
        for (Claim c : d.claims()) {
            if (c.value().text().equals(valueText)) {
                return d.frames().get(c.id());
            }
        }
        throw new AssertionError("no claim " + valueText + " in " + d.claims());
    }

    @Test
    void framesComeFromTheSentence() throws IOException {
        Extraction x = extract(Map.of("a.txt",
                "The ferry Marisol sank in the Kessel Strait on 4 March 1911. There were 212 people on board; "
                        + "41 passengers and 19 crew members died. The captain, Peter Varga, was born on 2 June 1870. "
                        + "The rescue was scheduled for 5 March 1911."));
        ExtractedDocument d = x.documents().get(0);
        Frame sank = frameOf(d, "4 March 1911");
        assertEquals("date", sank.dimension());
        Frame aboard = frameOf(d, "212 people");
        assertEquals("carry", aboard.predicate());
        assertEquals("person", aboard.measure());
        Frame died = frameOf(d, "41 passengers");
        assertEquals("death", died.predicate());
        assertEquals("passenger", died.measure());
        Frame born = frameOf(d, "2 June 1870");
        assertEquals("birth", born.predicate());
        assertEquals("varga", born.person());
        assertTrue(frameOf(d, "5 March 1911").hedged(), "a scheduled event is not stated as happened");
    }

    @Test
    void alignedFramesAreComparedAndSayWhy() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "The Vega 3 rocket launched from Tarn Field at 9:15 a.m. EDT on May 2, 1961. "
                        + "Three passengers aboard Vega 3 died.",
                "b.txt", "Vega 3 lifted off from Tarn Field at 13:15 UTC on May 2, 1961. Four passengers of Vega 3 died.",
                "c.txt", "At 10:15 a.m. EDT on May 2, 1961, Vega 3 launched from Tarn Field."));
        Report r = Checker.withOptions(dev.claims.TestPacks.options()).check(x);
        List<Finding> times = r.findings().stream().filter(f -> f.rule().startsWith("event-time")).toList();
        assertEquals(2, times.size(), times.toString());
        Finding agree = times.stream().filter(f -> f.kind() == FindingKind.AGREEMENT).findFirst().orElseThrow();
        assertEquals(List.of("a.txt", "b.txt"), agree.evidence().stream()
                .map(e -> Path.of(e.path()).getFileName().toString()).toList());
        Finding contra = times.stream().filter(f -> f.kind() == FindingKind.CONTRADICTION).findFirst().orElseThrow();
        assertTrue(contra.message().contains("'launched' ~ "), contra.message());
        assertTrue(contra.message().contains("vega 3"), contra.message());
        List<Finding> deaths = r.findings().stream().filter(f -> f.rule().equals("figure-mismatch")).toList();
        assertEquals(1, deaths.size(), r.findings().toString());
        assertEquals("death, number of passenger (count)", deaths.get(0).subject());
    }

    @Test
    void differentOccurrencesAndDifferentPeopleAreNotCompared() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "Vega 2 launched from Tarn Field on May 18, 1960. Anna Kovacs was appointed director on "
                        + "March 3, 1958.",
                "b.txt", "Vega 3 launched from Tarn Field on July 16, 1961. Peter Lund was appointed director on "
                        + "April 9, 1959."));
        Report r = Checker.withOptions(dev.claims.TestPacks.options()).check(x);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.kind() == FindingKind.CONTRADICTION).toList());
    }

    @Test
    void aNamedEventIsDatedByItsName() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "Workers marched through Tarn on 3 May 1921, the Harbor Street Riot.",
                "b.txt", "The Harbor Street Riot of 3 May 1921 left the port silent for a week."));
        List<Finding> agree = Checker.withOptions(dev.claims.TestPacks.options()).check(x).findings().stream()
                .filter(f -> f.rule().equals("event-date-agreement")).toList();
        assertEquals(List.of("event:harbor street riot (date)"), agree.stream().map(Finding::subject).toList());
    }
}
