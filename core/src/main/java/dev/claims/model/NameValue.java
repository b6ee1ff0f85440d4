package dev.claims.model;

/** A spelling of a name (person, place, organisation) as the document writes it. */
public record NameValue(String text, String normalized) implements Value {
    @Override
    public String type() {
        return "name";
    }
}
