package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.SubjectResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under fixtures/compare/: short documents that agree or contradict in one way (or must not be
 * flagged), with hand-written claims (or, with {@code "extract": true}, the claims the default extractor finds), and
 * exactly the findings expected (kind, rule, documents; optionally severity
 * and words the message must contain).
 */
class CompareFixturesTest {
    /** The fixtures were written with the soviet pack's offices. */
    private static final OfficeClasses SOVIET_CLASSES =
            OfficeClasses.of(dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET));

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.fixtures().resolve("compare"))) {
            return s.filter(p -> Files.exists(p.resolve("case.json"))).sorted().toList().stream();
        }
    }

    static List<Finding> run(Path dir) throws IOException {
        JsonNode spec = JSON.readTree(dir.resolve("case.json").toFile());
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<ExtractedDocument> docs = spec.path("extract").asBoolean(false) ? ClaimSpecs.extracted(texts)
                : ClaimSpecs.documents(texts, spec.path("claims"), spec.path("mentions"));
        ResolvedCorpus corpus = new SubjectResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET), dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET)).resolve(docs);
        List<Rule> rules = new ArrayList<>(List.of(new DateRule(dev.claims.compare.CalendarNormalizer.of(dev.claims.TestPacks.SOVIET)), new DurationRule(), new NameVariantRule(),
                new OfficeRule().withOfficeClasses(SOVIET_CLASSES), new QuantityRule(),
                new HolderConflictRule().withOfficeClasses(SOVIET_CLASSES)));
        if (spec.has("facts")) {
            rules.add(new ReferenceFactRule(ReferenceFacts.load(dir.resolve(spec.path("facts").asText())), SOVIET_CLASSES,
                    dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET),
                    CalendarNormalizer.of(dev.claims.TestPacks.SOVIET)));
        }
        return new Comparer(rules).compare(corpus);
    }

    private static String key(String kind, String rule, TreeSet<String> docs) {
        return kind + " " + rule + " " + docs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedFindings(Path dir) throws IOException {
        JsonNode spec = JSON.readTree(dir.resolve("case.json").toFile());
        List<Finding> findings = run(dir);
        List<String> actual = new ArrayList<>();
        for (Finding f : findings) {
            TreeSet<String> docs = new TreeSet<>(f.evidence().stream().map(Evidence::document).toList());
            actual.add(key(f.kind().id(), f.rule(), docs));
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode e : spec.path("expected")) {
            TreeSet<String> docs = new TreeSet<>();
            e.path("documents").forEach(d -> docs.add(d.asText()));
            expected.add(key(e.path("kind").asText(), e.path("rule").asText(), docs));
        }
        actual.sort(null);
        expected.sort(null);
        assertEquals(expected, actual, dir.getFileName() + ": " + findings.stream().map(Finding::message).toList());
        for (JsonNode e : spec.path("expected")) {
            Finding f = findings.stream().filter(x -> x.rule().equals(e.path("rule").asText())).findFirst().orElseThrow();
            if (e.has("severity")) {
                assertEquals(e.path("severity").asText(), f.severity().id(), dir.getFileName() + " severity");
            }
            for (JsonNode words : e.path("messageContains")) {
                assertTrue(f.message().contains(words.asText()),
                        dir.getFileName() + ": message lacks \"" + words.asText() + "\": " + f.message());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingIdsDoNotDependOnPositionsOrOrder(Path dir) throws IOException {
        List<Finding> once = run(dir);
        List<Finding> again = run(dir);
        assertEquals(once.stream().map(Finding::id).toList(), again.stream().map(Finding::id).toList());
        assertEquals(once.size(), once.stream().map(Finding::id).distinct().count(), "ids are unique");
    }
}
