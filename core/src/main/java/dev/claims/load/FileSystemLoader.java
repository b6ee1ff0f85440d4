package dev.claims.load;

import dev.claims.ClaimsException;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.model.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads files and walks directories. Every file found becomes a {@link RawDocument} or a {@link Skipped} with a
 * one-sentence reason; nothing is dropped silently.
 *
 * <p>Walking: paths are sorted; files and folders whose names start with '.' and VCS and build folders
 * ({@code .git .hg .svn .bzr _darcs CVS node_modules target}) are passed over. By default symbolic links are not
 * followed out of the directory given: a link to a file inside it is read (once, if the same file is reached
 * twice), a link to a directory or to anything outside it is listed as skipped with the reason. With
 * {@link LoadOptions#followLinks()} every link is followed and loops are detected and listed. A path named
 * directly is always read, link or not.
 *
 * <p>Ids are the path relative to the directory given ('/'-separated) or, for a file named directly, its file
 * name; when two different files would get the same id, each gets its path as written instead. Ids are unique and
 * depend only on the paths given and the files present.
 *
 * <p>Reading: each file is read once, with at most {@link Limits#maxFileBytes()} + 1 bytes. A file a
 * {@link FormatReader} takes (PDF, Word, OpenDocument, when their modules are installed) is extracted by it as
 * Markdown; a file in another format that is not text (RTF, images…) is skipped with a reason that says what to do;
 * see {@link TextDecoder} for the encodings of text files and {@link HtmlDepth} for the HTML nesting limit.
 */
public final class FileSystemLoader implements DocumentLoader {
    static final Set<String> PASSED_OVER_DIRS = Set.of(".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", "node_modules", "target");
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int HEAD = 8192;

    private final LoadOptions options;
    private final FormatDetector detector = new FormatDetector();
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlDepth htmlDepth = new HtmlDepth();
    private final FormatReaders readers = FormatReaders.installed();

    public FileSystemLoader(LoadOptions options) {
        this.options = options;
    }

    /**
     * @throws ClaimsException when no path is given, a path given does not exist, or no file is found at all
     */
    @Override
    public LoadResult load(List<Path> paths) {
        return read(discover(paths));
    }

    /** One input to read, or already known to be skipped ({@code problem} not null). */
    record Input(String id, Path path, boolean explicit, String problem) {
    }

    /** Step one: every input found, sorted by id, ids unique. */
    List<Input> discover(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new ClaimsException(null, "no input paths given");
        }
        List<Input> found = new ArrayList<>();
        for (Path given : paths) {
            if (!Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
                throw new ClaimsException(given, "no such file or directory");
            }
            if (Files.isDirectory(given)) {
                walk(given, found);
            } else {
                Path name = given.getFileName();
                found.add(new Input(name == null ? slashes(given) : name.toString(), given, true, null));
            }
        }
        if (found.isEmpty()) {
            throw new ClaimsException(paths.get(0), "nothing to read: no files found");
        }
        return uniqueIds(mergeSameFiles(found));
    }

    /** Step two: read each input. */
    LoadResult read(List<Input> inputs) {
        List<RawDocument> docs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<Path, String> parts = LatexInputs.parts(inputs.stream().filter(i -> i.problem() == null).map(Input::path).toList(),
                options.limits().maxFileBytes());
        for (Input input : inputs) {
            if (input.problem() != null) {
                skipped.add(new Skipped(input.id(), input.path(), input.problem(), input.explicit()));
                continue;
            }
            String whole = parts.get(input.path().toAbsolutePath().normalize());
            if (whole != null && !input.explicit()) {
                skipped.add(new Skipped(input.id(), input.path(), "a part of " + whole + ", read there (\\input)", false));
                continue;
            }
            String problem;
            try {
                problem = readOne(input, docs);
            } catch (AccessDeniedException e) {
                problem = "permission denied";
            } catch (NoSuchFileException e) {
                problem = Files.isSymbolicLink(input.path()) ? "broken symbolic link (its target does not exist)"
                        : "file vanished (deleted or moved) before it could be read";
            } catch (FileSystemException e) {
                problem = Links.loops(input.path()) ? "symbolic link loop" : "not readable: " + reason(e);
            } catch (IOException e) {
                problem = "not readable: " + reason(e);
            }
            if (problem != null) {
                skipped.add(new Skipped(input.id(), input.path(), problem, input.explicit()));
            }
        }
        return new LoadResult(docs, skipped);
    }

    /** Reads one file into {@code docs}; returns the reason it is skipped, or null. */
    private String readOne(Input input, List<RawDocument> docs) throws IOException {
        Path path = input.path();
        Limits limits = options.limits();
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            return "a directory, not a file";
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file (a device, socket or pipe)";
        }
        if (attrs.size() > limits.maxFileBytes()) {
            return tooLarge(attrs.size() + " bytes", limits);
        }
        if (attrs.size() >= MAX_ARRAY) {
            return "too large to read into memory (" + attrs.size() + " bytes)";
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, MAX_ARRAY));
        }
        if (bytes.length > limits.maxFileBytes()) {
            return tooLarge("more than " + limits.maxFileBytes() + " bytes (it grew while being read)", limits);
        }
        if (bytes.length == 0) {
            return "empty file (0 bytes)";
        }
        String fileName = path.getFileName() == null ? input.id() : path.getFileName().toString();
        byte[] head = bytes.length > HEAD ? Arrays.copyOf(bytes, HEAD) : bytes;
        Optional<FormatReader> reader = readers.readerFor(fileName, head);
        if (reader.isPresent()) {
            return extract(reader.get(), input, bytes, docs);
        }
        Optional<String> unsupported = readers.unsupported(fileName, head);
        if (unsupported.isPresent()) {
            return unsupported.get();
        }
        String data = options.forcedFormat() != null ? null : DataFiles.extensionOf(path);
        if (data != null) {
            return "a ." + data + " data file, not a document (claims reads documents: text, HTML, MediaWiki, Markdown,"
                    + " LaTeX, PDF, Word; --input-format reads it anyway)";
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = decoder.decode(bytes, options.encoding());
        } catch (TextDecoder.NotTextException e) {
            return e.getMessage();
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return "empty file (no text, only whitespace)";
        }
        InputFormat format = options.forcedFormat() != null ? options.forcedFormat() : detector.detect(fileName, text);
        if (format == InputFormat.HTML) {
            int depth = htmlDepth.measure(text, limits.maxHtmlDepth());
            if (depth > limits.maxHtmlDepth()) {
                return "HTML nested more than " + limits.maxHtmlDepth() + " elements deep, over the limit of "
                        + limits.maxHtmlDepth() + " (raise it with --max-html-depth)";
            }
        }
        docs.add(new RawDocument(input.id(), path, text, format, decoded.warning().stream().toList()));
        return null;
    }

    /** A file in a format a {@link FormatReader} takes: its text as Markdown, or the reason it is skipped. */
    private String extract(FormatReader reader, Input input, byte[] bytes, List<RawDocument> docs) {
        Limits limits = options.limits();
        FormatReader.Extracted x;
        try {
            x = reader.read(bytes, limits);
        } catch (FormatReader.Unreadable e) {
            return e.problem();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a reader's library failing on hostile input costs this file only
            return "not readable as " + reader.name() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")";
        }
        if (x.markdown().length() > limits.maxFileBytes()) {
            return "too large: the text extracted from this " + reader.name() + " file exceeds the limit of "
                    + limits.maxFileBytes() + " characters (raise it with --max-file-size)";
        }
        if (x.markdown().isBlank()) {
            return "no text found in this " + reader.name() + " file";
        }
        docs.add(new RawDocument(input.id(), input.path(), x.markdown(), InputFormat.MARKDOWN, x.warnings()));
        return null;
    }

    private static String tooLarge(String size, Limits limits) {
        return "too large: " + size + " exceeds the limit of " + limits.maxFileBytes()
                + " bytes (raise it with --max-file-size)";
    }

    private void walk(Path root, List<Input> found) {
        Path rootReal;
        try {
            rootReal = root.toRealPath();
        } catch (IOException e) {
            throw new ClaimsException(root, "cannot read directory: " + reason(e));
        }
        // a directory named through a symbolic link is walked at its target, but shown under the name given
        Path start = Files.isSymbolicLink(root) ? rootReal : root;
        Set<FileVisitOption> opts = options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(start, opts, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                private Path shown(Path p) {
                    return start == root ? p : root.resolve(start.relativize(p));
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && passedOver(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path found0, BasicFileAttributes attrs) {
                    if (passedOver(found0)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path file = shown(found0);
                    String id = idFor(root, file);
                    if (attrs.isSymbolicLink()) {
                        found.add(link(root, rootReal, file, id));
                    } else if (attrs.isRegularFile()) {
                        found.add(new Input(id, file, false, null));
                    } else if (!attrs.isDirectory()) {
                        found.add(new Input(id, file, false, "not a regular file (a device, socket or pipe)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path found0, IOException exc) {
                    if (!found0.equals(start) && passedOver(found0)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path file = shown(found0);
                    String problem;
                    if (exc instanceof FileSystemLoopException) {
                        problem = "symbolic link loop (it leads back to a directory already being read); not followed again";
                    } else if (exc instanceof AccessDeniedException) {
                        problem = Files.isDirectory(file) ? "directory not readable: permission denied" : "permission denied";
                    } else if (exc instanceof NoSuchFileException) {
                        problem = "vanished (deleted or moved) while its directory was being read";
                    } else {
                        problem = "not readable: " + reason(exc);
                    }
                    found.add(new Input(idFor(root, file), file, false, problem));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    if (exc != null) {
                        Path shownDir = shown(dir);
                        found.add(new Input(idFor(root, shownDir), shownDir, false,
                                "directory could not be read completely: " + reason(exc)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ClaimsException(root, "cannot walk directory: " + reason(e));
        }
    }

    /** A symbolic link met while walking: read it if it stays inside the root and is a file; else say why not. */
    private Input link(Path root, Path rootReal, Path link, String id) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return new Input(id, link, false, "broken symbolic link (its target does not exist)");
        } catch (IOException e) {
            return new Input(id, link, false, Links.loops(link) ? "symbolic link loop" : "not readable: " + reason(e));
        }
        boolean inside = target.startsWith(rootReal);
        if (Files.isDirectory(target)) {
            Path parentReal = realParent(link);
            if (parentReal != null && parentReal.startsWith(target)) {
                return new Input(id, link, false, "symbolic link loop (it points to a directory that contains it); not followed");
            }
            return new Input(id, link, false, inside
                    ? "symbolic link to a directory inside " + root + "; not followed (its files are read under their own names)"
                    : "symbolic link to a directory outside " + root + "; not followed (use --follow-links)");
        }
        if (!inside) {
            return new Input(id, link, false, "symbolic link to a file outside " + root + "; not followed (use --follow-links)");
        }
        return new Input(id, link, false, null);
    }

    private static Path realParent(Path p) {
        try {
            Path parent = p.toAbsolutePath().getParent();
            return parent == null ? null : parent.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The same file reached twice is read once: the same path given twice is merged silently; a file reached
     * through a symbolic link as well as directly is read under the direct path, the link listed as skipped.
     */
    private static List<Input> mergeSameFiles(List<Input> found) {
        Map<Path, List<Input>> byFile = new LinkedHashMap<>();
        List<Input> out = new ArrayList<>();
        for (Input in : found) {
            if (in.problem() != null) {
                out.add(in);
                continue;
            }
            Path key;
            try {
                key = in.path().toRealPath();
            } catch (IOException e) {
                out.add(in); // reading it will say why
                continue;
            }
            byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(in);
        }
        for (Map.Entry<Path, List<Input>> e : byFile.entrySet()) {
            List<Input> same = new ArrayList<>(e.getValue());
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            Path real = e.getKey();
            same.sort(Comparator.comparing((Input in) -> !direct(in.path(), real)).thenComparing(Input::id));
            Input keep = same.get(0);
            boolean explicit = same.stream().anyMatch(Input::explicit);
            Path keepPath = normal(keep.path());
            for (Input other : same.subList(1, same.size())) {
                if (normal(other.path()).equals(keepPath)) {
                    continue; // the same path, given twice
                }
                out.add(new Input(other.id(), other.path(), other.explicit(),
                        "the same file as '" + keep.id() + "' (reached through a symbolic link); read once, as '" + keep.id() + "'"));
            }
            out.add(new Input(keep.id(), keep.path(), explicit, null));
        }
        return out;
    }

    private static boolean direct(Path p, Path real) {
        return normal(p).equals(real);
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Makes ids unique: colliding ids become the paths as written, then get a "~2", "~3" suffix if still equal. */
    private static List<Input> uniqueIds(List<Input> inputs) {
        Map<String, List<Input>> byId = new TreeMap<>();
        for (Input in : inputs) {
            byId.computeIfAbsent(in.id(), k -> new ArrayList<>()).add(in);
        }
        List<Input> renamed = new ArrayList<>();
        for (List<Input> group : byId.values()) {
            if (group.size() == 1) {
                renamed.add(group.get(0));
            } else {
                for (Input in : group) {
                    renamed.add(new Input(slashes(in.path()), in.path(), in.explicit(), in.problem()));
                }
            }
        }
        renamed.sort(Comparator.comparing(Input::id).thenComparing(in -> in.path().toString()));
        List<Input> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Input in : renamed) {
            String id = in.id();
            for (int k = 2; !used.add(id); k++) {
                id = in.id() + "~" + k;
            }
            out.add(id.equals(in.id()) ? in : new Input(id, in.path(), in.explicit(), in.problem()));
        }
        out.sort(Comparator.comparing(Input::id));
        return out;
    }

    private static String idFor(Path root, Path file) {
        String id = slashes(root.relativize(file));
        return id.isEmpty() ? slashes(file) : id;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static boolean passedOver(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        return s.startsWith(".") || PASSED_OVER_DIRS.contains(s);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
