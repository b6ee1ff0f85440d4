package dev.claims.report;

import java.util.List;

/**
 * What comparing a run with a baseline did: how many current findings the baseline suppressed, and which baseline
 * entries no longer occur (fixed, or changed enough to get a new id).
 *
 * @param file       the baseline file as given
 * @param suppressed current findings left out of the report because the baseline has them
 * @param absent     baseline entries with no current finding, sorted by id
 */
public record BaselineStatus(String file, int suppressed, List<BaselineEntry> absent) {
    public BaselineStatus {
        absent = List.copyOf(absent);
    }
}
