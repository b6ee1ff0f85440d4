package dev.claims.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Stage 1: turns paths (files or directories) into decoded raw documents. Never throws for one bad file: an
 * unreadable input becomes a {@link dev.claims.model.Skipped} entry with its reason.
 */
public interface DocumentLoader {
    /**
     * @throws dev.claims.ClaimsException when no path exists at all or nothing readable is found
     */
    LoadResult load(List<Path> paths);
}
