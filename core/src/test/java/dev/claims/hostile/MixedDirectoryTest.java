package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.TestPaths;
import dev.claims.report.DocumentEntry;
import dev.claims.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files beside good ones change nothing about the good ones, every hostile file is accounted for, every
 * span is within its text and the JSON report parses back: the checker end to end on the whole hostile set.
 */
class MixedDirectoryTest {
    @Test
    void goodDocumentsGiveTheSameFindingsWithHostileNeighbours(@TempDir Path tmp) throws IOException {
        Path good = Files.createDirectories(tmp.resolve("good"));
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(TestPaths.seeds())) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, good.resolve(seed.getFileName()));
            Files.copy(seed, mixed.resolve(seed.getFileName()));
        }
        HostileFixtures.writeFiles(mixed);
        for (String slow : AdversarialInputTest.KNOWN_SLOW_FILES) {
            Files.delete(mixed.resolve(slow));
        }

        Checker checker = Checker.withOptions(dev.claims.TestPacks.options().withThreads(2));
        Report alone = checker.check(List.of(good));
        Report together = checker.check(List.of(mixed));

        assertFalse(alone.findings().isEmpty(), "the seeds must give findings for this test to mean anything");
        // hostile files may have findings of their own (a marker with no note); none may touch a good document
        java.util.Set<String> goodIds = new java.util.HashSet<>();
        alone.documents().forEach(d -> goodIds.add(d.id()));
        assertEquals(Findings.comparable(alone.findings()),
                Findings.comparable(Findings.touching(together.findings(), goodIds)));

        Map<String, DocumentEntry> docs = new TreeMap<>();
        together.documents().forEach(d -> docs.put(d.id(), d));
        assertEquals(seeds.size() + HostileFixtures.EXPECTED.size() - AdversarialInputTest.KNOWN_SLOW_FILES.size(), docs.size());
        for (DocumentEntry seed : alone.documents()) {
            assertEquals(seed.status(), docs.get(seed.id()).status());
            assertEquals(seed.claims(), docs.get(seed.id()).claims());
            assertEquals(seed.notes(), docs.get(seed.id()).notes());
        }
        HostileFixtures.EXPECTED.forEach((id, expected) -> {
            if (AdversarialInputTest.KNOWN_SLOW_FILES.contains(id)) {
                return;
            }
            DocumentEntry d = docs.get(id);
            assertTrue(d != null, id + " missing from the report");
            assertTrue(d.status().equals("ok") || d.status().equals("skipped"), id + " " + d.status());
            if (d.status().equals("skipped")) {
                assertTrue(d.problem() != null && !d.problem().isBlank(), id + " skipped without a reason");
            }
            if (expected.status().equals("skipped")) {
                assertEquals("skipped", d.status(), id);
                assertTrue(d.problem().contains(expected.phrase()), id + ": " + d.problem());
            }
        });
        assertEquals(together.documents().stream().filter(d -> d.status().equals("skipped")).count(),
                together.summary().skipped());
        together.corpus().forEach(SpanChecks::assertWithinBounds);
        // the run-on sentence of 40,000 markers alone gives a ~25 MB report (see AdversarialInputTest)
        String json = AdversarialInputTest.boundedJson(together, 64 << 20);
        assertEquals(docs.size(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("documents").size());
    }
}
