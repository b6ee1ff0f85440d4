package dev.claims.load;

import dev.claims.ClaimsException;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.model.Skipped;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads files and walks directories (sorted, hidden files and VCS folders skipped, links not followed unless asked).
 * Each file becomes a {@link RawDocument} or a {@link Skipped} with its reason; nothing is dropped silently.
 */
public final class FileSystemLoader implements DocumentLoader {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules", "target");

    private final LoadOptions options;
    private final FormatDetector detector = new FormatDetector();
    private final TextDecoder decoder = new TextDecoder();

    public FileSystemLoader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public LoadResult load(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new ClaimsException(null, "no input paths given");
        }
        TreeMap<String, Input> inputs = new TreeMap<>();
        for (Path given : paths) {
            if (!Files.exists(given, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new ClaimsException(given, "no such file or directory");
            }
            if (Files.isDirectory(given)) {
                for (Path file : walk(given)) {
                    inputs.putIfAbsent(idFor(given, file), new Input(file, false));
                }
            } else {
                Path name = given.getFileName();
                inputs.putIfAbsent(name == null ? given.toString() : name.toString(), new Input(given, true));
            }
        }
        if (inputs.isEmpty()) {
            throw new ClaimsException(paths.get(0), "nothing to read: no files found");
        }
        List<RawDocument> docs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        inputs.forEach((id, input) -> read(id, input, docs, skipped));
        return new LoadResult(docs, skipped);
    }

    private record Input(Path path, boolean explicit) {
    }

    private static String idFor(Path root, Path file) {
        Path rel = root.relativize(file);
        String id = rel.toString().replace('\\', '/');
        return id.isEmpty() ? file.getFileName().toString() : id;
    }

    private List<Path> walk(Path root) {
        Set<FileVisitOption> opts = options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> stream = Files.walk(root, Integer.MAX_VALUE, opts.toArray(FileVisitOption[]::new))) {
            stream.filter(p -> !p.equals(root))
                    .filter(p -> !hiddenBelow(root, p))
                    .filter(p -> !Files.isDirectory(p))
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ClaimsException(root, "cannot walk directory: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    private static boolean hiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String s = part.toString();
            if (s.startsWith(".") || SKIPPED_DIRS.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private void read(String id, Input input, List<RawDocument> docs, List<Skipped> skipped) {
        Path path = input.path();
        try {
            if (Files.isSymbolicLink(path) && !options.followLinks() && !input.explicit()) {
                skipped.add(new Skipped(id, path, "symbolic link not followed (use --follow-links)", false));
                return;
            }
            long size = Files.size(path);
            if (size == 0) {
                skipped.add(new Skipped(id, path, "empty file", input.explicit()));
                return;
            }
            if (size > options.maxFileBytes()) {
                skipped.add(new Skipped(id, path, "too large: " + size + " bytes exceeds the limit of "
                        + options.maxFileBytes() + " bytes (raise it with --max-file-size)", input.explicit()));
                return;
            }
            TextDecoder.Decoded decoded = decoder.decode(Files.readAllBytes(path));
            if (decoded.text().isBlank()) {
                skipped.add(new Skipped(id, path, "empty file (only whitespace)", input.explicit()));
                return;
            }
            InputFormat format = options.forcedFormat() != null ? options.forcedFormat()
                    : detector.detect(path.getFileName().toString(), decoded.text());
            docs.add(new RawDocument(id, path, decoded.text(), format, decoded.warning().stream().toList()));
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(id, path, "permission denied", input.explicit()));
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(id, path, "file vanished before it could be read", input.explicit()));
        } catch (IOException e) {
            skipped.add(new Skipped(id, path, "not readable: " + e.getMessage(), input.explicit()));
        } catch (IllegalArgumentException e) {
            skipped.add(new Skipped(id, path, e.getMessage(), input.explicit()));
        }
    }
}
