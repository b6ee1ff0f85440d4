package dev.claims.report;

import dev.claims.model.Finding;

/**
 * One finding recorded in a baseline file. Only the id is compared; kind, rule and subject are there for the people
 * who review the file.
 */
public record BaselineEntry(String id, String kind, String rule, String subject) {
    public static BaselineEntry of(Finding f) {
        return new BaselineEntry(f.id(), f.kind().id(), f.rule(), f.subject());
    }
}
