/**
 * Stage 6, report: the {@link dev.claims.report.Report} and one {@link dev.claims.report.ReportWriter} per format, all
 * over the same results and found by name through {@link dev.claims.report.ReportWriters}: {@code text} (terminal),
 * {@code json} (the contract, docs/report.schema.json), {@code markdown} (CI job summaries), {@code html} (one
 * self-contained page), {@code sarif} (code scanning), {@code junit} (CI test views) and {@code github} (workflow
 * annotations). A {@link dev.claims.report.ReportContext} carries colour, the working directory, an optional
 * timestamp and the outcome of a {@link dev.claims.report.Baseline}; without a timestamp every format is
 * byte-for-byte reproducible.
 *
 * <pre>{@code
 * Report report = Checker.withDefaults().check(List.of(Path.of("seeds")));
 * try (Writer w = Files.newBufferedWriter(Path.of("report.sarif"))) {
 *     ReportWriters.forFormat("sarif").orElseThrow().write(report, w);
 * }
 * }</pre>
 */
package dev.claims.report;
