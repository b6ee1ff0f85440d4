package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCitationsCommandTest {
    @Test
    void printsTheTableAndTotals(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "# A\n\nThe mill burned.[^1]\n\n[^1]: Holt, Edwin (1961)."
                + " *The Fenland Sluices* (p. 12). Marsh Press.\n\n[^old]: A note nobody uses.\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[{\"file\": \"a.md\", \"format\": \"markdown\", \"markers\": 1, \"notes\": 2,"
                + " \"bibliography\": 0, \"problems\": [{\"rule\": \"orphan-note\", \"where\": \"[^old] (line 7)\"}]}]");
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval-citations", "--gold", gold.toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| a.md | markdown | 1/1 | 2/2 | 0/0 | right | 1/1 | 0 |"), r.out());
        assertTrue(r.out().contains("counts right in 1 of 1 documents; 1 of 1 problems found;"), r.out());
    }

    @Test
    void aMissingDocumentIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[{\"file\": \"gone.md\", \"markers\": 1, \"notes\": 1, \"bibliography\": 0}]");
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval-citations", "--gold", gold.toString(), dir.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("gone.md"), r.err());
    }
}
