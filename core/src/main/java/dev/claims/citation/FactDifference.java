package dev.claims.citation;

/**
 * One fact on which two descriptions of the same work differ.
 *
 * @param field    "author", "editor", "title", "container", "place", "publisher", "year", "volume", "issue"
 * @param label    how a reader names the field ("place of publication")
 * @param first    the value in the first description, as written
 * @param second   the value in the second description, as written
 * @param conflict true when the two cannot both be right (another place, year or person); false for a spelling
 *                 variant of the same value ("Siegal"/"Siegel", "Statesman"/"Statesmen")
 */
public record FactDifference(String field, String label, String first, String second, boolean conflict) {
}
