/**
 * claims: source criticism and citation checking. {@link dev.claims.Checker} runs the pipeline
 * load → structure → extract → resolve → compare and returns a {@link dev.claims.report.Report}.
 */
package dev.claims;
