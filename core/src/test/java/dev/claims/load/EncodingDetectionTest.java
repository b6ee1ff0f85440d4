package dev.claims.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claims.TestPaths;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Russian text saved by iconv in windows-1251 and KOI8-R (fixtures/formats/make.sh) reads as the UTF-8 original. */
class EncodingDetectionTest {
    private static final Path DIR = TestPaths.fixtures().resolve("formats");
    private final TextDecoder decoder = new TextDecoder();

    private static String original() throws Exception {
        return Files.readString(DIR.resolve("russian.txt"));
    }

    @Test
    void windows1251IsDetected() throws Exception {
        TextDecoder.Decoded d = decoder.decode(Files.readAllBytes(DIR.resolve("russian.cp1251.txt")));
        assertEquals(original(), d.text());
        assertEquals(Optional.of("not valid UTF-8; decoded as windows-1251 (detected)"), d.warning());
    }

    @Test
    void koi8rIsDetected() throws Exception {
        TextDecoder.Decoded d = decoder.decode(Files.readAllBytes(DIR.resolve("russian.koi8r.txt")));
        assertEquals(original(), d.text());
        assertEquals(Optional.of("not valid UTF-8; decoded as KOI8-R (detected)"), d.warning());
    }

    @Test
    void aShortTextIsALowConfidenceGuessThatSaysSo() throws Exception {
        TextDecoder.Decoded d = decoder.decode("Мельница на реке.".getBytes(Charset.forName("KOI8-R")));
        assertEquals(new TextDecoder.Decoded("Мельница на реке.", Optional.of("not valid UTF-8; guessed to be KOI8-R with low"
                + " confidence (KOI8-R scored 66, windows-1251 33): check the text, or set the encoding with --encoding")), d);
    }

    @Test
    void latinTextIsNotTakenForCyrillic() throws Exception {
        String s = "Le café était fermé; à côté, l’épicière vendait des crêpes et du thé à prix réduit.";
        assertEquals(new TextDecoder.Decoded(s, Optional.of("not valid UTF-8; decoded as windows-1252")),
                decoder.decode(s.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void anEncodingGivenIsUsedAsIs() throws Exception {
        byte[] koi8 = Files.readAllBytes(DIR.resolve("russian.koi8r.txt"));
        assertEquals(new TextDecoder.Decoded(original(), Optional.of("decoded as KOI8-R (set with --encoding)")),
                decoder.decode(koi8, Charset.forName("KOI8-R")));
        // the same bytes forced as windows-1251 decode, wrongly, because the user said so
        assertEquals('н', decoder.decode(koi8, Charset.forName("windows-1251")).text().charAt(0));
        assertEquals(new TextDecoder.Decoded("x", Optional.empty()),
                decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}, StandardCharsets.UTF_8));
    }

    @Test
    void bytesInvalidInTheEncodingGivenAreRefused() {
        TextDecoder.NotTextException e = assertThrows(TextDecoder.NotTextException.class,
                () -> decoder.decode(new byte[] {'a', (byte) 0xC3, 'b'}, StandardCharsets.UTF_8));
        assertEquals("not valid UTF-8 text (the encoding set with --encoding)", e.getMessage());
    }
}
