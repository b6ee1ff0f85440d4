package dev.claims.model;

/**
 * An office or title held by a person.
 *
 * @param text      the wording in the document ("foreign minister")
 * @param canonical the canonical office from the office lexicon ("People's Commissar for Foreign Affairs (USSR)");
 *                  the cleaned wording when the lexicon does not know it
 * @param known     true when the lexicon recognised it
 */
public record OfficeValue(String text, String canonical, boolean known) implements Value {
    @Override
    public String type() {
        return "office";
    }

    @Override
    public String normalized() {
        return canonical;
    }
}
