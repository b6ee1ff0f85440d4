package dev.claims.model;

/**
 * A place as written where the text says something happened ("Wapakoneta, Ohio").
 *
 * @param text       as written
 * @param normalized lower-cased
 */
public record PlaceValue(String text, String normalized) implements Value {
    @Override
    public String type() {
        return "place";
    }
}
