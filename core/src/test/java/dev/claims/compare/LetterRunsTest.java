package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LetterRunsTest {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    @Test
    void placesShareANameWordOfThreeLettersOrMore() {
        assertEquals(List.of("cape", "kennedy", "fl"), ValueCompatibility.letterRuns("cape kennedy, fl."));
        assertTrue(ValueCompatibility.sharesNameWord("Cape Kennedy, Florida", "Kennedy Space Center"));
        assertFalse(ValueCompatibility.sharesNameWord("Lakehurst, NJ", "Frankfurt, Germany"));
    }

    /** The non-empty parts of a split at runs of non-letters, supplementary letters ("𝐀") included. */
    @Property
    void sameAsTheNonEmptyPartsOfThePatternSplit(@ForAll @Chars({' ', ',', '-', '1', 'é', '\u00df'})
                                                 @CharRange(from = 'a', to = 'c') @StringLength(max = 14) String s) {
        String t = s.replace("c", "\uD835\uDC00"); // a letter outside the basic plane
        List<String> expected = Arrays.stream(NON_LETTERS.split(t)).filter(p -> !p.isEmpty()).toList();
        assertEquals(expected, ValueCompatibility.letterRuns(t));
    }
}
