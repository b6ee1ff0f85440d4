package dev.claims.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void plainUtf8HasNoWarningAndItsBomIsDropped() throws Exception {
        assertEquals(new TextDecoder.Decoded("café ¹", Optional.empty()), decoder.decode("café ¹".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new TextDecoder.Decoded("x", Optional.empty()), decoder.decode(bytes(0xEF, 0xBB, 0xBF, 'x')));
    }

    @Test
    void byteOrderMarksPickUtf16AndUtf32() throws Exception {
        String s = "Ивáнов “x” 𝄞";
        assertEquals(new TextDecoder.Decoded(s, Optional.of("decoded as UTF-16LE (byte order mark)")),
                decoder.decode(concat(bytes(0xFF, 0xFE), s.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(new TextDecoder.Decoded(s, Optional.of("decoded as UTF-16BE (byte order mark)")),
                decoder.decode(concat(bytes(0xFE, 0xFF), s.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(new TextDecoder.Decoded(s, Optional.of("decoded as UTF-32LE (byte order mark)")),
                decoder.decode(concat(bytes(0xFF, 0xFE, 0, 0), s.getBytes(Charset.forName("UTF-32LE")))));
        assertEquals(new TextDecoder.Decoded(s, Optional.of("decoded as UTF-32BE (byte order mark)")),
                decoder.decode(concat(bytes(0, 0, 0xFE, 0xFF), s.getBytes(Charset.forName("UTF-32BE")))));
    }

    @Test
    void utf16WithoutBomIsGuessedFromItsNulBytes() throws Exception {
        String s = "The committee met in the spring.";
        assertEquals(new TextDecoder.Decoded(s, Optional.of("decoded as UTF-16LE (no byte order mark; guessed from its NUL bytes)")),
                decoder.decode(s.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("decoded as UTF-16BE (no byte order mark; guessed from its NUL bytes)",
                decoder.decode(s.getBytes(StandardCharsets.UTF_16BE)).warning().orElseThrow());
    }

    @Test
    void aBrokenUtf16BodyAfterItsBomIsRefused() {
        // an unpaired high surrogate
        TextDecoder.NotTextException e = assertThrows(TextDecoder.NotTextException.class,
                () -> decoder.decode(bytes(0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0)));
        assertEquals("not valid UTF-16LE text, although it starts like UTF-16LE", e.getMessage());
    }

    @Test
    void truncatedUtf8KeepsTheTextAndReplacesTheCutCharacter() throws Exception {
        byte[] b = "Soviet ¹²".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = decoder.decode(java.util.Arrays.copyOf(b, b.length - 1));
        assertEquals("Soviet ¹\uFFFD", d.text());
        assertEquals(Optional.of("ends with an incomplete UTF-8 character (a cut-off file?), replaced with U+FFFD"), d.warning());
    }

    @Test
    void mostlyUtf8WithAFewBrokenBytesStaysUtf8() throws Exception {
        String good = "café ".repeat(20);
        TextDecoder.Decoded d = decoder.decode(concat(good.getBytes(StandardCharsets.UTF_8), bytes(0xE9, 'x')));
        assertEquals(good + "\uFFFDx", d.text());
        assertEquals(Optional.of("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"), d.warning());
    }

    @Test
    void windows1252IsTheFallback() throws Exception {
        TextDecoder.Decoded d = decoder.decode("café “x” — €".getBytes(Charset.forName("windows-1252")));
        assertEquals(new TextDecoder.Decoded("café “x” — €", Optional.of("not valid UTF-8; decoded as windows-1252")), d);
    }

    @Test
    void bytesUndefinedInWindows1252AreRefused() {
        TextDecoder.NotTextException e = assertThrows(TextDecoder.NotTextException.class,
                () -> decoder.decode(bytes('a', 0x81, 'b', 0xE9)));
        assertEquals("neither valid UTF-8 nor windows-1252 text (it has bytes that are undefined in windows-1252:"
                + " 0x81, 0x8D, 0x8F, 0x90 or 0x9D)", e.getMessage());
    }

    @Test
    void binaryIsRefused() {
        assertEquals("binary file (contains NUL bytes), not a text document",
                assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(bytes('P', 'K', 3, 4, 0, 0, 'x'))).getMessage());
        byte[] control = new byte[100];
        for (int i = 0; i < control.length; i++) {
            control[i] = (byte) (i % 2 == 0 ? 'a' : 2);
        }
        assertEquals("binary file (50% control characters), not a text document",
                assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(control)).getMessage());
    }

    @Test
    void tabsFormFeedsAndEscapesAreNotControlNoise() throws Exception {
        String s = "a\tb\fc\u001b[1md\r\n".repeat(10);
        assertEquals(s, decoder.decode(s.getBytes(StandardCharsets.UTF_8)).text());
    }
}
