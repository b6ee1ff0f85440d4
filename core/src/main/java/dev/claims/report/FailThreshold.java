package dev.claims.report;

import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which findings fail a build: by kind ({@code contradiction}, {@code citation}, {@code any}) or by severity at or
 * above a level ({@code error}, {@code warning}, {@code note}), the severity being the one a finding has after
 * {@code claims.json} changed it. Agreements never fail. The exit code, the JUnit {@code <failure>}s and the GitHub
 * annotation levels all follow the same threshold.
 *
 * <pre>{@code
 * FailThreshold t = FailThreshold.parse("warning").orElseThrow();
 * t.fails(finding);          // true for an error or a warning, false for a note or an agreement
 * t.count(report.findings());
 * }</pre>
 */
public enum FailThreshold {
    /** Nothing fails. */
    NONE,
    /** Contradictions fail, whatever their severity. */
    CONTRADICTION,
    /** Contradictions and citation problems fail. */
    CITATION,
    /** Every finding but an agreement fails. */
    ANY,
    /** Findings of severity error fail. */
    ERROR,
    /** Findings of severity error or warning fail. */
    WARNING,
    /** Findings of any severity fail (agreements excepted). */
    NOTE;

    /** The name used on the command line and in configuration ({@code "warning"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The threshold of a name, ignoring case: {@code parse("Error")} is {@link #ERROR}. */
    public static Optional<FailThreshold> parse(String text) {
        for (FailThreshold t : values()) {
            if (t.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every accepted name, comma-separated, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(FailThreshold::id).collect(Collectors.joining(", "));
    }

    /** True when this finding fails a build at this threshold. */
    public boolean fails(Finding f) {
        if (f.kind() == FindingKind.AGREEMENT) {
            return false;
        }
        return switch (this) {
            case NONE -> false;
            case CONTRADICTION -> f.kind() == FindingKind.CONTRADICTION;
            case CITATION -> f.kind() == FindingKind.CONTRADICTION || f.kind() == FindingKind.CITATION;
            case ANY, NOTE -> true;
            case ERROR -> f.severity() == Severity.ERROR;
            case WARNING -> f.severity() != Severity.NOTE;
        };
    }

    /** How many of the findings fail. */
    public long count(List<Finding> findings) {
        return findings.stream().filter(this::fails).count();
    }
}
