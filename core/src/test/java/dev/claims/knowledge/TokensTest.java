package dev.claims.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void wordsKeepInnerApostrophesHyphensAndDecimalPoints() {
        assertEquals(List.of("Max's", "lift-off", "took", "2.5", "hours"),
                List.of(Tokens.words("Max's lift-off took 2.5 hours.")));
    }

    @Test
    void aLabelGluedToItsValueIsSplitButANamesInnerCapitalIsNot() {
        assertEquals(List.of("Return", "launch", "July", "21", "EVA", "duration", "2", "hours"),
                List.of(Tokens.words("Return launchJuly 21 EVA duration2 hours")));
        assertEquals(List.of("McCord", "MacArthur", "LaGuardia", "JavaScript"),
                List.of(Tokens.words("McCord MacArthur LaGuardia JavaScript")));
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Sample mass21.55 kg";
        List<Tokens.Token> t = Tokens.of(text);
        assertEquals("21.55", text.substring(t.get(2).start(), t.get(2).end()));
    }

    @Test
    void aPossessiveIsReadInTheTokenOrRightAfterIt() {
        String text = "Vesk's fleet, the LEAGUE\u2019S end, Ostmans' ships and the guild";
        assertEquals(List.of("Vesk's", "LEAGUE\u2019S"), Tokens.of(text).stream().filter(t -> Tokens.possessive(text, t))
                .map(Tokens.Token::text).toList());
    }
}
