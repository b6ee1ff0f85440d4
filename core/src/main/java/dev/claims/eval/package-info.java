/**
 * Scoring the checker against a gold file: {@link dev.claims.eval.GoldFile} (rows of expected findings with quotes),
 * {@link dev.claims.eval.GoldMatcher} (finding ↔ row matching by kind, rule and evidence overlap) and
 * {@link dev.claims.eval.EvalResult} (precision, recall and F1 per kind and per rule, missed rows, unmatched
 * findings). The format and the matching rule are documented in {@code fixtures/gold/README.md}.
 */
package dev.claims.eval;
