package dev.claims;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's seeds/ and fixtures/ from tests (set by surefire as claims.root). */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("claims.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        if (!Files.isDirectory(p.resolve("seeds"))) {
            throw new IllegalStateException("cannot find the project root with seeds/ from " + p.toAbsolutePath());
        }
        return p.normalize();
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static Path seed(String prefix) {
        try (var s = Files.list(seeds())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path fixtures() {
        return root().resolve("fixtures");
    }
}
