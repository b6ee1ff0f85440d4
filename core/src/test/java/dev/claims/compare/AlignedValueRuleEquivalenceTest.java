package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.generate.CorpusWriter;
import dev.claims.generate.GeneratorOptions;
import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.Frame;
import dev.claims.model.InputFormat;
import dev.claims.model.PlaceValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import dev.claims.model.Value;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.SubjectResolver;
import dev.claims.structure.FormatStructurer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link AlignedValueRule} compares values once per pair of distinct values, takes self-conflicts within each
 * document and stops a cluster pair at the highest score; its findings must be exactly those of the plain pairwise
 * version it replaced ({@link AlignedValueRuleReference}): on a generated corpus end to end, and on random frames
 * built to tie, conflict within one document and mix comparable and incomparable values.
 */
class AlignedValueRuleEquivalenceTest {

    private static List<Finding> assertSame(ResolvedCorpus corpus) {
        List<Finding> expected = new AlignedValueRuleReference().check(corpus, new FindingFactory(corpus));
        List<Finding> actual = new AlignedValueRule().check(corpus, new FindingFactory(corpus));
        assertEquals(expected, actual);
        return expected;
    }

    @Test
    void generatedCorpus() throws Exception {
        Path dir = Files.createTempDirectory("aligned-eq");
        try {
            new CorpusWriter().write(GeneratorOptions.of(300, 7), dir.resolve("docs"), dir.resolve("gold.json"));
            Checker checker = Checker.withOptions(CheckerOptions.defaults().withThreads(1));
            ResolvedCorpus corpus = new SubjectResolver().resolve(
                    checker.extract(List.of(dir.resolve("docs"))).documents());
            List<Finding> findings = new AlignedValueRule().check(corpus, new FindingFactory(corpus));
            assertFalse(findings.isEmpty());
            assertSame(corpus);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static final List<Value> DATES = List.of(ClaimSpecs.date("1969", "1969", ""),
            ClaimSpecs.date("July 1969", "1969-07", ""), ClaimSpecs.date("20 July 1969", "1969-07-20", ""),
            ClaimSpecs.date("July 20, 1969", "1969-07-20", ""), ClaimSpecs.date("21 July 1969", "1969-07-21", ""),
            ClaimSpecs.date("1968 to 1970", "1968/1970", ""), ClaimSpecs.date("1937", "1937", ""),
            ClaimSpecs.date("16 July 1969", "1969-07-16", ""));
    private static final List<Value> PLACES = List.of(new PlaceValue("Lakehurst", "lakehurst"),
            new PlaceValue("Naval Air Station Lakehurst", "naval air station lakehurst"),
            new PlaceValue("New York", "new york"), new PlaceValue("Geneva", "geneva"),
            new PlaceValue("geneva", "geneva"));
    private static final List<Value> COUNTS = List.of(
            new QuantityValue("36", new BigDecimal("36"), "person", ""),
            new QuantityValue("35", new BigDecimal("35"), "person", ""),
            new QuantityValue("about 35", new BigDecimal("35"), "person", "about"),
            new QuantityValue("97", new BigDecimal("97"), "person", ""),
            new QuantityValue("12", new BigDecimal("12"), "person", ""));
    private static final String[] DIMENSIONS = {"date", "place", "count"};
    private static final String[] PREDICATES = {"land", "land", "land", ""};
    private static final String[] MEASURES = {"", "crew", "passenger"};
    private static final String[] PERSONS = {"", "", "", "smith"};
    private static final List<List<String>> DESIGNATIONS = List.of(List.of(), List.of("apollo 11"),
            List.of("apollo 11"), List.of("apollo 10"), List.of("apollo 11", "apollo 10"));
    private static final List<List<String>> NAMES = List.of(List.of(), List.of("eagle"), List.of("kennedy"),
            List.of("eagle", "kennedy"));
    private static final String[] OCCURRENCES = {"", "", "", "", "", "first"};
    private static final String[] SECONDARY = {"", "", "", "launch"};

    @Provide
    Arbitrary<List<Integer>> claims() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .withDistribution(net.jqwik.api.RandomDistribution.uniform()).list().ofMinSize(2).ofMaxSize(30);
    }

    /** Each number picks, digit by digit, a document, a dimension and value, and each part of a frame. */
    @Property(tries = 400)
    void sameFindingsAsThePairwiseRule(@ForAll("claims") List<Integer> specs) {
        FormatStructurer structurer = new FormatStructurer();
        Map<String, Document> docs = new HashMap<>();
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, Map<String, Frame>> frames = new HashMap<>();
        int n = 0;
        for (int spec : specs) {
            int r = spec;
            String doc = "d" + (r % 12);
            r /= 12;
            String dimension = DIMENSIONS[r % 3];
            r /= 3;
            List<Value> pool = dimension.equals("date") ? DATES : dimension.equals("place") ? PLACES : COUNTS;
            Value value = pool.get(r % pool.size());
            r /= pool.size();
            String predicate = PREDICATES[r % PREDICATES.length];
            r /= PREDICATES.length;
            String measure = dimension.equals("count") ? MEASURES[1 + r % 2] : MEASURES[0];
            r /= 2;
            String person = PERSONS[r % 4];
            r /= 4;
            List<String> designations = DESIGNATIONS.get(r % 5);
            r /= 5;
            List<String> names = NAMES.get(r % 4);
            r /= 4;
            String occurrence = OCCURRENCES[r % 6];
            r /= 6;
            boolean zoned = r % 5 == 0;
            r /= 5;
            boolean topical = r % 3 == 0;
            r /= 3;
            int reach = r % 6 == 0 ? 12 : 2;
            r /= 6;
            String secondary = dimension.equals("date") ? SECONDARY[r % 4] : "";
            r /= 4;
            DateValue time = r % 3 == 0 ? null : (DateValue) DATES.get(r % DATES.size());
            Document d = docs.computeIfAbsent(doc, id -> structurer.structure(new RawDocument(id, Path.of(id + ".txt"),
                    "Some text about it, long enough for every span here to fit in it.\n", InputFormat.TEXT,
                    List.of())));
            String id = "c" + (++n);
            Span span = new Span(n % 40, n % 40 + 5);
            claims.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Claim(id, doc, span, -1, value.text(), "",
                    dimension, value, time, List.of(), Attribution.ASSERTED));
            frames.computeIfAbsent(doc, k -> new HashMap<>()).put(id, new Frame(id, predicate, predicate + "ed",
                    !person.isEmpty(), measure, dimension, person, designations, names, occurrence, false, reach, zoned,
                    topical, secondary));
        }
        List<ExtractedDocument> out = new ArrayList<>();
        docs.keySet().stream().sorted().forEach(id -> out.add(new ExtractedDocument(docs.get(id), claims.get(id),
                List.of(), List.of(), List.of(), frames.get(id))));
        List<Finding> found = assertSame(new ResolvedCorpus(out, List.of()));
        net.jqwik.api.statistics.Statistics.collect(found.stream().anyMatch(f -> f.kind()
                == dev.claims.model.FindingKind.CONTRADICTION) ? "contradiction" : found.isEmpty() ? "none"
                : "agreement only");
    }
}
