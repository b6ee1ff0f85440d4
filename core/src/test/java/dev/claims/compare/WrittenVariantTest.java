package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spellings of one name one letter apart ({@link NameVariantRule#writtenVariants}), on invented pages. */
class WrittenVariantTest {
    private static List<String> variants(Path dir, Map<String, String> pages) throws IOException {
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Files.writeString(dir.resolve(p.getKey()), p.getValue());
        }
        return Checker.withDefaults().check(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals("name-variant")).map(Finding::subject).toList();
    }

    @Test
    void twoSpellingsInOneDocumentAreAVariant(@TempDir Path dir) throws IOException {
        assertEquals(List.of("Brastova: spelled Brasstova / Brastova"), variants(dir, Map.of(
                "a.txt", "The envoys met at Brastova in 1922. Later that year the talks at Brasstova failed.\n"
                        + "Both delegations left Brastova in December.\n")));
    }

    @Test
    void aVowelApartAcrossDocumentsIsAVariant(@TempDir Path dir) throws IOException {
        assertEquals(List.of("Kelemar: spelled Kelemar / Kelmar"), variants(dir, Map.of(
                "a.txt", "The treaty was signed at Kelmar in 1922.\n",
                "b.txt", "The treaty was signed at Kelemar in 1922.\n")));
    }

    @Test
    void neverNumbersCommonWordsOrInflections(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), variants(dir, Map.of(
                "a.txt", "The Resolution passed after the revolution; the Revolution was over. The Germans left "
                        + "Germany in 1922.\n",
                "b.txt", "The KX 210 and the KX 211 flew in 1922 under the Apollonia 10 and Apollonia 11 plans.\n")));
    }

    @Test
    void aConsonantApartAcrossDocumentsIsTwoNames(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), variants(dir, Map.of(
                "a.txt", "The delegates met at Varsen in 1922.\n",
                "b.txt", "The delegates met at Varsten in 1922.\n")));
    }

    @Test
    void innerEditsOnly() {
        assertEquals(3, NameVariantRule.oneInnerEdit("tehran", "teheran"));
        assertEquals(-1, NameVariantRule.oneInnerEdit("germany", "germans"));
        assertEquals(-1, NameVariantRule.oneInnerEdit("soviet", "soviets"));
        assertEquals(true, NameVariantRule.vowelEdit("tehran", "teheran", 3));
        assertEquals(false, NameVariantRule.vowelEdit("varsen", "varsten", 4));
    }
}
