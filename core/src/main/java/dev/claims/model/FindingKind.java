package dev.claims.model;

import java.util.Locale;

/** The four kinds of findings; contradictions matter most and sort first. */
public enum FindingKind {
    CONTRADICTION, CITATION, VARIANT, AGREEMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
