package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.OfficeValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Span;
import dev.claims.model.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the reference scorer score_mentions.py, on the made-up topic in fixtures/eval/tiny-topic with claims
 * placed by hand (so the figures do not move when the extractor changes).
 */
class ValueScorerTest {
    static final Path CORPUS = RowGoldScorerTest.TOPIC.resolve("corpus");
    static final DateValue MAY_4 = DateValue.day("4 May 1911", LocalDate.of(1911, 5, 4));
    static final QuantityValue VEHICLES = new QuantityValue("1,200 vehicles", new BigDecimal(1200), "vehicle", null);
    static final QuantityValue YEARS = new QuantityValue("three years", new BigDecimal(3), "years", null);
    static final OfficeValue MAYOR = new OfficeValue("Mayor", "mayor", false);

    /** A document of {@code file}'s text with one claim per {@code (at, subject, attribute, value)}, placed at the
     *  first occurrence of {@code at}. */
    static ExtractedDocument doc(Path file, Object... claims) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String id = file.getFileName().toString();
        List<Claim> list = new ArrayList<>();
        for (int i = 0; i < claims.length; i += 4) {
            int at = text.indexOf((String) claims[i]);
            if (at < 0) {
                throw new IllegalArgumentException(claims[i] + " not in " + file);
            }
            list.add(new Claim("c" + i, id, new Span(at, at + 1), 0, "q", (String) claims[i + 1],
                    (String) claims[i + 2], (Value) claims[i + 3], null, List.of(), Attribution.ASSERTED));
        }
        Document d = new Document(id, file, InputFormat.TEXT, text, id, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        return new ExtractedDocument(d, list, List.of(), List.of(), List.of());
    }

    @Test
    void scoresTheTinyTopicAsTheReferenceScorerDoes() throws IOException {
        RowGold gold = RowGold.read(RowGoldScorerTest.TOPIC.resolve("gold.json"));
        List<ExtractedDocument> docs = List.of(
                doc(CORPUS.resolve("01-gazette.txt"),
                        "4 May 1911", "opening of Harlow Bridge", "date", MAY_4,       // R1, R7: with a subject
                        "1,200 vehicles", "", "count", VEHICLES,                         // R2: empty subject
                        "three years", "building", "duration", YEARS,                   // R6
                        "Mayor", "Edith Crane", "office", MAYOR,                         // R3 (also inside R4's quote? no)
                        "10:30", null, "time", MAY_4),                                   // R4: a date-typed time
                doc(CORPUS.resolve("02-almanac.txt"),
                        "opened on May 4", "Edith Crane", "office", MAYOR,              // R1: inside, but not a date
                        "1,500 vehicles", "vehicles on the first day", "count", VEHICLES,
                        "Mayor", null, "office", MAYOR),                                 // R3: no subject
                doc(CORPUS.resolve("03-museum.txt"),
                        "three years", "building the bridge", "duration", YEARS));
        ValueResult r = new ValueScorer().score(gold, docs, List.of(CORPUS));
        // date: R1 01 yes+subject, R1 02 no (an office), R7 01 yes+subject (99-missing.txt is not scored) = 3, 2, 2
        // count: R2 01 yes, no subject; R2 02 yes+subject = 2, 2, 1
        // figure: R6 01, 03 yes+subject = 2, 2, 2; time: R4 01 yes, no subject = 1, 1, 0
        // title: R3 01 yes+subject, 02 yes without = 2, 2, 1; R5 (name) is not scored
        assertEquals(new ValueResult.Counts(10, 9, 6), r.overall());
        assertEquals(List.of("count", "date", "figure", "time", "title"), List.copyOf(r.byKind().keySet()));
        assertEquals(new ValueResult.Counts(3, 2, 2), r.byKind().get("date"));
        assertEquals(List.of("R1"), r.notExtracted().stream().map(ValueResult.Miss::row).toList());
        assertEquals("02-almanac.txt", r.notExtracted().get(0).mention().file());
        assertEquals(List.of("R2", "R3", "R4"), r.noSubject().stream().map(ValueResult.Miss::row).toList());
        assertEquals("{\"mentions\": 10, \"extracted\": 0.9, \"with_subject\": 0.6, \"by_kind\": {"
                        + "\"count\": {\"mentions\": 2, \"extracted\": 1.0, \"with_subject\": 0.5}, "
                        + "\"date\": {\"mentions\": 3, \"extracted\": 0.667, \"with_subject\": 0.667}, "
                        + "\"figure\": {\"mentions\": 2, \"extracted\": 1.0, \"with_subject\": 1.0}, "
                        + "\"time\": {\"mentions\": 1, \"extracted\": 1.0, \"with_subject\": 0.0}, "
                        + "\"title\": {\"mentions\": 2, \"extracted\": 1.0, \"with_subject\": 0.5}}}",
                RowGoldWriter.jsonLine(RowGoldWriter.fields(r)));
    }

