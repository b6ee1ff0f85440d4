package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    @Test
    void lowerCasedAsciiRunsLessStopWordsAndSingleCharacters() {
        assertEquals(Set.of("lm", "landed", "20", "17", "ut", "july", "1969"),
                ContentWords.of("The LM landed at 20:17 UT on 20 July 1969"));
        assertEquals(Set.of("moon", "surface"), ContentWords.of("the Moon’s surface"), "'s' of the curly apostrophe is one character");
        assertEquals(Set.of("caf", "ol"), ContentWords.of("Café Olé"), "non-ASCII letters split words");
        assertEquals(Set.of(), ContentWords.of("it was not to be, but then also"));
        assertEquals(Set.of(), ContentWords.of(null));
    }
}
