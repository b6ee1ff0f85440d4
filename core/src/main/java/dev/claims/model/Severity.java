package dev.claims.model;

import java.util.Locale;

/** Severity of a finding, as linters and SARIF use it. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
