package dev.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.CheckerOptions;
import dev.claims.ClaimsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring the citation checks against a citation gold file written here. */
class CitationGoldScorerTest {
    @Test
    void countsProblemsAndFindingsOnCleanDocuments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "# A\n\nThe mill burned.[^1] It was rebuilt.[^2]\n\n"
                + "[^1]: Ibid., p. 2.\n\n[^2]: Holt, Edwin (1961). *The Fenland Sluices* (p. 12). Marsh Press.\n\n"
                + "[^old]: A note nobody uses.\n");
        Files.writeString(dir.resolve("b.md"), "# B\n\nThe dam held.[^1]\n\n"
                + "[^1]: Holt, Edwin (1961). *The Fenland Sluices* (p. 12). Marsh Press.\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[{\"file\": \"a.md\", \"format\": \"markdown\", \"markers\": 2, \"notes\": 3,"
                + " \"bibliography\": 0, \"problems\": [{\"rule\": \"orphan-note\", \"where\": \"[^old] (line 9)\"}]},"
                + " {\"file\": \"b.md\", \"format\": \"markdown\", \"markers\": 1, \"notes\": 1, \"bibliography\": 1,"
                + " \"problems\": []}]");
        CitationGoldScorer.Result r = new CitationGoldScorer(dev.claims.TestPacks.options())
                .score(CitationGoldScorer.read(gold, dir));
        assertEquals(1, r.countsRight()); // b.md has no bibliography entry
        assertEquals(1, r.found());
        assertEquals(1, r.problems());
        // "Ibid." in the first note repeats nothing
        assertEquals(List.of("unresolved-short-citation"), r.documents().get(0).extra().stream().map(f -> f.rule()).toList());
        assertEquals(0, r.cleanFindings());
        String table = CitationGoldScorer.table(r);
        assertTrue(table.contains("| a.md | markdown | 2/2 | 3/3 | 0/0 | right | 1/1 | 1 |"), table);
        assertTrue(table.contains("| b.md | markdown | 1/1 | 1/1 | 0/1 | wrong | 0/0 | 0 (clean) |"), table);
        assertTrue(table.contains("counts right in 1 of 2 documents; 1 of 1 problems found; 0 findings on the 1 clean"
                + " documents; 1 findings matching no problem in all"), table);
    }

    @Test
    void aCountWithinATenthIsRight() {
        assertTrue(CitationGoldScorer.near(45, 50));
        assertFalse(CitationGoldScorer.near(44, 50));
        assertFalse(CitationGoldScorer.near(8, 9));
        assertTrue(CitationGoldScorer.near(0, 0));
    }

    @Test
    void aRecordWithoutItsCountsIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[{\"file\": \"a.md\", \"markers\": 2}]");
        ClaimsException e = assertThrows(ClaimsException.class, () -> CitationGoldScorer.read(gold, dir));
        assertTrue(e.getMessage().contains("gold.json"), e.getMessage());
        assertTrue(e.getMessage().contains("document 1 has no count 'notes'"), e.getMessage());
    }
}
