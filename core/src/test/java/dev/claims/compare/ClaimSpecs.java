package dev.claims.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.Mention;
import dev.claims.model.OfficeValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.RawDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import dev.claims.model.Value;
import dev.claims.structure.FormatStructurer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds extracted documents from short texts and hand-written claim and mention specifications (the
 * fixtures/compare format), so resolution and comparison are tested independently of extraction; a case with
 * {@code "extract": true} has its claims extracted from the texts instead, end to end.
 */
final class ClaimSpecs {
    private ClaimSpecs() {
    }

    /** A date value from an EDTF string: 1933-11-16, 1933-11, 1933, 1941-21 (spring), 192X, 1921/1923. */
    static DateValue date(String text, String edtf, String qualifier) {
        String e = edtf.replace("~", "").replace("?", "");
        if (e.contains("/")) {
            String[] s = e.split("/", 2);
            DateValue a = date(s[0], s[0], "");
            DateValue b = date(s[1], s[1], "");
            return new DateValue(text, edtf, a.earliest(), b.latest(), DatePrecision.RANGE, qualifier);
        }
        if (e.matches("\\d{3}X")) {
            int y = Integer.parseInt(e.substring(0, 3)) * 10;
            return new DateValue(text, edtf, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DatePrecision.DECADE,
                    qualifier);
        }
        if (e.matches("\\d{4}-2[1-4]")) {
            int y = Integer.parseInt(e.substring(0, 4));
            int season = Integer.parseInt(e.substring(5));
            LocalDate first = LocalDate.of(y, 3 + 3 * (season - 21), 1);
            return new DateValue(text, edtf, first, first.plusMonths(3).minusDays(1), DatePrecision.SEASON, qualifier);
        }
        if (e.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(e);
            return new DateValue(text, edtf, d, d, DatePrecision.DAY, qualifier);
        }
        if (e.matches("\\d{4}-\\d{2}")) {
            LocalDate d = LocalDate.parse(e + "-01");
            return new DateValue(text, edtf, d, d.plusMonths(1).minusDays(1), DatePrecision.MONTH, qualifier);
        }
        int y = Integer.parseInt(e);
        return new DateValue(text, edtf, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, qualifier);
    }

    static Value value(JsonNode v) {
        String text = v.path("text").asText();
        return switch (v.path("type").asText()) {
            case "date" -> date(text, v.path("edtf").asText(), v.path("qualifier").asText(""));
            case "quantity" -> new QuantityValue(text, new BigDecimal(v.path("amount").asText()), v.path("unit").asText(),
                    v.path("qualifier").asText(""));
            case "office" -> new OfficeValue(text, v.path("canonical").asText(text), v.has("canonical"));
            default -> throw new IllegalArgumentException("unknown value type " + v);
        };
    }

    /** Structures the texts (plain text) and extracts their claims with the default extractor (cases with "extract"). */
    static List<ExtractedDocument> extracted(Map<String, String> texts) {
        FormatStructurer structurer = new FormatStructurer();
        dev.claims.extract.DefaultExtractor extractor = new dev.claims.extract.DefaultExtractor(dev.claims.TestPacks.lexicons());
        List<ExtractedDocument> out = new ArrayList<>();
        texts.forEach((id, text) -> out.add(extractor.extract(structurer.structure(
                new RawDocument(id, Path.of(id), text, InputFormat.TEXT, List.of())))));
        return out;
    }

    /** Structures the texts (plain text) and attaches the specified claims and mentions. */
    static List<ExtractedDocument> documents(Map<String, String> texts, JsonNode claims, JsonNode mentions) {
        FormatStructurer structurer = new FormatStructurer();
        Map<String, Document> docs = new TreeMap<>();
        texts.forEach((id, text) -> docs.put(id, structurer.structure(
                new RawDocument(id, Path.of(id), text, InputFormat.TEXT, List.of()))));
        Map<String, List<Claim>> claimsByDoc = new TreeMap<>();
        Map<String, List<Mention>> mentionsByDoc = new TreeMap<>();
        int n = 0;
        for (JsonNode c : claims) {
            Document d = docs.get(c.path("document").asText());
            Value value = value(c.path("value"));
            Span span = locate(d, c.path("find").asText(value.text()), value.text());
            int sentence = sentenceOf(d, span);
            DateValue time = c.has("time") ? date(c.path("time").asText(), c.path("time").asText(), "") : null;
            JsonNode a = c.path("attribution");
            Attribution attribution = a.isMissingNode() ? Attribution.ASSERTED
                    : new Attribution(a.path("source").asText(""), a.path("hedged").asBoolean(false), a.path("cue").asText(""));
            claimsByDoc.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new Claim("c" + (++n), d.id(), span,
                    sentence, sentence >= 0 ? d.sentences().get(sentence).text() : value.text(), c.path("subject").asText(),
                    c.path("attribute").asText(), value, time, List.of(), attribution));
        }
        for (JsonNode m : mentions) {
            Document d = docs.get(m.path("document").asText());
            String text = m.path("text").asText();
            Span span = locate(d, m.path("find").asText(text), text);
            mentionsByDoc.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new Mention(d.id(), text,
                    m.path("kind").asText("person"), span, sentenceOf(d, span), m.path("title").asText("")));
        }
        List<ExtractedDocument> out = new ArrayList<>();
        docs.forEach((id, d) -> out.add(new ExtractedDocument(d, claimsByDoc.getOrDefault(id, List.of()),
                mentionsByDoc.getOrDefault(id, List.of()), List.of(), List.of())));
        return out;
    }

    /** The span of {@code value} inside the first occurrence of {@code find} (or of {@code find} itself). */
    static Span locate(Document d, String find, String value) {
        int at = d.text().indexOf(find);
        if (at < 0) {
            throw new IllegalArgumentException(d.id() + ": cannot find \"" + find + "\"");
        }
        int v = d.text().indexOf(value, at);
        if (v >= 0 && v + value.length() <= at + find.length()) {
            return new Span(v, v + value.length());
        }
        return new Span(at, at + find.length());
    }

    static int sentenceOf(Document d, Span span) {
        List<Sentence> ss = d.sentences();
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).span().start() <= span.start() && span.start() < ss.get(i).span().end()) {
                return i;
            }
        }
        return -1;
    }
}
