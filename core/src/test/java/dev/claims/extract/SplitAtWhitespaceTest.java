package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SplitAtWhitespaceTest {
    private static final Pattern ONE = Pattern.compile("\\s");

    @Test
    void namesSplitAtEachWhitespaceCharacter() {
        assertArrayEquals(new String[] {"President", "Franklin", "D.", "Roosevelt"},
                PersonNames.splitAtWhitespace("President Franklin D.\tRoosevelt"));
        assertArrayEquals(new String[] {"", "A", "", "B"}, PersonNames.splitAtWhitespace(" A  B  "));
        assertArrayEquals(new String[0], PersonNames.splitAtWhitespace("   "));
        assertArrayEquals(new String[] {""}, PersonNames.splitAtWhitespace(""));
    }

    /** What {@code Pattern.compile("\\s").split} gives, for any mix of letters, spaces, tabs and line breaks. */
    @Property
    void sameAsThePatternSplit(@ForAll @Chars({' ', '\t', '\n', '\r', '\u000B', '\f', '\u00a0', '.'})
                               @CharRange(from = 'a', to = 'c') @StringLength(max = 12) String s) {
        assertArrayEquals(ONE.split(s), PersonNames.splitAtWhitespace(s));
    }
}
