package dev.claims.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.config.Suppressions.Region;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims-disable comments in each format's own syntax switch findings off, and the findings are kept aside. */
class SuppressionsTest {
    private static final String SAYS_16 = "The United States recognized the Soviet Union on November 16, 1933.";
    private static final String SAYS_17 = "The United States recognized the Soviet Union on November 17, 1933.";
    private static final Set<String> KNOWN = Set.of("date-mismatch", "office-mismatch");

    @TempDir
    Path dir;

    /** Checks the corpus {@code b.txt} (saying the 17th) plus {@code name} and applies its comments. */
    private Suppressions.Applied check(String name, String text) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("c" + name.hashCode()));
        Files.writeString(corpus.resolve("b.txt"), SAYS_17 + "\n");
        Files.writeString(corpus.resolve(name), text);
        Report report = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(corpus));
        assertEquals(1, problems(report.findings()).size(), "the contradiction is there before: " + report.findings());
        return Suppressions.apply(report, KNOWN);
    }

    private static List<String> problems(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() != FindingKind.AGREEMENT).map(Finding::rule).toList();
    }

    private void assertSuppressed(String name, String text) throws Exception {
        Suppressions.Applied s = check(name, text);
        assertEquals(List.of(), problems(s.report().findings()), name);
        assertEquals(List.of("date-mismatch"), problems(s.suppressed()), name);
        assertEquals(List.of(), s.problems());
    }

    @Test
    void markdownRegion() throws Exception {
        assertSuppressed("a.md", "# Recognition\n\n<!-- claims-disable date-mismatch -->\n\n" + SAYS_16
                + "\n\n<!-- claims-enable -->\n\nMore text.\n");
    }

    @Test
    void markdownNextLine() throws Exception {
        assertSuppressed("a.md", "# Recognition\n\n<!-- claims-disable-next-line date-mismatch -->\n" + SAYS_16 + "\n");
    }

    @Test
    void html() throws Exception {
        assertSuppressed("a.html", "<html><body><h1>Recognition</h1>\n<!-- claims-disable -->\n<p>" + SAYS_16
                + "</p>\n<!-- claims-enable -->\n</body></html>\n");
    }

    @Test
    void wikitext() throws Exception {
        assertSuppressed("a.wiki", "== Recognition ==\n<!-- claims-disable-next-line date-mismatch -->\n" + SAYS_16
                + "\n");
    }

    @Test
    void latexLineComment() throws Exception {
        assertSuppressed("a.txt", "Recognition\n\n% claims-disable date-mismatch\n" + SAYS_16 + "\n% claims-enable\n");
    }

    @Test
    void plainTextMarkerLine() throws Exception {
        assertSuppressed("a.txt", "Recognition\n\nclaims-disable-next-line date-mismatch\n" + SAYS_16 + "\n");
    }

    @Test
    void anotherRuleOrAClosedRegionSuppressesNothing() throws Exception {
        Suppressions.Applied other = check("a.md", "<!-- claims-disable office-mismatch -->\n\n" + SAYS_16 + "\n");
        assertEquals(List.of("date-mismatch"), problems(other.report().findings()));
        assertEquals(List.of(), other.suppressed());
        Suppressions.Applied closed = check("a.md", "<!-- claims-disable -->\nNothing.\n<!-- claims-enable -->\n\n"
                + SAYS_16 + "\n");
        assertEquals(List.of("date-mismatch"), problems(closed.report().findings()));
    }

    @Test
    void unknownRuleIsAProblemNamingTheLine() throws Exception {
        Suppressions.Applied s = check("a.md", "Title\n\n<!-- claims-disable date-mismach -->\n" + SAYS_16 + "\n");
        assertEquals(List.of("date-mismatch"), problems(s.report().findings()));
        assertEquals(1, s.problems().size());
        assertEquals(true, s.problems().get(0).endsWith("a.md:3: unknown rule \"date-mismach\" in a claims-disable"
                + " comment (claims check --list-rules lists the rules)"), s.problems().get(0));
    }

    @Test
    void regions() {
        String text = "one\n<!-- claims-disable a, b -->\ntwo\n<!-- claims-enable b -->\nthree\n"
                + "% claims-disable-next-line\nfour\nclaims-enable\n";
        int afterDisable = text.indexOf("-->") + 3;
        int enableB = text.indexOf("<!-- claims-enable b");
        int four = text.indexOf("four");
        int enableAll = text.indexOf("claims-enable\n", four);
        assertEquals(List.of(
                new Region(afterDisable, enableAll, "a", 2),
                new Region(afterDisable, enableB, "b", 2),
                new Region(four, four + 4, "*", 6)), Suppressions.regions(text));
        assertEquals(List.of(), Suppressions.regions("A sentence that mentions claims-disable in passing.\n"));
    }
}
