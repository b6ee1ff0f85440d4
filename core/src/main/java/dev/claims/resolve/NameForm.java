package dev.claims.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split into given names and surname, with leading titles removed.
 *
 * <pre>{@code
 * NameForm.parse("Commissar for Foreign Affairs Maxim Litvinov"); // given [Maxim], surname Litvinov
 * NameForm.parse("Roosevelt, Franklin D.");                        // given [Franklin, D.], surname Roosevelt
 * NameForm.parse("Litvinov's");                                    // given [], surname Litvinov
 * }</pre>
 *
 * @param given   given names and initials as written, possibly empty
 * @param surname the family name as written
 */
public record NameForm(List<String> given, String surname) {
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("[’']s$");
    private static final java.util.regex.Pattern TOKEN_SEPARATOR = java.util.regex.Pattern.compile("[\\s\u00a0]+");
    private static final java.util.regex.Pattern TOKEN_EDGES = java.util.regex.Pattern.compile("^[\"“(]+|[\"”),;:]+$");
    private static final Set<String> TITLE_WORDS = dev.claims.knowledge.WordList.of("name-title-words.txt");
    private static final Set<String> SUFFIXES = dev.claims.knowledge.WordList.of("name-suffixes.txt");

    public NameForm {
        given = List.copyOf(given);
    }

    /** Parses a name as written; never throws; an empty input gives an empty surname. */
    public static NameForm parse(String text) {
        String t = POSSESSIVE.matcher(text.strip()).replaceAll("");
        int comma = t.indexOf(',');
        if (comma > 0) {
            // inverted index form "Roosevelt, Franklin D."
            String sur = t.substring(0, comma).strip();
            List<String> g = tokens(t.substring(comma + 1));
            if (!sur.contains(" ") && !g.isEmpty()) {
                return new NameForm(g, sur);
            }
            t = t.substring(0, comma);
        }
        List<String> tok = tokens(t);
        while (tok.size() > 1 && SUFFIXES.contains(tok.get(tok.size() - 1).toLowerCase(Locale.ROOT))) {
            tok.remove(tok.size() - 1);
        }
        int start = 0;
        while (start < tok.size() - 1 && isTitleWord(tok.get(start))) {
            start++;
        }
        List<String> rest = tok.subList(start, tok.size());
        if (rest.isEmpty()) {
            return new NameForm(List.of(), "");
        }
        return new NameForm(new ArrayList<>(rest.subList(0, rest.size() - 1)), rest.get(rest.size() - 1));
    }

    private static boolean isTitleWord(String w) {
        return TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.codePointAt(0));
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : TOKEN_SEPARATOR.split(s.strip())) {
            if (!w.isEmpty()) {
                out.add(TOKEN_EDGES.matcher(w).replaceAll(""));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The first given name, or empty. */
    public String first() {
        return given.isEmpty() ? "" : given.get(0);
    }

    /** True when the first given name is only an initial ("F." or "F"). */
    public boolean firstIsInitial() {
        String f = first().replace(".", "");
        return f.length() == 1;
    }

    public boolean hasGiven() {
        return !given.isEmpty();
    }

    /** "Maxim Litvinov". */
    public String display() {
        return given.isEmpty() ? surname : String.join(" ", given) + " " + surname;
    }
}
