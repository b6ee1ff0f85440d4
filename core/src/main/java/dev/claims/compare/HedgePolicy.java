package dev.claims.compare;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.Severity;
import java.util.Collection;
import java.util.List;

/**
 * Hedged or attributed claims ("according to his daughter", "allegations that") are compared like any other, but
 * a finding that rests on one is less severe, less confident, and says whose claim it is.
 *
 * <pre>{@code
 * HedgePolicy.severity(Severity.ERROR, claims);   // WARNING when any claim is hedged or attributed
 * HedgePolicy.suffix(claims);                      // " (attributed: according to his daughter)"
 * }</pre>
 */
public final class HedgePolicy {
    private HedgePolicy() {
    }

    public static boolean anyQualified(Collection<Claim> claims) {
        return claims.stream().anyMatch(c -> c.attribution() != null && !c.attribution().isAsserted());
    }

    public static Severity severity(Severity base, Collection<Claim> claims) {
        if (!anyQualified(claims) || base == Severity.NOTE) {
            return base;
        }
        return base == Severity.ERROR ? Severity.WARNING : Severity.NOTE;
    }

    public static double confidence(double base, Collection<Claim> claims) {
        return anyQualified(claims) ? Math.round(base * 0.6 * 100) / 100.0 : base;
    }

    /** " (hedged in 004: "There were several allegations that"; attributed to Hull in 000)" or "". */
    public static String suffix(Collection<Claim> claims) {
        List<String> parts = claims.stream().filter(c -> c.attribution() != null && !c.attribution().isAsserted())
                .map(c -> describe(c.attribution()) + " in " + c.documentId()).distinct().toList();
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String describe(Attribution a) {
        String who = a.source().isEmpty() ? "" : "attributed to " + a.source();
        String hedge = a.hedged() ? "hedged" + (a.cue().isEmpty() ? "" : " (\"" + a.cue() + "\")") : "";
        return who.isEmpty() ? hedge : hedge.isEmpty() ? who : who + ", " + hedge;
    }
}
