/**
 * Stage 6, report: the {@link dev.claims.report.Report} and one {@link dev.claims.report.ReportWriter} per format
 * (text, JSON, Markdown, HTML, SARIF, JUnit), all over the same results.
 */
package dev.claims.report;
