package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CollapseSpacesTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void asTheRegularExpression() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003.";
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(WHITESPACE.matcher(s).replaceAll(" "), FindingFactory.collapseSpaces(s), s);
        }
    }
}
