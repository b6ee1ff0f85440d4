package dev.claims.extract;

import dev.claims.knowledge.TsvResource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The dimension a quantity's unit measures ("mile" → length), from {@code knowledge/unit-dimensions.tsv}. */
final class Dimensions {
    private static final Map<String, String> BY_UNIT = load();

    private Dimensions() {
    }

    /** The unit's dimension; "count" for a counted noun the table does not know. */
    static String of(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        String d = BY_UNIT.get(u);
        if (d == null && u.endsWith("s")) {
            d = BY_UNIT.get(u.substring(0, u.length() - 1));
        }
        if (d == null && u.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))) {
            return "money"; // an ISO 4217 code
        }
        return d == null ? "count" : d;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : TsvResource.rows("/dev/claims/knowledge/unit-dimensions.tsv", 2)) {
            for (String u : row[1].split("\\|")) {
                map.put(u.strip().toLowerCase(Locale.ROOT), row[0]);
            }
        }
        return Map.copyOf(map);
    }
}
