package dev.claims.generate;

/**
 * One generated document.
 *
 * @param id   file name, which is also the document id when the corpus directory is checked
 * @param text the full text
 */
public record GeneratedDocument(String id, String text) {
}
