package dev.claims.model;

/**
 * An author's or editor's name split into family and given names.
 *
 * @param family family name ("Butler", "van Ree")
 * @param given  given names or initials ("Susan", "Katherine A. S."), empty when unknown
 * @param raw    as written
 */
public record PersonName(String family, String given, String raw) {
}
