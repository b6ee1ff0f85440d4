package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.compare.Comparer;
import dev.claims.extract.DefaultExtractor;
import dev.claims.extract.Extractor;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.model.Document;
import dev.claims.model.RawDocument;
import dev.claims.report.DocumentEntry;
import dev.claims.report.Report;
import dev.claims.resolve.SubjectResolver;
import dev.claims.structure.FormatStructurer;
import dev.claims.structure.Structurer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure while processing one document is recorded on that document; the others are checked as usual. */
class PipelineIsolationTest {
    private static final String A = "The United States recognized the Soviet Union on November 16, 1933.\n";
    private static final String B = "The United States recognized the Soviet Union on November 17, 1933.\n";

    private static Map<String, DocumentEntry> byId(Report r) {
        Map<String, DocumentEntry> m = new TreeMap<>();
        r.documents().forEach(d -> m.put(d.id(), d));
        return m;
    }

    private static Checker checker(Structurer structurer, Extractor extractor) {
        CheckerOptions options = dev.claims.TestPacks.options().withThreads(3);
        return new Checker(options, new FileSystemLoader(LoadOptions.DEFAULTS), structurer, extractor,
                new SubjectResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET), dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET)), new Comparer(Comparer.registeredRules()));
    }

    private static Path corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), A);
        Files.writeString(dir.resolve("b.txt"), B);
        Files.writeString(dir.resolve("poison.txt"), "This one breaks the stage.\n");
        return dir;
    }

    @Test
    void aStructurerThatThrowsForOneDocumentSkipsOnlyThatDocument(@TempDir Path dir) throws IOException {
        FormatStructurer real = new FormatStructurer();
        Structurer poisoned = (RawDocument raw) -> {
            if (raw.id().equals("poison.txt")) {
                throw new IllegalStateException("boom in structure");
            }
            return real.structure(raw);
        };
        Report r = checker(poisoned, new DefaultExtractor(dev.claims.TestPacks.lexicons())).check(List.of(corpus(dir)));
        Map<String, DocumentEntry> docs = byId(r);
        assertEquals(List.of("a.txt", "b.txt", "poison.txt"), List.copyOf(docs.keySet()));
        assertEquals("ok", docs.get("a.txt").status());
        assertEquals("ok", docs.get("b.txt").status());
        assertEquals("skipped", docs.get("poison.txt").status());
        assertTrue(docs.get("poison.txt").problem().contains("boom in structure"), docs.get("poison.txt").problem());
        assertEquals(1, r.summary().skipped());
        assertEquals(referenceFindings(dir), Findings.comparable(r.findings()));
        assertTrue(r.findings().size() >= 1);
    }

    @Test
    void anExtractorThatOverflowsTheStackForOneDocumentSkipsOnlyThatDocument(@TempDir Path dir) throws IOException {
        DefaultExtractor real = new DefaultExtractor(dev.claims.TestPacks.lexicons());
        Extractor poisoned = (Document d) -> {
            if (d.id().equals("poison.txt")) {
                throw new StackOverflowError("deep recursion");
            }
            return real.extract(d);
        };
        Report r = checker(new FormatStructurer(), poisoned).check(List.of(corpus(dir)));
        Map<String, DocumentEntry> docs = byId(r);
        assertEquals("skipped", docs.get("poison.txt").status());
        assertTrue(docs.get("poison.txt").problem().contains("StackOverflowError"), docs.get("poison.txt").problem());
        assertEquals(2, docs.values().stream().filter(d -> d.status().equals("ok")).count());
        assertEquals(referenceFindings(dir), Findings.comparable(r.findings()));
    }

    /** The findings of the two good documents checked on their own. */
    private static List<String> referenceFindings(Path dir) throws IOException {
        Path alone = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-alone"));
        Files.writeString(alone.resolve("a.txt"), A);
        Files.writeString(alone.resolve("b.txt"), B);
        return Findings.comparable(Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(alone)).findings());
    }
}
