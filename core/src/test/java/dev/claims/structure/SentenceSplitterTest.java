package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Sibley, Katherine A. S. Loans and Legitimacy appeared in 1996.", "It was reviewed."),
                split("Sibley, Katherine A. S. Loans and Legitimacy appeared in 1996. It was reviewed."));
        assertEquals(List.of("The U.S. Government would negotiate with the U.S.S.R. in Washington.", "Talks began."),
                split("The U.S. Government would negotiate with the U.S.S.R. in Washington. Talks began."));
        assertEquals(List.of("Dr. Hammer met Mr. Harriman in Waltham, Mass. on Monday."),
                split("Dr. Hammer met Mr. Harriman in Waltham, Mass. on Monday."));
        assertEquals(List.of("See Foreign Affairs, No. 4; Vol. 25, pp. 566-582, for the text."),
                split("See Foreign Affairs, No. 4; Vol. 25, pp. 566-582, for the text."));
        assertEquals(List.of("Wells met H.G. Wells's publisher."), split("Wells met H.G. Wells's publisher."));
    }

    @Test
    void aBracketedNumberAfterAFullStopStaysWithItsSentence() {
        assertEquals(List.of("The pact was signed in 1921.[1]", "The border was drawn in 1922.[2][3]", "It held."),
                split("The pact was signed in 1921.[1] The border was drawn in 1922.[2][3] It held."));
    }

    @Test
    void abbreviationAtSentenceEndBeforeAnOpener() {
        assertEquals(List.of("It banned Comintern organizing in the U.S.", "In a 1934 interview Stalin praised him."),
                split("It banned Comintern organizing in the U.S. In a 1934 interview Stalin praised him."));
        assertEquals(List.of("They fought in World War I.", "The peace was short."),
                split("They fought in World War I. The peace was short."));
    }

    @Test
    void markerAfterAbbreviationPeriodEndsTheSentence() {
        String text = "It banned organizing in the U.S. Stalin was pleased.";
        int afterUs = text.indexOf("U.S.") + 4;
        assertEquals(2, splitter.split(text, Set.of(afterUs)).size());
        assertEquals(1, splitter.split(text, Set.of()).size());
    }

    @Test
    void decadesQuotesAndEllipses() {
        assertEquals(List.of("During the 1920's trade grew.", "By the 1930’s it fell."),
                split("During the 1920's trade grew. By the 1930’s it fell."));
        assertEquals(List.of("He called it “The Spokesman for Peace.”", "In the eyes of Stalin it mattered."),
                split("He called it “The Spokesman for Peace.” In the eyes of Stalin it mattered."));
        assertEquals(List.of("He wrote that “The USSR will be a first-class country ... No longer will we be weak.”", "Then he left."),
                split("He wrote that “The USSR will be a first-class country ... No longer will we be weak.” Then he left."));
        assertEquals(List.of("Was it a diplomat? the question stayed open."), split("Was it a diplomat? the question stayed open."));
    }

    @Test
    void textWithoutSentenceEndsIsCutIntoBoundedPieces() {
        String text = "word¹ ".repeat(40_000);
        List<dev.claims.model.Span> spans = splitter.split(text);
        assertEquals(true, spans.size() > 10);
        for (dev.claims.model.Span s : spans) {
            assertEquals(true, s.length() <= SentenceSplitter.MAX_SENTENCE, s.toString());
            assertEquals(' ', text.charAt(s.end())); // cut at a space
        }
    }
}
