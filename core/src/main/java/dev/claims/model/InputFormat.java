package dev.claims.model;

import java.util.Locale;

/** The source format of a document, detected from content and extension or given by the user. */
public enum InputFormat {
    TEXT, HTML, MEDIAWIKI, MARKDOWN, LATEX;

    /** The lower-case name used in reports and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InputFormat fromId(String id) {
        for (InputFormat f : values()) {
            if (f.id().equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + id + "' (expected text, html, mediawiki, markdown or latex)");
    }
}
