package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static MappedText body(String s) {
        MappedText t = new MappedText();
        TextCleaner.clean(s, 0, s.length(), TextCleaner.Mode.BODY, t, null);
        t.trimEnd();
        return t;
    }

    @Test
    void repairsOcrYearsAndKeepsOffsets() {
        MappedText t = body("its invasion of Manchuria in 1 931 were");
        assertEquals("its invasion of Manchuria in 1931 were", t.text());
        assertEquals("1 931".length() - 1 + t.origin(t.text().indexOf("1931")), t.origin(t.text().indexOf("1931") + 3));
        assertEquals("page 1 931 of", body("page 1 931 of").text()); // not after a year context word
        assertEquals("in 1 000 cases", body("in 1 000 cases").text()); // not a plausible year
    }

    @Test
    void latexEscapesHyphenationAndEmphasis() {
        assertEquals("a thirty-year $6 billion loan", body("a thirty-year \\$6 billion loan").text());
        assertEquals("the Communist-controlled economy", body("the Communist- controlled economy").text());
        assertEquals("pre- and post-war", body("pre- and post-war").text());
        assertEquals("an international treaty", body("an inter-\nnational treaty").text());
        assertEquals("a Soviet-American treaty", body("a Soviet-\nAmerican treaty").text());
        assertEquals("Izvestia hailed FDR", body("*Izvestia* hailed FDR").text());
        assertEquals("*Izvestia* hailed FDR", TextCleaner.cleanString("*Izvestia* hailed FDR", 0, 21, TextCleaner.Mode.NOTE));
    }

    @Test
    void superscriptMarkersBecomeAnchors() {
        MappedText t = body("Security.”¹ In 1945.⁸³");
        assertEquals("Security.” In 1945.", t.text());
        assertEquals(2, t.anchors().size());
        assertEquals("1", t.anchors().get(0).label());
        assertEquals("83", t.anchors().get(1).label());
        assertEquals(10, t.anchors().get(0).position());
    }

    @Test
    void indexTermsRunningIntoTheTextAreDropped() {
        assertEquals("During the Russian Civil War (1918-1921), the United States sent troops",
                body("During the Russian Civil War (1918-1921), Russian Civil War (1918-1921) the United States sent troops").text());
        assertEquals("In 1929, Ford Motor Company signed", body("In 1929, Ford Motor Company Ford Motor Company signed").text());
        assertEquals("support of communist propaganda in other nations",
                body("support of communist propaganda Propaganda;Bolsheviks in other nations").text());
    }
}
