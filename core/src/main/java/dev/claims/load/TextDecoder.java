package dev.claims.load;

import dev.claims.ClaimsException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes file bytes into text, or says in one sentence why they are not text.
 *
 * <ol>
 *   <li>A byte order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (the mark is not part of the text).</li>
 *   <li>Without one, NUL bytes in the first 8 KB mean binary, unless they fall on every other byte as in UTF-16
 *       without a mark, which is then decoded as such (with a warning).</li>
 *   <li>Valid UTF-8 is read as is. Text that is UTF-8 but for a cut-off last character, or that is mostly valid
 *       UTF-8 with a few broken sequences, is read as UTF-8 with each broken sequence replaced by U+FFFD (with a
 *       warning saying so).</li>
 *   <li>Anything else is read as windows-1252 (with a warning). windows-1252 maps every byte but 0x81, 0x8D, 0x8F,
 *       0x90 and 0x9D to a character, so a file containing one of those is "neither UTF-8 nor windows-1252".</li>
 *   <li>Decoded text whose first 8 K characters are more than 10% control characters (other than tab, line feed,
 *       form feed, carriage return and escape) is refused as binary: windows-1252 would otherwise "decode" most
 *       binary files.</li>
 * </ol>
 *
 * <pre>{@code
 * new TextDecoder().decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
 *     // Decoded[text=café, warning=Optional[not valid UTF-8; decoded as windows-1252]]
 * }</pre>
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final int PROBE = 8192;

    /** The decoded text and, when it was not plain UTF-8, a warning sentence. */
    public record Decoded(String text, Optional<String> warning) {
    }

    /**
     * The bytes are not a text document; the message is the one-sentence reason. A {@link ClaimsException}, like
     * everything the library throws; {@link FileSystemLoader} turns it into a skipped document.
     */
    public static final class NotTextException extends ClaimsException {
        private static final long serialVersionUID = 1L;

        public NotTextException(String reason) {
            super(null, reason);
        }
    }

    /**
     * @return the decoded text and how it was decoded
     * @throws NotTextException with a one-sentence reason when the bytes are not text
     */
    public Decoded decode(byte[] bytes) throws NotTextException {
        Decoded d = decodeBytes(bytes);
        refuseControlHeavy(d.text());
        return d;
    }

    private Decoded decodeBytes(byte[] bytes) throws NotTextException {
        int n = bytes.length;
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(bytes, 4, UTF_32LE, "decoded as UTF-32LE (byte order mark)");
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(bytes, 4, UTF_32BE, "decoded as UTF-32BE (byte order mark)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "decoded as UTF-16BE (byte order mark)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "decoded as UTF-16LE (byte order mark)");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int probe = Math.min(n, offset + PROBE);
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = offset; i < probe; i++) {
            if (bytes[i] == 0) {
                if (((i - offset) & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (zerosEven + zerosOdd > 0) {
            int pairs = (probe - offset) / 2;
            if (offset == 0 && n % 2 == 0 && pairs > 0) {
                if (zerosOdd * 10 >= pairs * 9 && zerosEven * 100 <= pairs) {
                    return strict(bytes, 0, StandardCharsets.UTF_16LE, "decoded as UTF-16LE (no byte order mark; guessed from its NUL bytes)");
                }
                if (zerosEven * 10 >= pairs * 9 && zerosOdd * 100 <= pairs) {
                    return strict(bytes, 0, StandardCharsets.UTF_16BE, "decoded as UTF-16BE (no byte order mark; guessed from its NUL bytes)");
                }
            }
            throw new NotTextException("binary file (contains NUL bytes), not a text document");
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8, CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, n - offset)).toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            // not clean UTF-8: see below
        }
        Utf8Scan scan = Utf8Scan.of(bytes, offset);
        if (scan.invalid() == 0 && scan.truncatedTail()) {
            return new Decoded(lenientUtf8(bytes, offset),
                    Optional.of("ends with an incomplete UTF-8 character (a cut-off file?), replaced with U+FFFD"));
        }
        if (scan.validMultiByte() > 0 && scan.invalid() * 10 <= scan.validMultiByte()) {
            return new Decoded(lenientUtf8(bytes, offset), Optional.of(Math.max(1, scan.invalid())
                    + " invalid UTF-8 byte sequence(s) replaced with U+FFFD"));
        }
        try {
            return new Decoded(decoder(WINDOWS_1252, CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, n - offset)).toString(),
                    Optional.of("not valid UTF-8; decoded as windows-1252"));
        } catch (CharacterCodingException e) {
            throw new NotTextException("neither valid UTF-8 nor windows-1252 text"
                    + " (it has bytes that are undefined in windows-1252: 0x81, 0x8D, 0x8F, 0x90 or 0x9D)");
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String warning) throws NotTextException {
        try {
            String text = decoder(cs, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, Optional.of(warning));
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid " + cs.name() + " text, although it starts like " + cs.name());
        }
    }

    private static String lenientUtf8(byte[] bytes, int offset) {
        try {
            return decoder(StandardCharsets.UTF_8, CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs, CodingErrorAction action) {
        return cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseControlHeavy(String text) throws NotTextException {
        int probe = Math.min(text.length(), PROBE);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            char c = text.charAt(i);
            boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
            if (c0 || (c >= 0x7F && c <= 0x9F)) {
                control++;
            }
        }
        if (probe > 0 && control * 10 > probe) {
            throw new NotTextException("binary file (" + (control * 100 / probe)
                    + "% control characters), not a text document");
        }
    }

    /** Counts of well-formed multi-byte sequences and broken bytes in possibly-UTF-8 bytes. */
    private record Utf8Scan(int validMultiByte, int invalid, boolean truncatedTail) {
        static Utf8Scan of(byte[] b, int from) {
            int valid = 0;
            int invalid = 0;
            int i = from;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (len == 0) {
                    invalid++;
                    i++;
                    continue;
                }
                int have = Math.min(len, b.length - i);
                boolean continuation = true;
                for (int k = 1; k < have; k++) {
                    if ((b[i + k] & 0xC0) != 0x80) {
                        continuation = false;
                        break;
                    }
                }
                if (continuation && have < len) {
                    return new Utf8Scan(valid, invalid, true);
                }
                if (continuation) {
                    valid++;
                    i += len;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, false);
        }
    }
}
