package dev.claims.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The key by which a person's mentions are matched across documents: the surname, generational suffixes dropped. */
public final class PersonKeys {
    private static final Set<String> SUFFIXES = WordList.of("name-suffixes.txt");

    private PersonKeys() {
    }

    /** "Edwin E. Aldrin, Jr." → "aldrin"; "" for no word. */
    public static String surname(String name) {
        List<Tokens.Token> words = Tokens.of(name);
        int k = words.size() - 1;
        while (k > 0 && SUFFIXES.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k < 0 ? "" : words.get(k).text().toLowerCase(Locale.ROOT);
    }
}
