package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./claims launcher says what is wrong in one line when it has no jar to run. */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of(System.getProperty("claims.root", "..")).resolve("claims");

    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private Result launch(Path script, Map<String, String> env) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is installed");
        ProcessBuilder pb = new ProcessBuilder(List.of("/bin/bash", script.toString(), "--version"))
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void missingClaimsJarIsNamed() throws Exception {
        Path missing = dir.resolve("nope.jar");
        Result r = launch(SCRIPT, Map.of("CLAIMS_JAR", missing.toString()));
        assertEquals(new Result(2, "claims: CLAIMS_JAR=" + missing + ": no such file\n"), r);
    }

    @Test
    void withoutAJarOrMavenItSaysWhatToDo() throws Exception {
        Path copy = Files.copy(SCRIPT, dir.resolve("claims"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("dirname", "ls", "sort", "tail", "head", "find")) {
            for (String where : List.of("/usr/bin/", "/bin/")) {
                if (Files.isExecutable(Path.of(where + tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(where + tool));
                }
            }
        }
        Result r = launch(copy, Map.of("PATH", bin.toString()));
        assertEquals(new Result(2, "claims: no claims-cli jar here and no Maven to build one: install Maven, or set"
                + " CLAIMS_JAR to a released claims-cli-<version>-all.jar\n"), r);
    }
}
