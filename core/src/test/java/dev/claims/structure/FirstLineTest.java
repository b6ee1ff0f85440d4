package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first line of a plain text is its title, and a one-line paragraph a heading, only when it reads as one. */
class FirstLineTest {
    @Test
    void aFirstParagraphOfMarkedSentencesIsBodyNotTitle() {
        Document d = Structured.of("The pact was signed in 1921.\u00b9 The border was drawn in 1922.\u00b2 The envoy left "
                + "in 1923.\u00b3\n\nNotes\n\n1. A. Berg, Vesk Treaties (Tallby, 1990), 12.\n2. Berg, Vesk Treaties, "
                + "44.\n3. Berg, Vesk Treaties, 9.\n", InputFormat.TEXT);
        assertEquals(List.of("The pact was signed in 1921.", "The border was drawn in 1922.", "The envoy left in 1923."),
                d.sentences().stream().map(s -> s.text()).toList());
        assertEquals(List.of("1", "2", "3"), d.sentences().stream().flatMap(s -> s.markers().stream()).toList());
        assertEquals(List.of(), d.noise().stream().filter(n -> n.reason().equals("title")).toList());
    }

    @Test
    void aBracketedMarkerEndsASentenceToo() {
        Document d = Structured.of("The pact was signed in 1921.[1]\n\nThe border was drawn in 1922.[2]\n\nNotes\n\n"
                + "1. A. Berg, Vesk Treaties (Tallby, 1990), 12.\n2. Berg, Vesk Treaties, 44.\n", InputFormat.TEXT);
        assertEquals(List.of("The pact was signed in 1921.", "The border was drawn in 1922."),
                d.sentences().stream().map(s -> s.text()).toList());
    }

    @Test
    void aOneSentenceParagraphEndingInAMarkerIsNoHeading() {
        Document d = Structured.of("The Vesk Treaties\n\nThe pact was signed in 1921.\u00b9\n\nThe border was drawn "
                + "in 1922.\u00b2\n\nNotes\n\n1. A. Berg, Vesk Treaties (Tallby, 1990), 12.\n2. Berg, Vesk Treaties, "
                + "44.\n", InputFormat.TEXT);
        assertEquals(List.of("The pact was signed in 1921.", "The border was drawn in 1922."),
                d.sentences().stream().map(s -> s.text()).toList());
        assertEquals(List.of("Notes"), d.noise().stream().filter(n -> n.reason().equals("heading"))
                .map(n -> d.text().substring(n.span().start(), n.span().end())).toList());
    }

    @Test
    void aHeadingLineIsStillTheTitle() {
        Document d = Structured.of("The Vesk Treaties\n\nThe pact was signed in 1921.\n", InputFormat.TEXT);
        assertEquals("The Vesk Treaties", d.title());
        assertEquals(List.of("The pact was signed in 1921."), d.sentences().stream().map(s -> s.text()).toList());
    }
}
