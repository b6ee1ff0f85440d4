package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.values.ScanStartsCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceScanTest {
    @Test
    void everyPlacePhraseStartsWhereTheScanLooks() throws Exception {
        List<String> texts = ScanStartsCheck.texts(List.of(
                "born in Exampleton", "landed at Pad B, Complex 7", "flew from Example Field to Sampleville",
                "a house near the Old Mill", "just outside Testburg", "tin Exampleton", "éin Exampleton",
                "5in Exampleton", "_at Exampleton", "In Exampleton", "IN Exampleton", "in  Exampleton",
                "went to\u00a0Exampleton", "moved to the Example Islands"));
        int n = ScanStartsCheck.check(PlaceExtractor.PLACE, PlaceExtractor.PLACE_STARTS, texts);
        assertTrue(n > 500, "matches seen: " + n);
    }
}
