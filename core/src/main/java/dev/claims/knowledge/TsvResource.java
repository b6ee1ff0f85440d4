package dev.claims.knowledge;

import dev.claims.ClaimsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files under {@code dev/claims/resolve/}: one row per line, '#' comments and blank
 * lines skipped, cells stripped.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** The rows of a classpath resource, each with at least {@code minColumns} cells. */
    public static List<String[]> rows(String resource, int minColumns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClaimsException(Path.of(resource), "missing resource");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < minColumns) {
                    throw new ClaimsException(Path.of(resource), "line " + n + ": expected " + minColumns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new ClaimsException(Path.of(resource), "cannot read: " + e.getMessage());
        }
    }
}
