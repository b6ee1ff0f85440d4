package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.model.Document;
import dev.claims.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each plain-text page in {@code fixtures/layout/} (a timeline, an infobox export, a quiz, a list and a table, a
 * headline, a title with a date, wrapped prose that must stay prose) against {@code NAME.expected.json}: the title, the
 * document date, and every unit with its cleaned text, its span and the original text under it, its layout kind, the
 * label of a field and the date heading that dates it.
 */
class LayoutFixtureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> fixtures() {
        return Structured.fixtures("layout", n -> n.endsWith(".txt") || n.endsWith(".wiki") || n.endsWith(".md") && !n.startsWith("README"), 8);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void unitsAsExpected(Path doc) throws IOException {
        String name = doc.getFileName().toString();
        JsonNode expected = JSON.readTree(doc.resolveSibling(name.replaceFirst("\\.(txt|wiki|md)$", ".expected.json")).toFile());
        Document d = Structured.file(doc);
        Structured.assertInvariants(d);
        assertEquals(expected.get("title").asText(), d.title());
        assertEquals(expected.get("date").isNull() ? null : expected.get("date").asText(), d.date());
        List<String> want = new ArrayList<>();
        for (JsonNode u : expected.get("units")) {
            JsonNode label = u.get("label");
            want.add(u.get("kind").asText() + " [" + u.get("start").asInt() + "," + u.get("end").asInt() + ") "
                    + u.get("text").asText() + " | source " + u.get("source").asText()
                    + " | label " + (label.isNull() ? "-" : label.get("start").asInt() + "," + label.get("end").asInt()
                    + " " + label.get("text").asText())
                    + " | dated by " + u.get("datedBy").asInt());
        }
        List<String> got = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            var l = s.layout();
            got.add(l.kind() + " [" + s.span().start() + "," + s.span().end() + ") " + s.text()
                    + " | source " + d.text().substring(s.span().start(), s.span().end())
                    + " | label " + (l.label() == null ? "-" : l.label().start() + "," + l.label().end() + " "
                    + d.text().substring(l.label().start(), l.label().end()))
                    + " | dated by " + l.datedBy());
        }
        assertEquals(want, got);
    }
}
