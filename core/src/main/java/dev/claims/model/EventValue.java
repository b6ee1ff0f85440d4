package dev.claims.model;

/**
 * An event: who did what to whom, with a key shared by the same event across documents.
 *
 * @param text      the triggering wording ("recognized the Soviet Union")
 * @param eventKey  type and participants, e.g. "recognition:united-states:soviet-union"
 */
public record EventValue(String text, String eventKey) implements Value {
    @Override
    public String type() {
        return "event";
    }

    @Override
    public String normalized() {
        return eventKey;
    }
}
