package dev.claims.citation;

import dev.claims.model.Work;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Author–date short forms as notes write them: ABNT capitals, several authors, organisations, years in parentheses. */
class AuthorDateShortFormTest {
    private static ParsedReference parse(String s) {
        return ShortFormParser.parse(s, new Span(0, s.length())).orElseThrow();
    }

    @Test
    void readsWhoYearAndLocator() {
        ParsedReference r = parse("ORLANDI, 2015, p. 26");
        assertEquals(List.of("ORLANDI"), r.families());
        assertEquals("2015", r.year());
        assertEquals("p. 26", r.locator());
        assertEquals(List.of("CHAMBERS", "ZAHARIA"), parse("CHAMBERS, ZAHARIA; 2018, p. 13").families());
        assertEquals(List.of("Sahlgren"), parse("Sahlgren (2008), p. 40.").families());
        ParsedReference two = parse("de Berg, van Kreveld and Overmars (2000), p. 3.");
        assertEquals(List.of("de Berg", "van Kreveld", "Overmars"), two.families());
        ParsedReference words = parse("Krein and Šmulian (1940), Theorem 3, pages 562–563.");
        assertEquals("pages 562–563", words.locator());
        assertEquals("", parse("Krein and Šmulian (1940), Theorem 3.").locator());
    }

    @Test
    void aLongMixedCaseNameIsATitle() {
        ParsedReference r = parse("AWS Glue User Guide, 2024, p. 2");
        assertTrue(r.families().isEmpty());
        assertEquals("AWS Glue User Guide", r.shortTitle());
        assertEquals("2024", r.year());
    }

    @Test
    void theYearMustMatchAndAnAcronymNamesTheMaker() {
        Work guide = WorkParser.parse("AMAZON WEB SERVICES. *Glue User Guide*. Seattle: Amazon, 2024.",
                new Span(0, 1), WorkParser.Origin.BIBLIOGRAPHY).orElseThrow().work();
        assertEquals(0, NoteResolver.score(parse("AWS Glue User Guide, 2024, p. 2"), guide));
        assertEquals(-1, NoteResolver.score(parse("AWS Glue User Guide, 2023, p. 2"), guide));
        assertEquals(1, NoteResolver.score(parse("Cloud Glue User Guide, 2024"), guide));
    }
}
