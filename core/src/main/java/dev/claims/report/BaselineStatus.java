package dev.claims.report;

import dev.claims.model.Finding;
import java.util.List;

/**
 * What comparing a run with a baseline did: how many current findings the baseline suppressed, and which baseline
 * entries no longer occur (fixed, or changed enough to get a new id).
 *
 * @param file       the baseline file as given
 * @param suppressed current findings left out of the report because the baseline has them
 * @param absent     baseline entries with no current finding, sorted by id
 * @param unchanged  the current findings the baseline has (left out of the report; SARIF lists them with
 *                   {@code baselineState} {@code unchanged})
 */
public record BaselineStatus(String file, int suppressed, List<BaselineEntry> absent, List<Finding> unchanged) {
    public BaselineStatus {
        absent = List.copyOf(absent);
        unchanged = List.copyOf(unchanged);
    }

    /** A status without the unchanged findings themselves. */
    public BaselineStatus(String file, int suppressed, List<BaselineEntry> absent) {
        this(file, suppressed, absent, List.of());
    }
}
