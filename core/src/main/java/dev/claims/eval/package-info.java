/**
 * Scoring the checker against gold files, in two formats told apart by {@link dev.claims.eval.GoldFormat}.
 *
 * <p>Expected findings: {@link dev.claims.eval.GoldFile} (rows of expected findings with quotes),
 * {@link dev.claims.eval.GoldMatcher} (finding ↔ row matching by kind, rule and evidence overlap) and
 * {@link dev.claims.eval.EvalResult} (precision, recall and F1 per kind and per rule, missed rows, unmatched
 * findings). The format and the matching rule are documented in {@code fixtures/gold/README.md}.
 *
 * <p>Rows judged AGREE or CONTRADICT, with traps (the development corpora): {@link dev.claims.eval.RowGold},
 * {@link dev.claims.eval.RowGoldScorer} (recall per verdict; contradiction findings right, wrong or unjudged) and
 * {@link dev.claims.eval.ValueScorer} (is each quoted value extracted inside its quote, with a subject), which follow
 * the reference scorers {@code score_findings.py} and {@code score_mentions.py} rule for rule;
 * {@link dev.claims.eval.RowGoldWriter} writes their figures as text or as the scorers' JSON line.
 */
package dev.claims.eval;
