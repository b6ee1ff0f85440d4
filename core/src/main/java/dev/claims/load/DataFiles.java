package dev.claims.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extensions of data files that sit beside documents but are not documents (a gold file, a config, a CSV of facts):
 * the loader lists them as skipped instead of reading JSON as prose. The list is
 * {@code dev/claims/load/data-extensions.txt}.
 */
final class DataFiles {
    private static final Set<String> EXTENSIONS = load();

    private DataFiles() {
    }

    /** The file's extension when it names a data file ("json"), else null. */
    static String extensionOf(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot <= 0 || dot == n.length() - 1) {
            return null;
        }
        String ext = n.substring(dot + 1);
        return EXTENSIONS.contains(ext) ? ext : null;
    }

    private static Set<String> load() {
        try (InputStream in = DataFiles.class.getResourceAsStream("/dev/claims/load/data-extensions.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/claims/load/data-extensions.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
