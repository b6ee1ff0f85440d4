package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.InputFormat;
import dev.claims.model.QuantityValue;
import dev.claims.model.Severity;
import dev.claims.model.Span;
import dev.claims.model.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline and the dot plot drawn into findings: one row per piece of evidence, conflicts marked. */
class HtmlPlotTest {
    private final List<ExtractedDocument> docs = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    /** A one-sentence document whose claim has the given value, and the evidence quoting it. */
    private void doc(String name, String sentence, String written, Value value) {
        int at = sentence.indexOf(written);
        Span span = new Span(at, at + written.length());
        Document d = new Document(name, Path.of(name), InputFormat.TEXT, sentence, name, null, null,
                List.of(new Span(0, sentence.length())), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        Claim c = new Claim("c1", name, span, 0, sentence, "famine", "date", value, null, List.of(),
                Attribution.ASSERTED);
        docs.add(new ExtractedDocument(d, List.of(c), List.of(), List.of(), List.of()));
        evidence.add(new Evidence(name, "corpus/" + name, span, 1, at + 1, sentence, written));
    }

    private Optional<String> plot(FindingKind kind) {
        Finding f = new Finding("f1", kind, "date-mismatch", Severity.ERROR, "famine: date", "m", evidence, 0.9);
        List<DocumentEntry> entries = docs.stream().map(d -> new DocumentEntry(d.id(), d.id(), "text", d.id(), "ok",
                null, 1, 0, 0)).toList();
        return HtmlPlot.of(f, new DocumentIndex(new Report("1", entries, List.of(f), docs)));
    }

    private static List<String> all(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aTimelineRowPerDocumentAtItsPrecisionWithTheOddOneMarked() {
        doc("a.txt", "It began on November 16, 1933.", "November 16, 1933",
                DateValue.day("November 16, 1933", LocalDate.of(1933, 11, 16)));
        doc("b.txt", "It began in November 1933.", "November 1933", new DateValue("November 1933", "1933-11",
                LocalDate.of(1933, 11, 1), LocalDate.of(1933, 11, 30), DatePrecision.MONTH, ""));
        doc("c.txt", "It began in 1935.", "1935", DateValue.year("1935", 1935));
        String svg = plot(FindingKind.CONTRADICTION).orElseThrow();
        assertTrue(svg.startsWith("<svg class=\"plot timeline\""), svg);
        assertEquals(List.of("row", "row", "row conflict"), all(svg, "<g class=\"(row[^\"]*)\""));
        assertEquals(List.of("a.txt:1: November 16, 1933 (1933-11-16)", "b.txt:1: November 1933 (1933-11)",
                "c.txt:1: 1935"), all(svg, "<g class=\"row[^\"]*\"><title>([^<]*)</title>"));
        assertEquals(List.of("mark", "mark", "mark conflict"), all(svg, "<(?:circle|rect) class=\"([^\"]*)\""));
        assertEquals(1, all(svg, "(<circle)").size(), "a day is a dot");
        assertEquals(2, all(svg, "(<rect)").size(), "a month and a year are bars");
        assertEquals(List.of("1934", "1935", "1936"), all(svg, "<text class=\"tick\"[^>]*>([^<]*)</text>"));

        assertEquals(List.of("row", "row", "row"), all(plot(FindingKind.AGREEMENT).orElseThrow(),
                "<g class=\"(row[^\"]*)\""), "nothing conflicts in an agreement");
    }

    @Test
    void aDotPlotOfAmountsWithApproximationsAsRanges() {
        doc("a.txt", "About $11 billion was lent.", "About $11 billion",
                new QuantityValue("About $11 billion", new BigDecimal("11000000000"), "USD", "about"));
        doc("b.txt", "$11.3 billion was lent.", "$11.3 billion",
                new QuantityValue("$11.3 billion", new BigDecimal("11300000000"), "USD", ""));
        doc("c.txt", "$20 billion was lent.", "$20 billion",
                new QuantityValue("$20 billion", new BigDecimal("20000000000"), "USD", ""));
        String svg = plot(FindingKind.CONTRADICTION).orElseThrow();
        assertTrue(svg.startsWith("<svg class=\"plot quantities\""), svg);
        assertTrue(svg.contains("<title>The amount each document gives, in USD</title>"), svg);
        assertEquals(List.of("rect", "circle", "circle"), all(svg, "<(rect|circle) class=\"mark"),
                "about 11 billion is a range (±15 %), exact amounts are dots");
        assertEquals(List.of("row", "row", "row conflict"), all(svg, "<g class=\"(row[^\"]*)\""));
        // "$20 billion" is 2E+10 rounded: it can denote 15 to 25 billion, so the axis runs past 25 billion
        assertEquals(List.of("10 bn", "15 bn", "20 bn", "25 bn"),
                all(svg, "<text class=\"tick\"[^>]*>([^<]*)</text>"));
    }

    @Test
    void nothingIsDrawnForOneDatedPassage() {
        doc("a.txt", "It began in 1935.", "1935", DateValue.year("1935", 1935));
        assertEquals(Optional.empty(), plot(FindingKind.CONTRADICTION));
    }
}
