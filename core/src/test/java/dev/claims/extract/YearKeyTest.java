package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class YearKeyTest {
    /** Four digits as {@code String.format("%04d")} writes them, for ancient, modern and negative years. */
    @Property
    void yearKeyIsTheFourDigitFormat(@ForAll @IntRange(min = -20_000, max = 20_000) int year) {
        assertEquals(String.format(Locale.ROOT, "%04d", year), TimeExpressionParser.yearKey(year));
    }
}
