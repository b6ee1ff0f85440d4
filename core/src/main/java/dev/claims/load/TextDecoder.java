package dev.claims.load;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.claims.ClaimsException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
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
 *   <li>Anything else goes to ICU4J's {@code CharsetDetector}. When its best guess is a single-byte encoding of a
 *       non-Latin script (windows-1251, KOI8-R, ISO-8859-5, IBM866; Greek, Hebrew and Arabic ones) and the text it
 *       gives is words of that script (at least 8 of its letters, and hardly any word that mixes them with Latin
 *       letters, as a mis-decoded Latin text would), it is read so, with a warning naming the encoding. Unless the
 *       best scores at least 20 and three times the next encoding of the same script (KOI8-R against windows-1251), the warning says the guess is uncertain and names {@code --encoding}.</li>
 *   <li>Otherwise it is read as windows-1252 (with a warning). windows-1252 maps every byte but 0x81, 0x8D, 0x8F,
 *       0x90 and 0x9D to a character, so a file containing one of those is "neither UTF-8 nor windows-1252".</li>
 *   <li>{@link #decode(byte[], Charset)} with a charset skips all of this: the bytes must be valid in it (a byte order
 *       mark of that charset is dropped).</li>
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
    private static final int DETECT_BYTES = 65536;
    /** A detection is sure when its score is at least this and {@link #CLEAR_LEAD} times that of the next one of its script. */
    private static final int MIN_SCORE = 20;
    private static final int CLEAR_LEAD = 3;
    /** Single-byte encodings of non-Latin scripts that ICU's detector names, with the script their letters are in. */
    private static final Map<String, Character.UnicodeScript> SCRIPTS = Map.ofEntries(
            Map.entry("windows-1251", Character.UnicodeScript.CYRILLIC),
            Map.entry("KOI8-R", Character.UnicodeScript.CYRILLIC),
            Map.entry("ISO-8859-5", Character.UnicodeScript.CYRILLIC),
            Map.entry("IBM866", Character.UnicodeScript.CYRILLIC),
            Map.entry("ISO-8859-7", Character.UnicodeScript.GREEK),
            Map.entry("windows-1253", Character.UnicodeScript.GREEK),
            Map.entry("ISO-8859-8", Character.UnicodeScript.HEBREW),
            Map.entry("ISO-8859-8-I", Character.UnicodeScript.HEBREW),
            Map.entry("windows-1255", Character.UnicodeScript.HEBREW),
            Map.entry("ISO-8859-6", Character.UnicodeScript.ARABIC),
            Map.entry("windows-1256", Character.UnicodeScript.ARABIC));

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

    /**
     * Decodes with the encoding given ({@code --encoding}) instead of detecting one. The warning names it unless it is
     * UTF-8.
     *
     * @throws NotTextException when a byte sequence is not valid in {@code charset}, or the text is binary
     */
    public Decoded decode(byte[] bytes, Charset charset) throws NotTextException {
        if (charset == null) {
            return decode(bytes);
        }
        int offset = bomLength(bytes, charset);
        String text;
        try {
            text = decoder(charset, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid " + charset.name() + " text (the encoding set with --encoding)");
        }
        refuseControlHeavy(text);
        return new Decoded(text, charset.equals(StandardCharsets.UTF_8) ? Optional.empty()
                : Optional.of("decoded as " + charset.name() + " (set with --encoding)"));
    }

    private static int bomLength(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        boolean sixteen = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
        if (sixteen && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    /** The detector's guess when it is a non-Latin single-byte encoding whose text reads as words of its script. */
    private static Optional<Decoded> nonLatin(byte[] bytes, int offset) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + DETECT_BYTES)));
        CharsetMatch[] matches = detector.detectAll();
        if (matches.length == 0) {
            return Optional.empty();
        }
        CharsetMatch match = matches[0];
        Character.UnicodeScript script = SCRIPTS.get(match.getName());
        if (script == null || !Charset.isSupported(match.getName())) {
            return Optional.empty();
        }
        Charset cs = Charset.forName(match.getName());
        String text;
        try {
            text = decoder(cs, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (!readsAs(text, script)) {
            return Optional.empty();
        }
        CharsetMatch rival = null;
        for (int i = 1; i < matches.length && rival == null; i++) {
            if (SCRIPTS.get(matches[i].getName()) == script) {
                rival = matches[i];
            }
        }
        int score = match.getConfidence();
        int rivalScore = rival == null ? 0 : rival.getConfidence();
        String how = score >= MIN_SCORE && score >= CLEAR_LEAD * rivalScore
                ? "not valid UTF-8; decoded as " + cs.name() + " (detected)"
                : "not valid UTF-8; guessed to be " + cs.name() + " with low confidence (" + cs.name() + " scored " + score
                        + (rival == null ? "" : ", " + rival.getName() + " " + rivalScore)
                        + "): check the text, or set the encoding with --encoding";
        return Optional.of(new Decoded(text, Optional.of(how)));
    }

    /**
     * True when the text has at least 8 letters of {@code script}, and at most one word in ten with such letters
     * also has Latin letters (Latin text decoded with a Cyrillic table gives words like "cafй").
     */
    private static boolean readsAs(String text, Character.UnicodeScript script) {
        int letters = 0;
        int words = 0;
        int mixed = 0;
        boolean inScript = false;
        boolean latin = false;
        int n = Math.min(text.length(), DETECT_BYTES);
        for (int i = 0; i <= n; i++) {
            int c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == script) {
                    letters++;
                    inScript = true;
                } else if (c < 0x80) {
                    latin = true;
                }
                continue;
            }
            if (inScript) {
                words++;
                if (latin) {
                    mixed++;
                }
            }
            inScript = false;
            latin = false;
        }
        return letters >= 8 && mixed * 10 <= words;
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
        Optional<Decoded> detected = nonLatin(bytes, offset);
        if (detected.isPresent()) {
            return detected.get();
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

    static boolean startsWith(byte[] bytes, int... prefix) {
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
