package dev.claims.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims.json is looked up from the first input upwards to the repository root, as Vale does. */
class ConfigLookupTest {
    @TempDir
    Path dir;

    @Test
    void foundInAParentOfASubfolderInput() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path config = Files.writeString(repo.resolve("claims.json"), "{}");
        Path essays = Files.createDirectories(repo.resolve("texts/essays"));
        Path doc = Files.writeString(essays.resolve("a.txt"), "Text.");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertEquals(Optional.of(config), ConfigLoader.lookup(essays, elsewhere));
        assertEquals(Optional.of(config), ConfigLoader.lookup(doc, elsewhere), "a file input starts at its folder");
    }

    @Test
    void theNearestWins() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("claims.json"), "{}");
        Path texts = Files.createDirectories(repo.resolve("texts"));
        Path nearer = Files.writeString(texts.resolve(".claims.json"), "{}");
        Path essays = Files.createDirectories(texts.resolve("essays"));
        assertEquals(Optional.of(nearer), ConfigLoader.lookup(essays, dir));
    }

    @Test
    void theSearchStopsAtTheRepositoryRootThenTriesTheWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("claims.json"), "{}");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".git"), "gitdir: ../elsewhere\n");
        Path texts = Files.createDirectories(repo.resolve("texts"));
        Path work = Files.createDirectories(dir.resolve("work"));
        assertEquals(Optional.empty(), ConfigLoader.lookup(texts, work), "nothing above the repository root");
        Path inWork = Files.writeString(work.resolve(".claims.json"), "{}");
        assertEquals(Optional.of(inWork), ConfigLoader.lookup(texts, work));
        assertEquals(ClaimsConfig.EMPTY, ConfigLoader.discover(texts, dir.resolve("repo")));
    }

    @Test
    void bothNamesInOneFolderIsAnError() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("claims.json"), "{}");
        Files.writeString(repo.resolve(".claims.json"), "{}");
        ClaimsException e = assertThrows(ClaimsException.class, () -> ConfigLoader.lookup(repo.resolve("x.txt"), dir));
        assertTrue(e.getMessage().contains("both claims.json and .claims.json exist in"), e.getMessage());
    }
}
