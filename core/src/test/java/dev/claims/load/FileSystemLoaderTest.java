package dev.claims.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.TestPaths;
import dev.claims.hostile.HostileFixtures;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.model.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemLoaderTest {
    private static final FileSystemLoader DEFAULT = new FileSystemLoader(LoadOptions.DEFAULTS);

    /** id → "ok" or the skip reason. */
    private static Map<String, String> outcomes(LoadResult r) {
        Map<String, String> m = new TreeMap<>();
        r.documents().forEach(d -> m.put(d.id(), "ok"));
        r.skipped().forEach(s -> m.put(s.id(), s.problem()));
        assertEquals(r.documents().size() + r.skipped().size(), m.size(), "ids must be unique");
        return m;
    }

    private static RawDocument doc(LoadResult r, String id) {
        return r.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not read"));
    }

    @Test
    void everyHostileFixtureIsReadOrSkippedWithItsReason(@TempDir Path dir) {
        LoadResult r = DEFAULT.load(List.of(HostileFixtures.writeFiles(dir)));
        Map<String, String> got = outcomes(r);
        assertEquals(new TreeMap<>(HostileFixtures.EXPECTED).keySet(), got.keySet());
        HostileFixtures.EXPECTED.forEach((id, expected) -> {
            if (expected.status().equals("ok")) {
                assertEquals("ok", got.get(id), id);
                RawDocument d = doc(r, id);
                if (expected.phrase() == null) {
                    assertEquals(List.of(), d.warnings(), id);
                } else {
                    assertTrue(String.join(";", d.warnings()).contains(expected.phrase()), id + ": " + d.warnings());
                }
            } else {
                assertTrue(got.get(id).contains(expected.phrase()), id + ": " + got.get(id));
            }
        });
        assertEquals(HostileFixtures.UTF16_TEXT, doc(r, "utf16le-bom.txt").text());
        assertEquals(HostileFixtures.UTF16_TEXT, doc(r, "utf16be-bom.txt").text());
        assertEquals(HostileFixtures.PLAIN + " The café closed ⁴\uFFFD", doc(r, "truncated-utf8.txt").text());
        assertEquals(HostileFixtures.PLAIN + " The café served “coffee” — and crêpes.", doc(r, "windows-1252.txt").text());
        assertEquals(InputFormat.HTML, doc(r, "script-payload.html").format());
        assertTrue(r.skipped().stream().noneMatch(Skipped::explicit));
    }

    @Test
    void idsAreSortedRelativePathsAndHiddenAndVcsFoldersArePassedOver(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.txt"), "B text.");
        write(dir.resolve("a/z.txt"), "Z text.");
        write(dir.resolve("a/c.txt"), "C text.");
        write(dir.resolve(".hidden.txt"), "hidden");
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
        write(dir.resolve("CVS/Entries"), "x");
        write(dir.resolve("node_modules/x/readme.txt"), "x");
        write(dir.resolve(".cache/x.txt"), "x");
        LoadResult r = DEFAULT.load(List.of(dir));
        assertEquals(List.of("a/c.txt", "a/z.txt", "b.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(List.of(), r.skipped());
    }

    @Test
    void dataFilesBesideTheDocumentsAreSkippedWithTheReasonUnlessAFormatIsForced(@TempDir Path dir) throws IOException {
        write(dir.resolve("essay.txt"), "The talks began in 1933.");
        write(dir.resolve("gold.json"), "{\"rows\": []}");
        write(dir.resolve("facts.CSV"), "person,office,from,to");
        write(dir.resolve("notes.json.txt"), "Not data: the last extension counts.");
        Map<String, String> got = outcomes(DEFAULT.load(List.of(dir)));
        assertEquals("ok", got.get("essay.txt"));
        assertEquals("ok", got.get("notes.json.txt"));
        assertEquals("a .json data file, not a document (claims reads documents: text, HTML, MediaWiki, Markdown, LaTeX, PDF, Word;"
                + " --input-format reads it anyway)", got.get("gold.json"));
        assertTrue(got.get("facts.CSV").startsWith("a .csv data file, not a document"), got.get("facts.CSV"));
        LoadResult forced = new FileSystemLoader(LoadOptions.DEFAULTS.withForcedFormat(InputFormat.TEXT))
                .load(List.of(dir.resolve("gold.json")));
        assertEquals(1, forced.documents().size());
    }

    @Test
    void theSameRelativeNameUnderTwoRootsGetsTwoIds(@TempDir Path dir) throws IOException {
        write(dir.resolve("one/x.txt"), "One.");
        write(dir.resolve("two/x.txt"), "Two.");
        write(dir.resolve("three/x.txt"), "Three.");
        LoadResult r = DEFAULT.load(List.of(dir.resolve("two"), dir.resolve("one"), dir.resolve("three/x.txt")));
        List<String> ids = r.documents().stream().map(RawDocument::id).toList();
        assertEquals(3, ids.size(), ids.toString());
        assertEquals(List.of(slashes(dir.resolve("one/x.txt")), slashes(dir.resolve("three/x.txt")), slashes(dir.resolve("two/x.txt"))), ids);
        assertEquals("One.", r.documents().get(0).text());
        // the same command line gives the same ids
        assertEquals(ids, DEFAULT.load(List.of(dir.resolve("two"), dir.resolve("one"), dir.resolve("three/x.txt")))
                .documents().stream().map(RawDocument::id).toList());
    }

    @Test
    void aFileGivenTwiceIsReadOnceAndCountsAsExplicit(@TempDir Path dir) throws IOException {
        write(dir.resolve("sub/a.txt"), "A.");
        LoadResult r = DEFAULT.load(List.of(dir, dir.resolve("sub/a.txt"), dir.resolve("sub/../sub/a.txt")));
        assertEquals(List.of("a.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(List.of(), r.skipped());
    }

    @Test
    void seedsLoadUnchanged() {
        LoadResult r = DEFAULT.load(List.of(TestPaths.seeds()));
        assertEquals(5, r.documents().size());
        assertEquals(List.of(), r.skipped());
        assertTrue(r.documents().stream().allMatch(d -> d.warnings().isEmpty()));
    }

    @Test
    void symbolicLinksStayInsideTheRootByDefault(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        write(outside.resolve("secret.txt"), "Outside text.");
        write(root.resolve("real.txt"), "Real text.");
        write(root.resolve("sub/inner.txt"), "Inner text.");
        Files.createSymbolicLink(root.resolve("to-outside-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("to-outside-dir"), outside);
        Files.createSymbolicLink(root.resolve("to-inner.txt"), Path.of("sub/inner.txt"));
        Files.createSymbolicLink(root.resolve("alias-of-real.txt"), Path.of("real.txt"));
        Files.createSymbolicLink(root.resolve("to-sub"), Path.of("sub"));
        Files.createSymbolicLink(root.resolve("broken.txt"), Path.of("nowhere.txt"));
        Map<String, String> got = outcomes(DEFAULT.load(List.of(root)));
        Map<String, String> expected = new TreeMap<>();
        expected.put("real.txt", "ok");
        expected.put("sub/inner.txt", "ok");
        expected.put("alias-of-real.txt", "the same file as 'real.txt' (reached through a symbolic link); read once, as 'real.txt'");
        expected.put("to-inner.txt", "the same file as 'sub/inner.txt' (reached through a symbolic link); read once, as 'sub/inner.txt'");
        expected.put("to-outside-file.txt", "symbolic link to a file outside " + root + "; not followed (use --follow-links)");
        expected.put("to-outside-dir", "symbolic link to a directory outside " + root + "; not followed (use --follow-links)");
        expected.put("to-sub", "symbolic link to a directory inside " + root + "; not followed (its files are read under their own names)");
        expected.put("broken.txt", "broken symbolic link (its target does not exist)");
        assertEquals(expected, got);
    }

    @Test
    void followingLinksReadsOutsideAndReportsLoops(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        write(outside.resolve("secret.txt"), "Outside text.");
        write(root.resolve("real.txt"), "Real text.");
        Files.createSymbolicLink(root.resolve("to-outside-dir"), outside);
        Files.createSymbolicLink(root.resolve("up"), Path.of("."));
        Files.createSymbolicLink(root.resolve("self"), Path.of("self"));
        LoadResult r = new FileSystemLoader(LoadOptions.DEFAULTS.withFollowLinks(true)).load(List.of(root));
        Map<String, String> got = outcomes(r);
        assertEquals("ok", got.get("real.txt"));
        assertEquals("ok", got.get("to-outside-dir/secret.txt"));
        assertEquals("symbolic link loop (it leads back to a directory already being read); not followed again", got.get("up"));
        assertEquals("symbolic link loop", got.get("self"));
        assertEquals(4, got.size(), got.toString());
    }

    @Test
    void anExplicitLinkIsFollowedAndAnExplicitLoopIsReported(@TempDir Path tmp) throws IOException {
        write(tmp.resolve("real.txt"), "Real text.");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), Path.of("real.txt"));
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.txt"), Path.of("loop.txt"));
        Path broken = Files.createSymbolicLink(tmp.resolve("broken.txt"), Path.of("gone.txt"));
        LoadResult r = DEFAULT.load(List.of(link, loop, broken));
        assertEquals(List.of("link.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(List.of(
                new Skipped("broken.txt", broken, "broken symbolic link (its target does not exist)", true),
                new Skipped("loop.txt", loop, "symbolic link loop", true)), r.skipped());
    }

    @Test
    void aDirectoryNamedThroughALinkIsWalkedUnderTheNameGiven(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        write(real.resolve("a.txt"), "A.");
        write(real.resolve("sub/b.txt"), "B.");
        Path link = Files.createSymbolicLink(tmp.resolve("corpus"), real);
        LoadResult r = DEFAULT.load(List.of(link));
        assertEquals(List.of("a.txt", "sub/b.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(link.resolve("sub/b.txt"), r.documents().get(1).path());
        assertEquals(List.of(), r.skipped());
    }

    @Test
    void fileNamesThatAreNotValidUtf8AreStillRead(@TempDir Path dir) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("bash", "-c", "printf 'Odd name.' > \"$(printf 'odd\\377name.txt')\"; printf 'Caf\\303\\251.' > caf\u00e9.txt")
                    .directory(dir.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("bash not available");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "could not create the files");
        LoadResult r = DEFAULT.load(List.of(dir));
        assertEquals(List.of(), r.skipped());
        assertEquals(2, r.documents().size());
        List<String> texts = r.documents().stream().map(RawDocument::text).sorted().toList();
        assertEquals(List.of("Café.", "Odd name."), texts);
    }

    @Test
    void aFileThatVanishesBetweenWalkingAndReadingIsSkipped(@TempDir Path dir) throws IOException {
        write(dir.resolve("stays.txt"), "Stays.");
        Path goes = write(dir.resolve("goes.txt"), "Goes.");
        List<FileSystemLoader.Input> inputs = DEFAULT.discover(List.of(dir));
        Files.delete(goes);
        LoadResult r = DEFAULT.read(inputs);
        assertEquals(List.of("stays.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(List.of(new Skipped("goes.txt", goes, "file vanished (deleted or moved) before it could be read", false)),
                r.skipped());
    }

    @Test
    void tooLargeFilesAreSkippedWithTheLimitAndTheOption(@TempDir Path dir) throws IOException {
        Path big = write(dir.resolve("big.txt"), "x".repeat(101));
        Path fits = write(dir.resolve("fits.txt"), "y".repeat(100));
        LoadResult r = new FileSystemLoader(LoadOptions.DEFAULTS.withMaxFileBytes(100)).load(List.of(big, fits));
        assertEquals(List.of("fits.txt"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(List.of(new Skipped("big.txt", big,
                "too large: 101 bytes exceeds the limit of 100 bytes (raise it with --max-file-size)", true)), r.skipped());
    }

    @Test
    void htmlDepthLimitCanBeRaised(@TempDir Path dir) throws IOException {
        Path html = write(dir.resolve("nested.html"), "<div>".repeat(600) + "text" + "</div>".repeat(600));
        LoadResult refused = DEFAULT.load(List.of(html));
        assertEquals("HTML nested more than 512 elements deep, over the limit of 512 (raise it with --max-html-depth)",
                refused.skipped().get(0).problem());
        LoadResult read = new FileSystemLoader(LoadOptions.DEFAULTS.withLimits(Limits.DEFAULTS.withMaxHtmlDepth(600)))
                .load(List.of(html));
        assertEquals(1, read.documents().size());
        // the same text read as plain text is not measured
        LoadResult asText = new FileSystemLoader(LoadOptions.DEFAULTS.withForcedFormat(InputFormat.TEXT)).load(List.of(html));
        assertEquals(1, asText.documents().size());
    }

    @Test
    void permissionDeniedIsSkipped(@TempDir Path dir) throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = write(dir.resolve("locked.txt"), "Locked.");
        Path lockedDir = Files.createDirectories(dir.resolve("locked-dir"));
        write(lockedDir.resolve("inner.txt"), "Inner.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "the file system ignores permissions");
            Map<String, String> got = outcomes(DEFAULT.load(List.of(dir)));
            assertEquals(Map.of("locked.txt", "permission denied", "locked-dir", "directory not readable: permission denied"), got);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aNamedPipeIsNotOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo not available");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        write(dir.resolve("a.txt"), "A.");
        Map<String, String> got = outcomes(DEFAULT.load(List.of(dir)));
        assertEquals(Map.of("a.txt", "ok", "pipe.txt", "not a regular file (a device, socket or pipe)"), got);
        assertEquals("not a regular file (a device, socket or pipe)", DEFAULT.load(List.of(fifo)).skipped().get(0).problem());
    }

    @Test
    void missingPathsAndEmptyInputsAreErrors(@TempDir Path dir) {
        ClaimsException missing = assertThrows(ClaimsException.class, () -> DEFAULT.load(List.of(dir.resolve("nope"))));
        assertEquals(dir.resolve("nope") + ": no such file or directory", missing.getMessage());
        assertThrows(ClaimsException.class, () -> DEFAULT.load(List.of()));
        ClaimsException empty = assertThrows(ClaimsException.class, () -> DEFAULT.load(List.of(dir)));
        assertTrue(empty.getMessage().endsWith("nothing to read: no files found"));
    }

    @Test
    void explicitSkipsAreMarkedExplicit(@TempDir Path dir) throws IOException {
        Path empty = write(dir.resolve("empty.txt"), "");
        write(dir.resolve("walked/empty.txt"), "");
        LoadResult r = DEFAULT.load(List.of(empty, dir.resolve("walked")));
        List<Boolean> explicit = new ArrayList<>();
        r.skipped().forEach(s -> explicit.add(s.explicit()));
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        assertTrue(explicit.contains(true) && explicit.contains(false));
        assertFalse(r.skipped().stream().anyMatch(s -> !s.problem().equals("empty file (0 bytes)")));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
