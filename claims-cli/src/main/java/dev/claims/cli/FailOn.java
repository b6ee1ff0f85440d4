package dev.claims.cli;

import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.List;

/** The --fail-on threshold: which findings make the run fail. */
public enum FailOn {
    none, contradiction, citation, any;

    public boolean failsOn(Finding f) {
        return switch (this) {
            case none -> false;
            case contradiction -> f.kind() == FindingKind.CONTRADICTION;
            case citation -> f.kind() == FindingKind.CONTRADICTION || f.kind() == FindingKind.CITATION;
            case any -> f.kind() != FindingKind.AGREEMENT;
        };
    }

    public long count(List<Finding> findings) {
        return findings.stream().filter(this::failsOn).count();
    }
}
