package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.claims.model.ExtractedDocument;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make badly bounded regular expressions backtrack: extraction must finish (a generous bound, not a
 * benchmark) and must not throw.
 */
class AdversarialInputTest {
    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(100_000)),
                Arguments.of("digit groups", "1,000,".repeat(20_000)),
                Arguments.of("parentheses", "(".repeat(100_000) + " Roosevelt (then"),
                Arguments.of("one char", "a".repeat(1_000_000)),
                Arguments.of("capitals", "A ".repeat(50_000)),
                Arguments.of("number words", "twenty-one hundred and ".repeat(5_000) + "years"),
                Arguments.of("years", "1933-".repeat(20_000)),
                Arguments.of("months", "November of ".repeat(10_000) + "1933"),
                Arguments.of("titles", "Secretary of State ".repeat(5_000) + "Cordell Hull"),
                Arguments.of("index lines", "[kw]x;y[z]\n".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void finishesOnHostileInput(String name, String text) {
        ExtractedDocument out = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new DefaultExtractor(dev.claims.TestPacks.lexicons()).extract(TestDocuments.of(List.of(text))));
        assertNotNull(out.claims());
    }
}