    @Test
    void aDocumentNotExtractedOrAQuoteNotInTheFileIsNotScored() throws IOException {
        RowGold gold = RowGold.parse(Path.of("g.json"), """
                [{"id": "A", "kind": "date", "verdict": "AGREE",
                  "mentions": [{"file": "01-gazette.txt", "quote": "opened on 5 May 1911"},
                               {"file": "02-almanac.txt", "quote": "May 4, 1911"},
                               {"file": "03-museum.txt", "quote": "ferry"}]}]""", null, null);
        ValueResult r = new ValueScorer().score(gold, List.of(doc(CORPUS.resolve("01-gazette.txt")),
                doc(CORPUS.resolve("03-museum.txt"))), List.of(CORPUS));
        // 01: the quote is not in the file; 02: not extracted; 03: scored, nothing found
        assertEquals(new ValueResult.Counts(1, 0, 0), r.overall());
        assertEquals("{\"mentions\": 1, \"extracted\": 0.0, \"with_subject\": 0.0, \"by_kind\": {\"date\":"
                + " {\"mentions\": 1, \"extracted\": 0.0, \"with_subject\": 0.0}}}", RowGoldWriter.jsonLine(RowGoldWriter.fields(r)));
        ValueResult none = new ValueScorer().score(gold, List.of(), List.of(CORPUS));
        assertEquals("{\"mentions\": 0, \"extracted\": null, \"with_subject\": null, \"by_kind\": {}}",
                RowGoldWriter.jsonLine(RowGoldWriter.fields(none)));
    }

    @Test
    void aClaimCountsFromItsStartInsideTheQuoteOnly() throws IOException {
        RowGold gold = RowGold.parse(Path.of("g.json"), """
                [{"id": "A", "kind": "count", "verdict": "AGREE",
                  "mentions": [{"file": "01-gazette.txt", "quote": "vehicles on its first day"}]}]""", null, null);
        Path f = CORPUS.resolve("01-gazette.txt");
        // "1,200" starts before the quote; "on its" starts inside it; "day." — the character after the quote — not
        assertEquals(0, new ValueScorer().score(gold, List.of(doc(f, "1,200", "s", "count", VEHICLES)),
                List.of(CORPUS)).overall().extracted());
        assertEquals(1, new ValueScorer().score(gold, List.of(doc(f, "on its", "s", "count", VEHICLES)),
                List.of(CORPUS)).overall().extracted());
        assertEquals(0, new ValueScorer().score(gold, List.of(doc(f, ".\nMayor", "s", "count", VEHICLES)),
                List.of(CORPUS)).overall().extracted());
        // the attribute alone fits when the value's type does not: an office value with attribute "count"
        assertEquals(1, new ValueScorer().score(gold, List.of(doc(f, "first day", "s", "count", MAYOR)),
                List.of(CORPUS)).overall().extracted());
        assertEquals(0, new ValueScorer().score(gold, List.of(doc(f, "first day", "s", "office", MAYOR)),
                List.of(CORPUS)).overall().extracted());
    }

    @Test
    void offsetsAreCountedOnTheFileAsPythonReadsIt(@TempDir Path dir) throws IOException {
        // CRLF line ends are one character to Python and to the line map alike
        Files.writeString(dir.resolve("a.txt"), "Title\r\nIn 1911 the bridge opened.\r\nIt carried 40 carts.\r\n");
        RowGold gold = RowGold.parse(Path.of("g.json"), """
                [{"id": "A", "kind": "count", "verdict": "AGREE",
                  "mentions": [{"file": "a.txt", "quote": "carried 40 carts"}]}]""", null, null);
        ExtractedDocument d = doc(dir.resolve("a.txt"), "40 carts", "carts", "count", VEHICLES);
        assertEquals(new ValueResult.Counts(1, 1, 1), new ValueScorer().score(gold, List.of(d), List.of(dir)).overall());
        // a file found in the second directory given
        assertEquals(new ValueResult.Counts(1, 1, 1),
                new ValueScorer().score(gold, List.of(d), List.of(CORPUS, dir)).overall());
    }
}
