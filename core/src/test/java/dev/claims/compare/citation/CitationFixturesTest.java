package dev.claims.compare.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under fixtures/citation/ produces exactly the citation findings, and the contradictions between
 * descriptions of a cited work, its NAME.expected.json lists (clean documents none), and every citation rule is
 * planted at least twice.
 */
class CitationFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Contradiction rules fed by the citation audits: two descriptions of one work that disagree. */
    private static final List<String> WORK_CONTRADICTIONS = List.of("name-conflict", "work-mismatch");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.fixtures().resolve("citation"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void producesExactlyTheExpectedFindings(Path expectedFile) throws IOException {
        String name = expectedFile.getFileName().toString().replace(".expected.json", "");
        Path dir = expectedFile.getParent();
        Path input = Files.isDirectory(dir.resolve(name)) ? dir.resolve(name) : inputFile(dir, name);
        List<Finding> found = new ArrayList<>(Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(input)).findings().stream()
                .filter(f -> f.kind() == FindingKind.CITATION || WORK_CONTRADICTIONS.contains(f.rule())).toList());
        JsonNode expected = JSON.readTree(expectedFile.toFile()).get("findings");
        StringBuilder all = new StringBuilder();
        found.forEach(f -> all.append("\n  ").append(f.rule()).append(" | ").append(f.subject()).append(" | ")
                .append(f.message()));
        for (JsonNode e : expected) {
            Finding match = found.stream().filter(f -> matches(e, f)).findFirst()
                    .orElseGet(() -> fail(name + ": no finding matches " + e + "; found:" + all));
            found.remove(match);
        }
        assertTrue(found.isEmpty(), name + ": unexpected findings:" + all);
    }

    private static Path inputFile(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + ".")
                    && !p.getFileName().toString().endsWith(".expected.json")).findFirst().orElseThrow();
        }
    }

    @org.junit.jupiter.api.Test
    void everyCitationRuleIsPlantedAtLeastTwice() throws IOException {
        List<String> rules = new ArrayList<>();
        for (Path p : fixtures().toList()) {
            JSON.readTree(p.toFile()).get("findings").forEach(e -> rules.add(e.get("rule").asText()));
        }
        for (String rule : List.of("missing-note", "orphan-note", "duplicate-marker", "marker-out-of-sequence",
                "unresolved-short-citation", "ambiguous-short-citation", "citation-variant", "citation-conflict",
                "name-conflict", "work-mismatch", "uncited-claim", "locator-out-of-range", "uncited-entry")) {
            long n = rules.stream().filter(rule::equals).count();
            assertTrue(n >= 2, rule + " planted " + n + " times");
        }
        assertEquals(4, fixtures().filter(p -> p.getFileName().toString().startsWith("clean-")).count());
    }

    private static boolean matches(JsonNode e, Finding f) {
        if (!f.rule().equals(e.get("rule").asText())) {
            return false;
        }
        if (e.has("note")) {
            String note = "note " + e.get("note").asText();
            boolean about = f.subject().equals(note) || f.message().contains(note + " ") || f.message().contains(note + ",")
                    || f.message().contains(note + ".") || f.message().startsWith("Note " + e.get("note").asText() + " ");
            if (!about) {
                return false;
            }
        }
        if (e.has("quote") && f.evidence().stream().map(Evidence::quote).noneMatch(q -> q.contains(e.get("quote").asText()))) {
            return false;
        }
        return !e.has("message") || f.message().contains(e.get("message").asText());
    }
}
