package dev.claims.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.claims.eval.EvalResult;
import dev.claims.eval.GoldEvidence;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldMatcher;
import dev.claims.eval.GoldRow;
import dev.claims.load.FormatDetector;
import dev.claims.model.FindingKind;
import dev.claims.model.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path tmp) throws Exception {
        GeneratorOptions o = GeneratorOptions.of(60, 42);
        new CorpusWriter().write(o, tmp.resolve("one"), tmp.resolve("one/gold.json"));
        new CorpusWriter().write(o, tmp.resolve("two"), tmp.resolve("two/gold.json"));
        List<Path> one = list(tmp.resolve("one"));
        List<Path> two = list(tmp.resolve("two"));
        assertEquals(61, one.size());
        assertEquals(one.stream().map(p -> p.getFileName().toString()).toList(),
                two.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(Files.readAllBytes(one.get(i)), Files.readAllBytes(two.get(i)), one.get(i).toString());
        }
        new CorpusWriter().write(GeneratorOptions.of(60, 43), tmp.resolve("three"), tmp.resolve("three/gold.json"));
        assertNotEquals(Files.readString(tmp.resolve("one/gold.json")), Files.readString(tmp.resolve("three/gold.json")));
        // the gold file on disk reads back as what the generator returned
        GoldFile back = GoldFile.read(tmp.resolve("one/gold.json"));
        assertEquals(new CorpusGenerator().generate(o, d -> { }), back);
    }

    @Test
    void everyGoldQuoteIsInItsDocumentAndEveryRowIsWellFormed() {
        Map<String, String> docs = new HashMap<>();
        GoldFile gold = new CorpusGenerator().generate(GeneratorOptions.of(300, 5), d -> docs.put(d.id(), d.text()));
        assertEquals(300, docs.size());
        // throws naming the row if a quote is not found
        EvalResult none = new GoldMatcher(gold, null).score(docs::get, List.of());
        assertEquals(gold.rows().size(), none.missedRows().size());
        for (GoldRow r : gold.rows()) {
            assertTrue(r.evidence().size() >= 2, r.id());
            switch (r.kind()) {
                case CONTRADICTION -> {
                    if ("work-mismatch".equals(r.rule())) {
                        // a planted note and its own bibliography entry, or a planted reading-list entry and the
                        // other documents' descriptions of the work
                        boolean entry = r.id().endsWith("-entry-year");
                        assertTrue(entry || r.id().contains("-note-"), r.id());
                        if (!entry) {
                            assertEquals(List.of(r.evidence().get(0).document()),
                                    r.evidence().stream().map(GoldEvidence::document).distinct().toList(), r.id());
                        } else {
                            assertTrue(r.evidence().stream().skip(1).noneMatch(e -> e.document().equals(r.evidence().get(0).document())), r.id());
                        }
                        assertTrue(r.evidence().stream().skip(1).noneMatch(e -> e.quote().equals(r.evidence().get(0).quote())), r.id());
                    } else {
                        assertTrue(r.evidence().stream().map(GoldEvidence::document).distinct().count() >= 2, r.id());
                    }
                }
                case CITATION -> fail(r.id() + ": the generator plants no citation rows");
                case VARIANT -> assertNotEquals(r.evidence().get(0).quote(), r.evidence().get(1).quote(), r.id());
                case AGREEMENT -> assertEquals(r.evidence().size(),
                        r.evidence().stream().map(GoldEvidence::document).distinct().count(), r.id());
            }
        }
        long years = gold.rows().stream().filter(r -> "work-mismatch".equals(r.rule())).count();
        assertTrue(years >= 10, "citation years planted: " + years);
        assertTrue(count(gold, FindingKind.CONTRADICTION) - years >= 20,
                "contradictions between claims planted: " + (count(gold, FindingKind.CONTRADICTION) - years));
        assertTrue(count(gold, FindingKind.VARIANT) >= 10);
    }

    @Test
    void ratesOfZeroPlantNothing() {
        GoldFile gold = new CorpusGenerator().generate(new GeneratorOptions(200, 9, 0, 0, 0, 0, 0, 3), d -> { });
        assertTrue(gold.rows().stream().allMatch(r -> r.kind() == FindingKind.AGREEMENT));
        assertTrue(gold.description().endsWith(" 0 planted discrepancies"), gold.description());
        GoldFile capped = new CorpusGenerator().generate(new GeneratorOptions(200, 9, 0, 0, 0, 1, 1, 0), d -> { });
        assertEquals(0, count(capped, FindingKind.CONTRADICTION), "maxWrongPerFact 0 plants no date or figure slips");
    }

    @Test
    void documentsComeInEveryStyleAndAreDetectedAsTheirFormat() {
        List<GeneratedDocument> docs = new ArrayList<>();
        new CorpusGenerator().generate(GeneratorOptions.of(80, 3), docs::add);
        assertEquals(80, docs.size());
        FormatDetector detector = new FormatDetector();
        Map<InputFormat, Integer> formats = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            GeneratedDocument d = docs.get(i);
            assertTrue(d.id().startsWith(String.format("%06d-", i + 1)), d.id());
            InputFormat f = detector.detect(d.id(), d.text());
            InputFormat expected = d.id().endsWith(".html") ? InputFormat.HTML
                    : d.id().contains("-wiki") ? InputFormat.MEDIAWIKI : InputFormat.TEXT;
            assertEquals(expected, f, d.id());
            formats.merge(f, 1, Integer::sum);
            if (d.id().contains("-essay")) {
                assertTrue(d.text().contains("¹ ") && d.text().contains("\nBIBLIOGRAPHY\n"), d.id());
            }
            if (d.id().contains("-encyclopedia")) {
                assertTrue(d.text().contains("\nFurther Reading\n\n  • "), d.id());
            }
        }
        assertEquals(3, formats.size(), formats.toString());
    }

    @Test
    void superscriptsAreUnicodeDigits() {
        assertEquals("¹", CorpusGenerator.superscript(1));
        assertEquals("⁸³", CorpusGenerator.superscript(83));
        assertEquals("¹⁰", CorpusGenerator.superscript(10));
    }

    private static long count(GoldFile gold, FindingKind kind) {
        return gold.rows().stream().filter(r -> r.kind() == kind).count();
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
