package dev.claims.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else windows-1252 with a warning.
 * Binary content (NUL bytes in the first block) is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and, when it was not plain UTF-8, a warning sentence. */
    public record Decoded(String text, Optional<String> warning) {
    }

    /**
     * @return the decoded text
     * @throws IllegalArgumentException with a one-sentence reason when the bytes are not text
     */
    public Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            Charset cs = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, cs), Optional.of("decoded as UTF-16 (byte order mark)"));
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int probe = Math.min(bytes.length, 8192);
        for (int i = offset; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new IllegalArgumentException("binary file (contains NUL bytes), not a text document");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, Optional.empty());
        } catch (CharacterCodingException e) {
            try {
                String text = WINDOWS_1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(text, Optional.of("not valid UTF-8; decoded as windows-1252"));
            } catch (CharacterCodingException e2) {
                throw new IllegalArgumentException("neither valid UTF-8 nor windows-1252 text");
            }
        }
    }
}
