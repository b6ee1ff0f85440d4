/**
 * A deterministic synthetic corpus generator with a gold file: documents in the seeds' styles (footnoted essays,
 * encyclopedia entries with reading lists, MediaWiki source, HTML pages) built from the fact base in
 * {@code dev/claims/generate/facts.json}, with agreements, contradictions, name variants and citation errors planted
 * at known rates, and the gold rows that describe them ({@link dev.claims.eval.GoldFile} format). Used by
 * {@code claims generate}, the quality tests and the benchmarks.
 */
package dev.claims.generate;
