package dev.claims.model;

/**
 * A title, rank or role given to a person, read by the title grammar rather than found in an office lexicon.
 *
 * @param text       the wording in the document ("Lt. Col.", "command module pilot")
 * @param normalized the title normalised: lower case, abbreviations expanded, "former" and articles dropped
 *                   ("lieutenant colonel")
 */
public record RoleValue(String text, String normalized) implements Value {
    @Override
    public String type() {
        return "role";
    }
}
