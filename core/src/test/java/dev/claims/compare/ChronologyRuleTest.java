package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the whole checker on each document of fixtures/chronology/ and compares its sequence-mismatch findings. */
class ChronologyRuleTest {
    private static final Path DIR = TestPaths.fixtures().resolve("chronology");

    static Stream<String> files() throws IOException {
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void findsExactlyTheExpectedOrderProblems(String file) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).path(file);
        List<List<String>> want = new ArrayList<>();
        expected.forEach(pair -> want.add(List.of(pair.get(0).asText(), pair.get(1).asText())));
        Checker checker = Checker.withOptions(dev.claims.TestPacks.options());
        Extraction extraction = checker.extract(List.of(DIR.resolve(file)));
        List<List<String>> got = checker.check(extraction).findings().stream()
                .filter(f -> f.rule().equals("sequence-mismatch"))
                .map(Finding::evidence)
                .map(ev -> ev.stream().map(Evidence::value).toList())
                .toList();
        assertEquals(want, got, file);
    }
}
