package dev.claims.config;

import dev.claims.Extraction;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Include and exclude globs over document ids (the path relative to the root it was found under, '/'-separated).
 * A document is kept when it matches some include (or there are none) and no exclude. A glob without '/' also
 * matches the file name alone, as in .gitignore: {@code *.md} matches {@code notes/a.md}. Glob syntax is Java's
 * ({@code *}, {@code **}, {@code ?}, {@code [abc]}, {@code {a,b}}).
 *
 * <pre>{@code
 * new DocumentFilter(List.of("**.txt"), List.of("drafts/**")).accepts("drafts/x.txt");   // false
 * }</pre>
 */
public final class DocumentFilter {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    private record Glob(String pattern, PathMatcher matcher, boolean nameOnly) {
        boolean matches(String id) {
            Path p = Path.of(id);
            if (matcher.matches(p)) {
                return true;
            }
            return nameOnly && p.getFileName() != null && matcher.matches(p.getFileName());
        }
    }

    /** @throws IllegalArgumentException when a glob is malformed */
    public DocumentFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(DocumentFilter::glob).toList();
        this.excludes = excludes.stream().map(DocumentFilter::glob).toList();
    }

    private static Glob glob(String pattern) {
        return new Glob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern), !pattern.contains("/"));
    }

    public boolean accepts(String documentId) {
        boolean in = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(documentId));
        return in && excludes.stream().noneMatch(g -> g.matches(documentId));
    }

    /** The documents and skipped inputs whose ids are accepted. */
    public Extraction apply(Extraction extraction) {
        if (includes.isEmpty() && excludes.isEmpty()) {
            return extraction;
        }
        return new Extraction(extraction.documents().stream().filter(d -> accepts(d.id())).toList(),
                extraction.skipped().stream().filter(s -> accepts(s.id())).toList());
    }
}
