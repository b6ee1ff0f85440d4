package dev.claims.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML report's stylesheet and script, read once from {@code dev/claims/report/html/} on the class path and
 * inlined into every report, and the Content-Security-Policy that allows exactly that script and nothing else.
 */
final class HtmlAssets {
    static final String STYLE = read("report.css");
    static final String SCRIPT = read("report.js");
    /** No fetches of any kind; inline style; the report's own script by hash; data: images only. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
            + sha256(SCRIPT) + "'";

    private HtmlAssets() {
    }

    private static String read(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/claims/report/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source expression for an inline script: {@code sha256-} and the base64 digest of its UTF-8 bytes. */
    static String sha256(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
