package dev.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The library's version and the commit it was built from, both from the build.
 *
 * <pre>{@code
 * Version.get();       // "0.1.0-SNAPSHOT"
 * Version.commit();    // "1de241a0c3f2", or "unknown" when built outside a git checkout
 * Version.describe();  // "0.1.0-SNAPSHOT (commit 1de241a0c3f2)"
 * }</pre>
 */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/claims/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no properties: "unknown" below
        }
        return p;
    }

    /** The Maven version, or "unknown". */
    public static String get() {
        return known(PROPERTIES.getProperty("version"));
    }

    /** The abbreviated git commit of the build, or "unknown" (no git, or not built from a checkout). */
    public static String commit() {
        String c = known(PROPERTIES.getProperty("commit"));
        return c.matches("[0-9a-f]{7,40}") ? c : "unknown";
    }

    /** Version and commit, for {@code claims --version} and cache keys. */
    public static String describe() {
        return get() + " (commit " + commit() + ")";
    }

    private static String known(String s) {
        return s == null || s.isBlank() || s.startsWith("${") ? "unknown" : s.strip();
    }
}
