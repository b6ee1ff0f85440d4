package dev.claims.report;

import dev.claims.model.Evidence;
import java.util.List;

/**
 * How many places of one finding the reports for people show: an agreement of 135 documents is one finding with 135
 * places, which a reader does not scroll through. The first ones are shown, then a line says how many more there are;
 * the JSON, SARIF and JUnit reports keep them all.
 */
final class Places {
    /** Places shown per finding in a list. */
    static final int LIST = 10;
    /** Columns shown per finding side by side. */
    static final int COLUMNS = 6;

    private Places() {
    }

    static List<Evidence> shown(List<Evidence> all, int max) {
        return all.size() <= max ? all : all.subList(0, max);
    }

    /** "… and 125 more places (the JSON report lists all)", or empty when none are hidden. */
    static String more(List<Evidence> all, int max) {
        int hidden = all.size() - max;
        return hidden <= 0 ? "" : "… and " + hidden + " more place" + (hidden == 1 ? "" : "s")
                + " (the JSON report lists all)";
    }
}
