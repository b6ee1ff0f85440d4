package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Layout;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML infobox rows (a header cell and a data cell) are fields, list items are list items. */
class HtmlLayoutTest {
    private static final String PAGE = "<html><body><h1>Aurora</h1>"
            + "<table class=\"infobox\"><tr><th>Maiden flight</th><td>2 April 1931</td></tr>"
            + "<tr><th>Crew:</th><td>41</td></tr><tr><td colspan=\"2\">A passenger airship</td></tr></table>"
            + "<p>The Aurora was scrapped in 1940.</p><ul><li>It flew 71 hours.</li><li>It carried 41 crew.</li></ul>"
            + "</body></html>";

    @Test
    void infoboxRowsAndListItems() {
        Document d = Structured.of(PAGE, InputFormat.HTML);
        Structured.assertInvariants(d);
        assertEquals(List.of("Maiden flight: 2 April 1931", "Crew: 41", "A passenger airship", "The Aurora was scrapped in 1940.",
                "It flew 71 hours.", "It carried 41 crew."), d.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(Layout.FIELD, Layout.FIELD, Layout.PROSE, Layout.PROSE, Layout.LIST_ITEM, Layout.LIST_ITEM),
                d.sentences().stream().map(s -> s.layout().kind()).toList());
        Sentence flight = d.sentences().get(0);
        int label = PAGE.indexOf("Maiden flight");
        assertEquals(new Span(label, label + "Maiden flight".length()), flight.layout().label());
        int value = PAGE.indexOf("2 April 1931");
        assertEquals(new Span(label, value + "2 April 1931".length()), flight.span());
        // the inserted ": " stands for the label's last character; the value maps to itself
        assertEquals(label + 12, flight.offset(13));
        assertEquals(value, flight.offset(15));
        int crew = PAGE.indexOf("Crew:");
        assertEquals(new Span(crew, crew + 5), d.sentences().get(1).layout().label());
        assertNull(d.sentences().get(2).layout().label());
    }
}
