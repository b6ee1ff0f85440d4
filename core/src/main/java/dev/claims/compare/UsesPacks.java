package dev.claims.compare;

import dev.claims.knowledge.Packs;

/**
 * A rule that reads knowledge an optional pack may add to (the dates of events known by their Old Style date).
 * {@link dev.claims.Checker} hands it the packs of the run's options.
 */
public interface UsesPacks {
    /** This rule, reading the data of {@code packs}. */
    Rule withPacks(Packs packs);
}
