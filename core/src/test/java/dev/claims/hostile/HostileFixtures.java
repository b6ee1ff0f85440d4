package dev.claims.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the hostile fixture set (documented in fixtures/hostile/README.md) into a directory at test time, so that
 * no binary or multi-megabyte file is committed. Every file is generated from a fixed recipe (the "random" bytes
 * come from a seeded generator), so the set is the same on every run.
 *
 * <p>{@link #EXPECTED} says what loading each file must give: {@code ok} (read, possibly with a warning) or
 * {@code skipped}, with a phrase the one-sentence reason must contain.
 */
public final class HostileFixtures {
    /** What loading a fixture must give. */
    public record Expected(String status, String phrase) {
    }

    /** A named adversarial string for the parsers. */
    public record Adversarial(String name, String text) {
    }

    /** File name → expected outcome, for every file {@link #writeFiles} creates. */
    public static final Map<String, Expected> EXPECTED;

    static {
        Map<String, Expected> m = new LinkedHashMap<>();
        m.put("binary.png", new Expected("skipped", "a PNG image, not a text document; run OCR on it first"));
        m.put("control-characters.dat", new Expected("skipped", "% control characters"));
        m.put("truncated-utf8.txt", new Expected("ok", "incomplete UTF-8 character"));
        m.put("windows-1252.txt", new Expected("ok", "decoded as windows-1252"));
        m.put("undefined-1252-bytes.txt", new Expected("skipped", "neither valid UTF-8 nor windows-1252"));
        m.put("utf16le-bom.txt", new Expected("ok", "decoded as UTF-16LE (byte order mark)"));
        m.put("utf16be-bom.txt", new Expected("ok", "decoded as UTF-16BE (byte order mark)"));
        m.put("zero-bytes.txt", new Expected("skipped", "empty file (0 bytes)"));
        m.put("bom-only.txt", new Expected("skipped", "empty file (no text"));
        m.put("whitespace-only.txt", new Expected("skipped", "empty file (no text, only whitespace)"));
        m.put("deep.html", new Expected("skipped", "HTML nested more than 512 elements deep"));
        m.put("huge-line.txt", new Expected("ok", null));
        m.put("script-payload.html", new Expected("ok", null));
        m.put("script-payload.txt", new Expected("ok", null));
        for (Adversarial a : adversarial()) {
            m.put("redos-" + a.name() + ".txt", new Expected("ok", null));
        }
        m.put("loop/self", new Expected("skipped", "symbolic link loop"));
        m.put("loop/up", new Expected("skipped", "symbolic link loop"));
        EXPECTED = Map.copyOf(m);
    }

    private HostileFixtures() {
    }

    /**
     * The ReDoS-style strings: long runs that make a careless regular expression backtrack. Each is at least
     * 100,000 characters; "repeated-char" is 1 MB.
     */
    public static List<Adversarial> adversarial() {
        return List.of(
                new Adversarial("digits", "1".repeat(100_000)),
                new Adversarial("digits-spaced", "1 ".repeat(50_000)),
                new Adversarial("dots", ".".repeat(100_000)),
                new Adversarial("dot-spaced", ". ".repeat(50_000)),
                new Adversarial("capitals", "A".repeat(100_000)),
                new Adversarial("capital-words", "Soviet Union United States ".repeat(8_000)),
                new Adversarial("initials", "A. ".repeat(35_000)),
                new Adversarial("parens", "(".repeat(100_000)),
                new Adversarial("angle-brackets", "<".repeat(100_000)),
                new Adversarial("brackets", "[[".repeat(25_000) + "{{".repeat(25_000) + "<ref>".repeat(10_000)),
                new Adversarial("repeated-char", "a".repeat(1_000_000)),
                new Adversarial("superscripts", "¹".repeat(100_000)),
                new Adversarial("superscripts-spaced", "word¹ ".repeat(40_000)),
                new Adversarial("date-like", "November 16, 1933 ".repeat(10_000)),
                new Adversarial("recognized-no-stop", "recognized the Soviet Union " + "on November ".repeat(20_000)),
                new Adversarial("many-lines", "a line\n".repeat(50_000)),
                new Adversarial("equals", "=".repeat(100_000)),
                new Adversarial("asterisks", "*".repeat(100_000)),
                new Adversarial("whitespace-run", "a" + " ".repeat(500_000) + "b."));
    }

    /** Writes every fixture into {@code dir} (which must exist) and returns the directory. */
    public static Path writeFiles(Path dir) {
        try {
            Random random = new Random(20261122L);
            byte[] binary = new byte[64 * 1024];
            random.nextBytes(binary);
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, binary, 0, 12);
            Files.write(dir.resolve("binary.png"), binary);

            byte[] control = new byte[4096];
            for (int i = 0; i < control.length; i++) {
                control[i] = (byte) (i % 3 == 0 ? 'x' : 1 + i % 8);
            }
            Files.write(dir.resolve("control-characters.dat"), control);

            byte[] utf8 = (PLAIN + " The café closed ⁴²").getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("truncated-utf8.txt"), Arrays.copyOf(utf8, utf8.length - 1));

            Files.write(dir.resolve("windows-1252.txt"),
                    (PLAIN + " The café served “coffee” — and crêpes.").getBytes(Charset.forName("windows-1252")));

            byte[] undefined = (PLAIN + " Bad bytes: XX here.").getBytes(StandardCharsets.US_ASCII);
            int at = undefined.length - 8;
            undefined[at] = (byte) 0x81;
            undefined[at + 1] = (byte) 0x8D;
            Files.write(dir.resolve("undefined-1252-bytes.txt"), undefined);

            Files.write(dir.resolve("utf16le-bom.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    UTF16_TEXT.getBytes(StandardCharsets.UTF_16LE)));
            Files.write(dir.resolve("utf16be-bom.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                    UTF16_TEXT.getBytes(StandardCharsets.UTF_16BE)));

            Files.write(dir.resolve("zero-bytes.txt"), new byte[0]);
            Files.write(dir.resolve("bom-only.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Files.writeString(dir.resolve("whitespace-only.txt"), " \n\t\n   \r\n\n");

            Files.writeString(dir.resolve("deep.html"), "<!DOCTYPE html><html><body>" + "<div>".repeat(10_000)
                    + "deep" + "</div>".repeat(10_000) + "</body></html>\n");

            StringBuilder huge = new StringBuilder(3_100_000);
            while (huge.length() < 3_000_000) {
                huge.append("lorem ipsum dolor sit amet consectetur ");
            }
            Files.writeString(dir.resolve("huge-line.txt"), huge);

            Files.writeString(dir.resolve("script-payload.html"), SCRIPT_HTML);
            Files.writeString(dir.resolve("script-payload.txt"), SCRIPT_TEXT);

            for (Adversarial a : adversarial()) {
                Files.writeString(dir.resolve("redos-" + a.name() + ".txt"), a.text());
            }

            Path loop = Files.createDirectories(dir.resolve("loop"));
            Files.createSymbolicLink(loop.resolve("self"), Path.of("self"));
            Files.createSymbolicLink(loop.resolve("up"), Path.of(".."));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** Ordinary prose with no event the lexicon knows, so hostile files add no findings to a real corpus. */
    public static final String PLAIN = "The committee met in the spring and discussed the harvest.";

    /** The text of both UTF-16 fixtures. */
    public static final String UTF16_TEXT = "Résumé of the meeting: the harvest was good — “excellent”, said Ивáнов.\n";

    /** HTML with script, event handlers, javascript: links and quotes; a report must show it inert. */
    public static final String SCRIPT_HTML = "<!DOCTYPE html><html><head><title>x\"</title><script>alert('t')</script></head>"
            + "<body><p onclick=\"alert('p')\">The committee met <b>in the spring</b>.</p>"
            + "<p><a href=\"javascript:alert(1)\">click</a> \"quoted\" 'single' &lt;script&gt;alert(2)&lt;/script&gt;</p>"
            + "<script>document.write('<p>injected</p>')</script><p>It ended.</p></body></html>\n";

    /** Plain text carrying markup and quotes that must come out of every report escaped. */
    public static final String SCRIPT_TEXT = "<script>alert('x')</script> The committee met \"in the spring\" & agreed."
            + "\n\n<a href=\"javascript:alert(1)\">link</a> '</textarea>' ]]> {{x}} `code` *stars*\n";
}
