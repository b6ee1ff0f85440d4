package dev.claims.report;

import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a project has accepted for now, by id. Agreements are never recorded (they never fail a build).
 * Finding ids depend on rule, subject, values and quoted text only, so a baseline holds across machines, input
 * order, and documents being moved, renamed or edited elsewhere.
 *
 * <pre>{@code
 * Baseline accepted = BaselineFile.read(Path.of("claims-baseline.json"));
 * Baseline.Applied applied = accepted.apply(report, "claims-baseline.json");
 * applied.report();            // only the findings not in the baseline
 * applied.status().absent();   // baseline entries that no longer occur
 * }</pre>
 *
 * @param entries sorted by id, no duplicates
 */
public record Baseline(List<BaselineEntry> entries) {
    public Baseline {
        entries = entries.stream().collect(Collectors.toMap(BaselineEntry::id, e -> e, (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(BaselineEntry::id)).toList();
    }

    /** The baseline of a report: every finding except agreements. */
    public static Baseline of(Report report) {
        return new Baseline(report.findings().stream().filter(f -> f.kind() != FindingKind.AGREEMENT)
                .map(BaselineEntry::of).toList());
    }

    public Set<String> ids() {
        return entries.stream().map(BaselineEntry::id).collect(Collectors.toUnmodifiableSet());
    }

    /** A report reduced to findings not in this baseline, and what the baseline suppressed or no longer sees. */
    public record Applied(Report report, BaselineStatus status) {
    }

    public Applied apply(Report report, String file) {
        Set<String> known = ids();
        List<Finding> kept = report.findings().stream().filter(f -> !known.contains(f.id())).toList();
        List<Finding> unchanged = report.findings().stream().filter(f -> known.contains(f.id())).toList();
        Set<String> current = report.findings().stream().map(Finding::id).collect(Collectors.toSet());
        List<BaselineEntry> absent = entries.stream().filter(e -> !current.contains(e.id())).toList();
        Report reduced = new Report(report.toolVersion(), report.documents(), kept, report.corpus());
        return new Applied(reduced, new BaselineStatus(file, unchanged.size(), absent, unchanged));
    }
}
