package dev.claims.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Follows a chain of symbolic links by hand to tell a loop from other failures, without relying on OS messages. */
final class Links {
    private static final int MAX_HOPS = 40;

    private Links() {
    }

    /** True when following {@code link} (and any link it points to) comes back to a link already seen. */
    static boolean loops(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            if (!Files.isSymbolicLink(current)) {
                return false;
            }
            if (!seen.add(current)) {
                return true;
            }
            try {
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }
}
