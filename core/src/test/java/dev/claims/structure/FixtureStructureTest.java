package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.model.Document;
import dev.claims.model.Marker;
import dev.claims.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each document in {@code fixtures/structure/} (HTML, MediaWiki, Markdown) against the {@code NAME.expected.json}
 * beside it: format, title, author, marker labels, notes (label and text), bibliography (section and text) and the
 * cleaned sentences with their markers, all written by reading the fixture.
 */
class FixtureStructureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> fixtures() {
        return Structured.fixtures("structure", n -> !n.endsWith(".json") && !n.startsWith("README"), 3);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void matchesExpected(Path doc) throws IOException {
        String name = doc.getFileName().toString();
        Path expectedFile = doc.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        Document d = Structured.file(doc);
        Structured.assertInvariants(d);
        assertEquals(expected.get("format").asText(), d.format().id());
        assertEquals(expected.get("title").asText(), d.title());
        assertEquals(text(expected.get("author")), d.author());
        assertEquals(strings(expected.get("markers")), d.markers().stream().map(Marker::label).toList());
        List<String> notes = new ArrayList<>();
        expected.get("notes").forEach(n -> notes.add(n.get("label").asText() + " | " + n.get("text").asText()));
        assertEquals(notes, d.notes().stream().map(n -> n.label() + " | " + n.text()).toList());
        List<String> bib = new ArrayList<>();
        expected.get("bibliography").forEach(b -> bib.add(b.get("section").asText() + " | " + b.get("text").asText()));
        assertEquals(bib, d.bibliography().stream().map(b -> b.section() + " | " + b.text()).toList());
        List<String> sentences = new ArrayList<>();
        expected.get("sentences").forEach(s -> sentences.add(s.get("text").asText() + " " + strings(s.get("markers"))));
        assertEquals(sentences, d.sentences().stream().map(s -> s.text() + " " + s.markers()).toList());
        for (Sentence s : d.sentences()) {
            for (String markup : List.of("[[", "]]", "{{", "<ref", "<sup", "[^", "**", "''", "<a ", "&amp;")) {
                assertFalse(s.text().contains(markup), markup + " in " + s.text());
            }
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
