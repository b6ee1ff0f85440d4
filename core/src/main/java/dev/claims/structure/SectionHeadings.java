package dev.claims.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Recognises bibliography, notes and bibliography sub-list headings from {@code section-headings.txt}. */
final class SectionHeadings {
    enum Kind { BIBLIOGRAPHY, NOTES, SUBSECTION }

    private static final Map<String, Kind> HEADINGS = load();

    private SectionHeadings() {
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> m = new HashMap<>();
        for (String line : ResourceLines.read("section-headings.txt")) {
            String[] parts = line.split("\t", 2);
            m.put(parts[1].strip().toLowerCase(Locale.ROOT), Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)));
        }
        return m;
    }

    /** The kind of a heading text, or null when it is an ordinary heading. */
    static Kind of(String heading) {
        if (heading == null || heading.length() > 60) {
            return null;
        }
        String h = heading.strip().toLowerCase(Locale.ROOT);
        while (!h.isEmpty() && (h.endsWith(":") || h.endsWith("."))) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return HEADINGS.get(h);
    }
}
