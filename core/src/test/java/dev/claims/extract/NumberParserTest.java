package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {
    private final NumberParser parser = new NumberParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "one hundred thousand|100000", "a million and a half|1500000", "one and a half million|1500000",
        "twenty-five|25", "thirty|30", "eleven|11", "sixteen|16", "twenty-two|22", "one billion|1000000000",
        "twenty million|20000000", "three hundred and five|305", "a hundred|100", "12,000|12000", "1,000|1000",
        "11.3 billion|11300000000", "20 million|20000000", "5,500|5500", "seventy|70"})
    void parses(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(parser.parse(written).orElseThrow()), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "thousands", "one of", "several", "12,00,0", "twenty-fold"})
    void rejects(String written) {
        assertTrue(parser.parse(written).isEmpty(), written);
    }
}
