package dev.claims.cli;

import dev.claims.model.Finding;
import dev.claims.report.FailThreshold;
import java.util.List;

/**
 * The --fail-on threshold: which findings make the run fail. A kind ({@code contradiction}, {@code citation},
 * {@code any}) or a severity and everything above it ({@code error}, {@code warning}, {@code note}); see
 * {@link FailThreshold}.
 */
public enum FailOn {
    none, contradiction, citation, any, error, warning, note;

    /** The library's threshold of the same name. */
    public FailThreshold threshold() {
        return FailThreshold.valueOf(name().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean failsOn(Finding f) {
        return threshold().fails(f);
    }

    public long count(List<Finding> findings) {
        return threshold().count(findings);
    }
}
