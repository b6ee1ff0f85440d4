package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.claims.Checker;
import dev.claims.compare.FindingFactory;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding ids (and so baseline entries) survive moving, renaming and editing a document elsewhere. */
class FingerprintTest {
    private static final String A = "The United States recognized the Soviet Union on November 16, 1933.\n";
    private static final String B = "The United States recognized the Soviet Union on November 17, 1933.\n";

    @TempDir
    Path dir;

    private static List<String> ids(Path... paths) {
        return Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(paths)).findings().stream()
                .filter(f -> f.kind() != FindingKind.AGREEMENT).map(f -> f.rule() + " " + f.id()).sorted().toList();
    }

    @Test
    void idSurvivesARenameAMoveAndAnEditElsewhere() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("a.txt"), A);
        Files.writeString(first.resolve("b.txt"), B);
        List<String> before = ids(first);
        assertEquals(1, before.size(), before.toString());
        assertEquals("date-mismatch", before.get(0).split(" ")[0]);

        Path second = Files.createDirectories(dir.resolve("second/archive"));
        Files.writeString(second.resolve("renamed-a.txt"), "An opening paragraph added later.\n\n" + A
                + "\nA closing paragraph about something else entirely.\n");
        Files.writeString(second.resolve("zz-other-name.txt"), B);
        assertEquals(before, ids(dir.resolve("second")));
    }

    @Test
    void idChangesWhenTheQuotedTextChanges() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("a.txt"), A);
        Files.writeString(first.resolve("b.txt"), B);
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("a.txt"), A);
        Files.writeString(second.resolve("b.txt"), B.replace("17", "18"));
        List<String> one = ids(first);
        List<String> other = ids(second);
        assertEquals(1, other.size(), other.toString());
        assertNotEquals(one, other);
    }

    @Test
    void documentNamesInTheSubjectAreMasked() {
        Evidence inA = new Evidence("a.txt", "texts/a.txt", new Span(0, 5), 1, 1, "Later,  it  happened.", "Later");
        Evidence inB = new Evidence("old/b.txt", "archive/old/b.txt", new Span(40, 45), 7, 3, "Later, it happened.",
                "Later");
        String a = FindingFactory.stableId("sequence-mismatch", "order of events in a.txt", List.of("1935", "1937"),
                List.of(inA));
        String b = FindingFactory.stableId("sequence-mismatch", "order of events in old/b.txt", List.of("1937", "1935"),
                List.of(inB));
        assertEquals(a, b);
        assertEquals(16, a.length());
        assertNotEquals(a, FindingFactory.stableId("date-mismatch", "order of events in a.txt",
                List.of("1935", "1937"), List.of(inA)));
        assertNotEquals(a, FindingFactory.stableId("sequence-mismatch", "order of events in a.txt",
                List.of("1935", "1938"), List.of(inA)));
    }

    @Test
    void baselineWrittenBeforeARenameStillSuppressesTheFinding() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("a.txt"), A);
        Files.writeString(first.resolve("b.txt"), B);
        Baseline baseline = Baseline.of(Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(first)));
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.writeString(moved.resolve("c.txt"), A);
        Files.writeString(moved.resolve("d.txt"), B);
        Baseline.Applied applied = baseline.apply(Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(moved)), "b.json");
        assertEquals(List.of(), applied.report().findings().stream().filter(f -> f.kind() != FindingKind.AGREEMENT)
                .map(Finding::rule).toList());
        assertEquals(1, applied.status().suppressed());
        assertEquals(List.of(), applied.status().absent());
    }
}
