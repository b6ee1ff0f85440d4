package dev.claims.values;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks that a {@link ScanStarts} names every position where its expression matches, over the repository's texts. */
public final class ScanStartsCheck {
    private static final Path ROOT = Path.of(System.getProperty("claims.root", ".."));

    private ScanStartsCheck() {
    }

    /** Lines of the seeds and fixtures, plus {@code extra}. */
    public static List<String> texts(List<String> extra) throws IOException {
        List<String> out = new ArrayList<>(extra);
        for (String dir : List.of("seeds", "fixtures")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 300_000).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    String t = new String(b, StandardCharsets.UTF_8);
                    if (t.indexOf('\0') >= 0) {
                        continue;
                    }
                    for (String line : t.split("\n")) {
                        if (line.length() < 3000) {
                            out.add(line);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Fails when {@code pattern} matches at a position {@code starts} skips; returns the number of matches seen. */
    public static int check(Pattern pattern, ScanStarts starts, List<String> texts) {
        int matches = 0;
        for (String t : texts) {
            Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            int next = starts.next(t, 0);
            for (int p = 0; p < t.length(); p++) {
                if (next >= 0 && next < p) {
                    next = starts.next(t, p);
                }
                m.region(p, t.length());
                if (m.lookingAt()) {
                    matches++;
                    if (next != p) {
                        fail("a match at " + p + " not named by the scan starts: «" + m.group() + "» in «" + t + "»");
                    }
                }
            }
        }
        return matches;
    }
}
