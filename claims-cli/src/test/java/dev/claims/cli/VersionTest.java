package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `claims --version` names the version and the commit the build came from. */
class VersionTest {
    @Test
    void versionNamesTheBuildsCommit() throws Exception {
        Path root = Path.of(System.getProperty("claims.root", ".."));
        assumeTrue(Files.exists(root.resolve(".git")), "built from a git checkout");
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").directory(root.toFile())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "git is installed");
            return;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(git.waitFor() == 0, head);
        Run r = run("--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("claims " + System.getProperty("claims.version", "0.1.0-SNAPSHOT") + " (commit " + head + ")\n",
                r.out());
    }
}
