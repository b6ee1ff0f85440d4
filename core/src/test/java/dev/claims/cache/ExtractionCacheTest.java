package dev.claims.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.report.ReportContext;
import dev.claims.report.Report;
import dev.claims.report.ReportWriters;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached re-run gives the same report byte for byte; changed content, options or version are not trusted. */
class ExtractionCacheTest {
    private static final Path ROOT = Path.of(System.getProperty("claims.root", ".."));

    @TempDir
    Path dir;

    private static String json(Report r) throws Exception {
        StringWriter w = new StringWriter();
        ReportWriters.forFormat("json").orElseThrow().write(r, w, ReportContext.defaults());
        return w.toString();
    }

    private static long entries(Path cacheDir) throws Exception {
        try (Stream<Path> s = Files.walk(cacheDir)) {
            return s.filter(p -> p.toString().endsWith(".json.gz")).count();
        }
    }

    @Test
    void cachedRunGivesTheSameReportForEveryFixture() throws Exception {
        List<Path> inputs = List.of(ROOT.resolve("seeds"), ROOT.resolve("fixtures"));
        Report plain = Checker.withOptions(dev.claims.TestPacks.options()).check(inputs);
        ExtractionCache first = ExtractionCache.open(dir.resolve("cache"), "opts");
        Report cold = Checker.withOptions(dev.claims.TestPacks.options()).withCache(first).check(inputs);
        assertEquals(0, first.hits());
        int read = cold.corpus().size();
        assertEquals(read, first.misses());
        assertEquals(read, entries(dir.resolve("cache")));
        ExtractionCache second = ExtractionCache.open(dir.resolve("cache"), "opts");
        Report warm = Checker.withOptions(dev.claims.TestPacks.options()).withCache(second).check(inputs);
        assertEquals(read, second.hits());
        assertEquals(0, second.misses());
        assertEquals(json(plain), json(cold));
        assertEquals(json(plain), json(warm), "the cached extraction is the extraction");
        assertEquals(plain.corpus(), warm.corpus());
    }

    @Test
    void otherOptionsChangedContentAndDamagedEntriesAreMisses() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "The United States recognized the Soviet Union on November 16, 1933.\n");
        Files.writeString(texts.resolve("b.txt"), "The United States recognized the Soviet Union on November 17, 1933.\n");
        Path c = dir.resolve("cache");
        Checker.withOptions(dev.claims.TestPacks.options()).withCache(ExtractionCache.open(c, "opts")).check(List.of(texts));
        ExtractionCache other = ExtractionCache.open(c, "other opts");
        Checker.withOptions(dev.claims.TestPacks.options()).withCache(other).check(List.of(texts));
        assertEquals(0, other.hits(), "written with other options: ignored");

        Files.writeString(texts.resolve("b.txt"), "The United States recognized the Soviet Union on November 18, 1933.\n");
        ExtractionCache changed = ExtractionCache.open(c, "opts");
        Report r = Checker.withOptions(dev.claims.TestPacks.options()).withCache(changed).check(List.of(texts));
        assertEquals(1, changed.hits());
        assertEquals(1, changed.misses());
        assertTrue(json(r).contains("November 18, 1933"));

        try (Stream<Path> s = Files.walk(c)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json.gz")).toList()) {
                Files.write(p, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
            }
        }
        ExtractionCache damaged = ExtractionCache.open(c, "opts");
        Report again = Checker.withOptions(dev.claims.TestPacks.options()).withCache(damaged).check(List.of(texts));
        assertEquals(0, damaged.hits());
        assertEquals(json(Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(texts))), json(again));
    }
}
