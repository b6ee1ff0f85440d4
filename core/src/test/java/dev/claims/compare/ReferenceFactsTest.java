package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceFactsTest {
    @Test
    void readsCsvWithQuotingAndPartialDates() {
        String csv = "# offices\nsubject,attribute,value,from,to,source\n"
                + "Maxim Litvinov,office,\"People's Commissar for Foreign Affairs\",1930-07,1939,\"GSE, 3rd ed.\"\n"
                + "Yalta Conference,date,February 1945,1945-02-04,1945-02-11,\n";
        ReferenceFacts facts = ReferenceFacts.parse(Path.of("facts.csv"), csv);
        assertEquals("facts.csv", facts.name());
        assertEquals(2, facts.facts().size());
        ReferenceFact f = facts.facts().get(0);
        assertEquals("People's Commissar for Foreign Affairs", f.value());
        assertEquals(LocalDate.of(1930, 7, 1), f.from());
        assertEquals(LocalDate.of(1939, 12, 31), f.to());
        assertEquals("GSE, 3rd ed.", f.source());
        assertEquals(3, f.line());
        assertTrue(csv.substring(f.span().start(), f.span().end()).startsWith("Maxim Litvinov,office"));
    }

    @Test
    void readsJsonArrayAndObjectWithSpansOfEachFact() {
        String json = "[\n  {\"subject\": \"Vyacheslav Molotov\", \"attribute\": \"office\", \"value\": \"Foreign Commissar\","
                + " \"from\": \"1939-05-03\", \"to\": \"1949-03-04\"}\n]";
        ReferenceFacts facts = ReferenceFacts.parse(Path.of("f.json"), json);
        ReferenceFact f = facts.facts().get(0);
        assertEquals(2, f.line());
        assertEquals(3, f.column());
        assertTrue(f.text().startsWith("{\"subject\": \"Vyacheslav Molotov\"") && f.text().endsWith("}"), f.text());
        assertEquals(1, ReferenceFacts.parse(Path.of("f.json"), "{\"facts\": " + json + "}").facts().size());
    }

    @Test
    void malformedFilesNameTheFileAndLine() {
        ClaimsException bad = assertThrows(ClaimsException.class, () -> ReferenceFacts.parse(Path.of("x.csv"),
                "subject,attribute,value,from\nLitvinov,office,Commissar,July 1930\n"));
        assertTrue(bad.getMessage().contains("x.csv") && bad.getMessage().contains("line 2"), bad.getMessage());
        assertThrows(ClaimsException.class, () -> ReferenceFacts.parse(Path.of("x.csv"), "name,value\na,b\n"));
        assertThrows(ClaimsException.class, () -> ReferenceFacts.parse(Path.of("x.json"), "[{\"subject\": "));
        assertThrows(ClaimsException.class, () -> ReferenceFacts.load(Path.of("does-not-exist.json")));
    }
}
