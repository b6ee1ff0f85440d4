package dev.claims.model;

/**
 * One side of a finding: where a document says something, and what.
 *
 * @param document document id
 * @param path     path as given
 * @param span     extent in the original text
 * @param line     1-based line derived from the span (report convenience; the span is the truth)
 * @param column   1-based column derived from the span
 * @param quote    the sentence or note, cleaned
 * @param value    the compared value as written
 */
public record Evidence(String document, String path, Span span, int line, int column, String quote, String value) {
}
