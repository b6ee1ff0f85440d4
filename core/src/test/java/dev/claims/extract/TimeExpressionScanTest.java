package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.values.ScanStartsCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionScanTest {
    @Test
    void everyTimeExpressionStartsWhereTheScanLooks() throws Exception {
        List<String> texts = ScanStartsCheck.texts(List.of(
                "November 16, 1933", "16 November 1933", "Nov. 16, 1933", "11-30-2021", "July–August 1945",
                "the spring of 1941", "the 1920s", "1920’s", "early 1930's", "mid-October", "the end of 1945",
                "The First Half of 1946", "1918-1921", "1921–29", "from 1923-1930", "between 1921 and 1923",
                "in 1 945", "the next day", "two months later", "A few weeks afterwards", "several years ago",
                "Years later", "within a month of", "October 23 and 24", "the 6th of May", "3rd March",
                "in July", "the July Big Three conference", "that summer", "Late-Winter 1950", "Sept. 3, 1939",
                "twenty-five years ago", "half a century", "Mayé 1933", "x1933", "é1933"));
        int n = ScanStartsCheck.check(TimeExpressionParser.TIME, TimeExpressionParser.STARTS, texts);
        assertTrue(n > 1000, "matches seen: " + n);
    }
}
