package dev.claims.extract;

import dev.claims.knowledge.OfficeLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User additions to the lexicons reach the extractors through {@code new DefaultExtractor(lexicons)}. */
class LexiconWiringTest {
    @Test
    void aUserOfficeIsExtracted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offices.json");
        Files.writeString(file, "{\"offices\": [{\"title\": \"Grand Vizier (Ottoman Empire)\", \"aliases\": [\"Grand Vizier\"]}]}");
        Lexicons mine = dev.claims.TestPacks.lexicons().withOffices(dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET).withEntriesFrom(file));
        var doc = TestDocuments.of(List.of("In 1900 Grand Vizier Joseph Pasha spoke."));

        List<Claim> offices = new DefaultExtractor(mine).extract(doc).claims().stream()
                .filter(c -> c.attribute().equals("office")).toList();
        assertEquals(1, offices.size(), offices.toString());
        assertEquals("Grand Vizier (Ottoman Empire)", offices.get(0).value().normalized());
        assertEquals("Joseph Pasha", offices.get(0).subject());
        assertEquals("1900", offices.get(0).time().normalized());

        assertTrue(new DefaultExtractor(dev.claims.TestPacks.lexicons()).extract(doc).claims().stream().noneMatch(c -> c.attribute().equals("office")));
    }

    @Test
    void aUserPeriodIsDatedWhereItIsUnderWayAndABadAspectIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.tsv");
        Files.writeString(file, "Great Northern War\twar:great-northern:1700\t\\bGreat Northern War\\b\t\tperiod\n");
        Lexicons mine = dev.claims.TestPacks.lexicons().withEvents(dev.claims.TestPacks.lexicons().events().withEntriesFrom(file));
        var doc = TestDocuments.of(List.of("Peter founded a city in 1703.", "It grew during the Great Northern War."));

        List<Claim> dates = new DefaultExtractor(mine).extract(doc).claims().stream()
                .filter(c -> c.subject().equals("Great Northern War") && c.attribute().equals("date")).toList();
        assertEquals(1, dates.size(), dates.toString());
        assertEquals("1703", dates.get(0).value().normalized());
        assertEquals(DateValue.ONGOING, ((DateValue) dates.get(0).value()).qualifier());
        assertEquals("Great Northern War", doc.text().substring(dates.get(0).span().start(), dates.get(0).span().end()));

        Files.writeString(file, "Great Northern War\twar:great-northern:1700\t\\bGreat Northern War\\b\t\tlasting\n");
        ClaimsException e = assertThrows(ClaimsException.class, () -> dev.claims.TestPacks.lexicons().events().withEntriesFrom(file));
        assertTrue(e.getMessage().contains("aspect must be empty, start or period: lasting"), e.getMessage());
    }

    @Test
    void everyRegisteredExtractorSharesTheAnalysis() {
        List<String> names = new DefaultExtractor(dev.claims.TestPacks.lexicons()).extractors().stream().map(ClaimExtractor::name).toList();
        assertEquals(List.of("dates", "events", "offices", "places", "quantities", "roles", "times"), names);
        assertTrue(new DefaultExtractor(dev.claims.TestPacks.lexicons()).extractors().stream().allMatch(e -> e instanceof AnalysisExtractor));
    }
}
