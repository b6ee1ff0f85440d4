package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.TestPaths;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.QuantityValue;
import dev.claims.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tricky sentences of {@code fixtures/extract/tricky-*.json}, each with its exact expected values. */
class TrickyExtractionTest {
    private static final DefaultExtractor EXTRACTOR = new DefaultExtractor(dev.claims.TestPacks.lexicons());

    private static Stream<Arguments> cases(String file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(TestPaths.fixtures().resolve("extract/" + file).toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            out.add(Arguments.of(Named.of(c.get("text").asText() + " in: " + c.get("sentence").asText(), c)));
        }
        return out.stream();
    }

    static Stream<Arguments> dates() throws IOException {
        return cases("tricky-dates.json");
    }

    static Stream<Arguments> quantities() throws IOException {
        return cases("tricky-quantities.json");
    }

    static Stream<Arguments> offices() throws IOException {
        return cases("tricky-offices.json");
    }

    static Stream<Arguments> events() throws IOException {
        return cases("tricky-events.json");
    }

    static Stream<Arguments> attributions() throws IOException {
        return cases("tricky-attribution.json");
    }

    /** A case whose "normalized" is null or absent expects no claim on its text. */
    private static boolean expectsNone(JsonNode c) {
        return c.path("normalized").isNull() || c.path("normalized").isMissingNode();
    }

    private static Document document(JsonNode c) {
        List<String> sentences = new ArrayList<>();
        c.path("context").forEach(s -> sentences.add(s.asText()));
        sentences.add(c.get("sentence").asText());
        return TestDocuments.of(sentences);
    }

    private static List<Claim> overlapping(Document doc, String type, String text) {
        Span span = TestDocuments.spanInLast(doc, text);
        return EXTRACTOR.extract(doc).claims().stream()
                .filter(cl -> cl.value().type().equals(type) && cl.span().overlaps(span)).toList();
    }

    @ParameterizedTest
    @MethodSource("dates")
    void date(JsonNode c) {
        Document doc = document(c);
        List<Claim> found = overlapping(doc, "date", c.get("text").asText());
        if (expectsNone(c)) {
            assertTrue(found.isEmpty(), "no date expected, got " + found);
            return;
        }
        assertEquals(1, found.size(), "one date claim expected: " + found);
        DateValue v = (DateValue) found.get(0).value();
        assertEquals(c.get("normalized").asText(), v.edtf());
        assertEquals(c.path("qualifier").asText(""), v.qualifier());
        if (c.has("precision")) {
            assertEquals(c.get("precision").asText(), v.precision().name());
        }
    }

    @ParameterizedTest
    @MethodSource("quantities")
    void quantity(JsonNode c) {
        Document doc = document(c);
        List<Claim> found = overlapping(doc, "quantity", c.get("text").asText());
        if (expectsNone(c)) {
            assertTrue(found.isEmpty(), "no quantity expected, got " + found);
            return;
        }
        assertEquals(1, found.size(), "one quantity claim expected: " + found);
        QuantityValue v = (QuantityValue) found.get(0).value();
        assertEquals(c.get("normalized").asText(), v.normalized());
        assertEquals(c.path("qualifier").asText(""), v.qualifier());
        if (c.has("attribute")) {
            assertEquals(c.get("attribute").asText(), found.get(0).attribute());
        }
    }

    @ParameterizedTest
    @MethodSource("offices")
    void office(JsonNode c) {
        Document doc = document(c);
        List<Claim> found = overlapping(doc, "office", c.get("text").asText());
        if (expectsNone(c)) {
            assertTrue(found.isEmpty(), "no office expected, got " + found);
            return;
        }
        String subject = c.get("subject").asText();
        Claim claim = found.stream().filter(cl -> cl.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no office claim for " + subject + " in " + found));
        assertEquals(c.get("normalized").asText(), claim.value().normalized());
        if (c.has("time")) {
            assertEquals(c.get("time").isNull() ? null : c.get("time").asText(),
                    claim.time() == null ? null : claim.time().normalized());
        }
        if (c.has("timeQualifier")) {
            assertEquals(c.get("timeQualifier").asText(), claim.time().qualifier());
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventDate(JsonNode c) {
        Document doc = document(c);
        List<Claim> found = overlapping(doc, "date", c.get("text").asText());
        if (c.path("none").asBoolean(false)) {
            assertTrue(found.isEmpty(), "no date claim expected: " + found);
            return;
        }
        assertEquals(1, found.size(), "one date claim expected: " + found);
        Claim date = found.get(0);
        if (c.get("eventKey").isNull()) {
            assertEquals("mentioned-date", date.attribute(), "the date must not be tied to an event: " + date);
            return;
        }
        assertEquals(c.path("attribute").asText("date"), date.attribute());
        if (c.has("time")) {
            assertEquals(c.get("time").asText(), date.time().normalized(), "the time the period is measured to");
        }
        String key = dev.claims.TestPacks.lexicons().events().events().stream().filter(e -> e.name().equals(date.subject()))
                .findFirst().orElseThrow().key();
        assertEquals(c.get("eventKey").asText(), key);
        assertEquals(c.get("normalized").asText(), date.value().normalized());
        assertEquals(c.path("qualifier").asText(""), ((DateValue) date.value()).qualifier());
    }

    @ParameterizedTest
    @MethodSource("attributions")
    void attribution(JsonNode c) {
        Document doc = document(c);
        Span span = TestDocuments.spanInLast(doc, c.get("text").asText());
        Claim claim = EXTRACTOR.extract(doc).claims().stream().filter(cl -> cl.span().overlaps(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim on " + c.get("text").asText()));
        assertEquals(c.get("source").asText(), claim.attribution().source());
        assertEquals(c.get("hedged").asBoolean(), claim.attribution().hedged());
    }
}
