/**
 * Benchmarks, built only with {@code -P benchmarks}: {@link dev.claims.bench.StageBenchmarks} (JMH, the hot stages)
 * and {@link dev.claims.bench.ScaleBench} (end to end over generated corpora of growing size, with a bare jsoup +
 * ICU baseline). How to run them and the figures measured: {@code docs/performance.md}.
 */
package dev.claims.bench;
