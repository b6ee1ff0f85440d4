package dev.claims.extract;

import dev.claims.values.NumberParser;
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
        "11.3 billion|11300000000", "20 million|20000000", "5,500|5500", "seventy|70",
        "eighty six|86", "one hundred and twelve|112", "thirty-one|31", "half billion|500000000",
        "half a million|500000", "a half million|500000", "1.5 million|1500000", "two and a half|2.5",
        "ninety nine thousand|99000"})
    void parses(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(parser.parse(written).orElseThrow()), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "804|0.5", "41.2|0.05", "800|0.5", "7,062,000|500", "1,200|50", "200,000|50000", "1.5 million|50000",
        "20 million|500000", "eighty six|0.5", "thirty|0.5", "two hundred|0.5", "two and a half|0.25",
        "half a million|250000", "one and a half million|250000", "0.25|0.005"})
    void precisionIsHalfTheLastDigitWritten(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(parser.precision(written).orElseThrow()), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"three quarters|0.75", "two thirds|0.6667", "a half|0.5", "one-fifth|0.2",
        "a quarter|0.25", "seven tenths|0.7"})
    void fractions(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(parser.fraction(written).orElseThrow()), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"five thirds", "three", "two dozen"})
    void notFractions(String written) {
        assertTrue(parser.fraction(written).isEmpty(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "thousands", "one of", "several", "12,00,0", "twenty-fold"})
    void rejects(String written) {
        assertTrue(parser.parse(written).isEmpty(), written);
    }
}
