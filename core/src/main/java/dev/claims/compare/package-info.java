/**
 * Stage 5, compare: rules over the resolved corpus that report agreements, contradictions, variants and citation
 * problems as sorted, immutable findings with evidence. Each rule is one small class behind {@link
 * dev.claims.compare.Rule}: {@link dev.claims.compare.DateRule} (precision, ranges, Julian/Gregorian calendar, dates in
 * cited notes), {@link dev.claims.compare.DurationRule}, {@link dev.claims.compare.QuantityRule} (qualifiers and
 * scale), {@link dev.claims.compare.OfficeRule} (offices in time), {@link dev.claims.compare.HolderConflictRule} (two people in
 * a one-holder office at once), {@link dev.claims.compare.NameVariantRule} and,
 * given a user's file, {@link dev.claims.compare.ReferenceFactRule}. Comparison happens only inside the claim groups
 * the resolver built (the holder rule, across people, only inside one office), so its cost grows with the number of
 * claims, not with its square. Offices are compared by the classes of the office lexicon ({@link
 * dev.claims.compare.OfficeClasses}).
 */
package dev.claims.compare;
