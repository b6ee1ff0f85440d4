package dev.claims.citation.export;

import dev.claims.citation.CitationText;
import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.citation.WorkMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stable citation keys: first author's family name, year, first significant title word ("butler2015roosevelt");
 * repeats get a letter ("butler2015rooseveltb").
 */
final class CitationKeys {
    private final Set<String> used = new HashSet<>();

    String next(Work w) {
        List<PersonName> people = WorkMatcher.people(w);
        String host = w.url().replaceFirst("^https?://(www\\.)?", "").replaceFirst("[/:].*$", "").replaceFirst("\\.[a-z]{2,6}$", "");
        String who = !people.isEmpty() ? String.join("", CitationText.words(people.get(0).family()))
                : w.title().isEmpty() && !host.isEmpty() ? host : "anon";
        List<String> words = CitationText.significantWords(w.title());
        if (words.isEmpty()) {
            words = CitationText.words(CitationText.titleKey(w.title()));
        }
        String what = words.isEmpty() ? "" : words.get(0);
        String base = (who + w.year() + what).replaceAll("[^a-z0-9]", "");
        if (base.isEmpty()) {
            base = "work";
        }
        String key = base;
        for (char c = 'b'; !used.add(key); c++) {
            key = base + (c <= 'z' ? String.valueOf(c) : String.valueOf(used.size()));
        }
        return key;
    }
}
