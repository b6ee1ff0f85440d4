package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image caption over its credit line: the caption is a unit of the page, the credit line noise. */
class CaptionTest {
    @Test
    void aCaptionOverACreditLineIsAUnitAndTheCreditNoise() {
        Document d = Structured.of("The Vesk years\n\nKarl Ostman and Anna Lindqvist at the 1950 Tallby conference.\n"
                + "(Harbor Museum of Vesk)\n\nThe two met often after the war. They spoke of trade.\n",
                InputFormat.TEXT);
        assertEquals(List.of("Karl Ostman and Anna Lindqvist at the 1950 Tallby conference."),
                d.sentences().stream().filter(s -> s.layout().kind() == Layout.CAPTION).map(s -> s.text()).toList());
        assertEquals(List.of("image credit: (Harbor Museum of Vesk)"), d.noise().stream()
                .filter(n -> n.reason().startsWith("image"))
                .map(n -> n.reason() + ": " + d.text().substring(n.span().start(), n.span().end())).toList());
    }

    @Test
    void aCreditLineAloneIsNoise() {
        Document d = Structured.of("The Vesk years\n\n(Harbor Museum of Vesk)\n\nThe two met often after the war.\n",
                InputFormat.TEXT);
        assertEquals(List.of("The two met often after the war."), d.sentences().stream().map(s -> s.text()).toList());
    }

    @Test
    void aDateInACaptionNeedsNoNote(@TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "The Vesk years\n\n"
                + "Karl Ostman and Anna Lindqvist at the 1950 Tallby conference.\n(Harbor Museum of Vesk)\n\n"
                + "Ostman was born in Vesk.\u00b9 He studied law in Tallby.\u00b2 He joined the navy of Vesk.\u00b3 In "
                + "1961 the Tallby harbor was closed by the navy.\n\nNotes\n\n\u00b9 A. Berg, Vesk Lives (Tallby, "
                + "1970), 3.\n\n\u00b2 Berg, Vesk Lives, 5.\n\n\u00b3 Berg, Vesk Lives, 9.\n");
        assertEquals(List.of("1961"), dev.claims.Checker.withDefaults().check(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals("uncited-claim")).flatMap(f -> f.evidence().stream())
                .map(e -> e.value()).toList());
    }
}
