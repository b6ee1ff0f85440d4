package dev.claims.eval;

/**
 * One side of a gold row: a document and an exact substring of its original text.
 *
 * @param document document id as the checker reports it (the path relative to the directory given)
 * @param quote    an exact substring of the document's original text; every occurrence counts
 */
public record GoldEvidence(String document, String quote) {
}
