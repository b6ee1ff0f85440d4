package dev.claims.cli;

import dev.claims.model.Skipped;
import dev.claims.report.DocumentEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run makes of skipped documents. A document named directly on the command line that could not be read
 * is an error when {@code --fail-on} is anything but {@code none}: the report is still written, the reason goes to
 * stderr and the exit code is 2. A document found while walking a directory, or any skipped document under
 * {@code --fail-on none}, is a warning on stderr and the run goes on.
 *
 * <pre>{@code
 * SkippedPolicy.Verdict v = SkippedPolicy.judge(input.paths, report.documents(), failOn);
 * v.print(err);                                  // "claims: warning: ..." and "claims: error: ..." lines
 * if (v.failed()) return ExitCode.ERROR.code;    // after writing the report
 * }</pre>
 */
public final class SkippedPolicy {
    private SkippedPolicy() {
    }

    /**
     * @param errors   one line per skipped document named on the command line (when --fail-on is not none)
     * @param warnings one line per other skipped document
     */
    public record Verdict(List<String> errors, List<String> warnings) {
        public Verdict {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** True when the run must exit with code 2. */
        public boolean failed() {
            return !errors.isEmpty();
        }

        private static final class Builder {
            private final List<String> errors = new ArrayList<>();
            private final List<String> warnings = new ArrayList<>();

            void add(boolean explicit, String path, String problem, FailOn failOn) {
                String line = "skipped " + path + ": " + problem;
                if (explicit && failOn != FailOn.none) {
                    errors.add(line);
                } else {
                    warnings.add(line + (explicit ? "" : " (found in a directory)"));
                }
            }

            Verdict build() {
                return new Verdict(errors, warnings);
            }
        }

        /** Writes the warnings, then the errors, one line each. */
        public void print(PrintWriter err) {
            warnings.forEach(w -> err.println("claims: warning: " + w));
            errors.forEach(e -> err.println("claims: error: " + e));
            err.flush();
        }
    }

    /** Sorts the skipped documents of a report into errors and warnings. */
    public static Verdict judge(List<Path> given, List<DocumentEntry> documents, FailOn failOn) {
        Set<Path> named = named(given);
        Verdict.Builder out = new Verdict.Builder();
        for (DocumentEntry d : documents) {
            if (d.status().equals("skipped")) {
                Path path = d.path() == null ? null : Path.of(d.path());
                out.add(path != null && named.contains(normal(path)), d.path(), d.problem(), failOn);
            }
        }
        return out.build();
    }

    /** The same for the skipped inputs of an {@link dev.claims.Extraction} (before the report is built). */
    public static Verdict judgeSkipped(List<Path> given, List<Skipped> skipped, FailOn failOn) {
        Set<Path> named = named(given);
        Verdict.Builder out = new Verdict.Builder();
        for (Skipped s : skipped) {
            out.add(s.explicit() || named.contains(normal(s.path())), s.path().toString(), s.problem(), failOn);
        }
        return out.build();
    }

    private static Set<Path> named(List<Path> given) {
        Set<Path> named = new HashSet<>();
        for (Path p : given) {
            named.add(normal(p));
        }
        return named;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
