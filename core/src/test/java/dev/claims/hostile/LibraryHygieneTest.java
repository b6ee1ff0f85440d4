package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library never prints and never exits: only the CLI may. */
class LibraryHygieneTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "System\\s*\\.\\s*(?:out|err|exit)\\b|\\.printStackTrace\\s*\\(|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(?:exit|halt)\\b");

    @Test
    void coreSourcesNeitherPrintNorExit() throws IOException {
        Path main = TestPaths.root().resolve("core/src/main/java");
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(main)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    String code = withoutComment(lines.get(i));
                    Matcher m = FORBIDDEN.matcher(code);
                    if (m.find()) {
                        offences.add(main.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 20, "expected to scan the core sources, found " + files);
        assertEquals(List.of(), offences);
    }

    @Test
    void theScannerFindsWhatItLooksFor() {
        assertTrue(FORBIDDEN.matcher("System.out.println(x);").find());
        assertTrue(FORBIDDEN.matcher("System.err .print(x)").find());
        assertTrue(FORBIDDEN.matcher("System.exit(2)").find());
        assertTrue(FORBIDDEN.matcher("e.printStackTrace();").find());
        assertTrue(FORBIDDEN.matcher("Runtime.getRuntime().halt(1)").find());
        assertEquals("x ", withoutComment("x // System.out.println"));
        assertEquals("", withoutComment(" * report.findings().forEach(f -> System.out.println(f));"));
        assertTrue(FORBIDDEN.matcher(withoutComment("String s = \"a // b\"; System.out.println(s);")).find());
    }

    /** Drops // comments and Javadoc/block comment lines (they show usage examples). */
    private static String withoutComment(String line) {
        String t = line.strip();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        int slash = line.indexOf("//");
        return slash >= 0 && !line.substring(0, slash).contains("\"") ? line.substring(0, slash) : line;
    }
}
