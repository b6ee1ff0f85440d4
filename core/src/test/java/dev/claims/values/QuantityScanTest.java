package dev.claims.values;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityScanTest {
    @Test
    void everyQuantityStartsWhereTheScanLooks() throws Exception {
        List<String> texts = ScanStartsCheck.texts(List.of(
                "Sample mass21.55 kilograms", "Mission duration8 days", "about $187 million", "\\$5 to \\$7",
                "£3, €4, 5%, 6 per cent", "one and a half million people", "a half dozen", "half a million",
                "Four 1,050-horsepower engines", "fourteen-year-old, twenty-five years, ninety nine", "an estimated 36",
                "no fewer than 12 and upwards of thirty", "At least 35 of the 97 people", "One worker was killed",
                "ONE HUNDRED MEN", "A Full 3 days", "x1y2 3.5kg 4-5 km (6 mi)"));
        int n = ScanStartsCheck.check(QuantityParser.QUANTITY, QuantityParser.STARTS, texts);
        assertTrue(n > 1000, "matches seen: " + n);
    }
}
