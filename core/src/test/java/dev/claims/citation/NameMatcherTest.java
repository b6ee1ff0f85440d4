package dev.claims.citation;

import dev.claims.model.PersonName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    @Test
    void parsesNameLists() {
        NameParser.Names n = NameParser.parse("Craig, Campbell, and Fredrik Logevall");
        assertEquals(List.of(new PersonName("Craig", "Campbell", "Craig, Campbell"),
                new PersonName("Logevall", "Fredrik", "Fredrik Logevall")), n.names());
        NameParser.Names ed = NameParser.parse("Susan Butler, editor", false);
        assertEquals(true, ed.editors());
        assertEquals(List.of(new PersonName("Butler", "Susan", "Susan Butler")), ed.names());
        assertEquals("van Ree", NameParser.parse("Ree, Erik van").names().get(0).family());
        assertEquals("Erik", NameParser.parse("Ree, Erik van").names().get(0).given());
        assertEquals(new PersonName("Kennan", "George", "George Kennan"), NameParser.parse("George Kennan (“X”)", false).names().get(0));
        assertEquals("ree", NameParser.familyKey(new PersonName("van Ree", "Erik", "")));
    }

    @Test
    void toleratesInitialsMissingInitialsAndOneLetterVariants() {
        PersonName sibley = new PersonName("Sibley", "Katherine A. S.", "");
        PersonName siegel = new PersonName("Siegel", "Katherine A.", "");
        PersonName siegal = new PersonName("Siegal", "K.", "");
        assertEquals(NameMatcher.Closeness.DIFFERENT, NameMatcher.compare(sibley, siegel).closeness());
        NameMatcher.Comparison c = NameMatcher.compare(siegal, siegel);
        assertEquals(NameMatcher.Closeness.VARIANT, c.closeness());
        assertEquals("surname 'Siegal' vs 'Siegel'", c.variance());
        NameMatcher.Comparison e = NameMatcher.compare(new PersonName("Roosevelt", "Elliot", ""),
                new PersonName("Roosevelt", "Elliott", ""));
        assertEquals(new NameMatcher.Comparison(NameMatcher.Closeness.VARIANT, "given name 'Elliot' vs 'Elliott'"), e);
        assertEquals(NameMatcher.Closeness.SAME, NameMatcher.compare(new PersonName("Ree", "E.", ""),
                new PersonName("van Ree", "Erik", "")).closeness());
        assertEquals(NameMatcher.Closeness.DIFFERENT, NameMatcher.compare(new PersonName("Roosevelt", "Franklin D.", ""),
                new PersonName("Roosevelt", "Elliott", "")).closeness());
        assertEquals(NameMatcher.Closeness.DIFFERENT, NameMatcher.family("Ulam", "Ulan") == NameMatcher.Closeness.SAME
                ? NameMatcher.Closeness.SAME : NameMatcher.Closeness.DIFFERENT);
    }

    @Test
    void publisherPlaces() {
        PublisherPlaces p = PublisherPlaces.load();
        assertEquals("University Press of Kentucky publishes in Lexington, Kentucky, and 'KA' is not a US state abbreviation",
                p.problem("Topeka, KA", "University Press of Kentucky").orElseThrow());
        assertEquals(true, p.problem("Lexington", "University Press of Kentucky").isEmpty());
        assertEquals(true, p.problem("New Haven, Conn.", "Yale University Press").isEmpty());
        assertEquals(true, p.problem("Topeka, Kans.", "Unknown House").isEmpty());
        assertEquals("Harvard University Press publishes in Cambridge, Massachusetts or London",
                p.problem("Boston", "Harvard University Press").orElseThrow());
        assertEquals("Kansas", p.state("Kans.").orElseThrow());
    }
}
