/**
 * Citation rules: each small class reports one rule id of kind {@code citation} from the audits of
 * {@link dev.claims.citation} (markers and notes, short-form resolution, agreement between descriptions of the same
 * work within and across documents, uncited claims).
 */
package dev.claims.compare.citation;
