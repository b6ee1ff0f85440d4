package dev.claims.values;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The positions where a value grammar's scanner can start a match, found in one token-level pass: a digit not after a
 * digit, one of a few symbols, or a run of ASCII letters (after no ASCII letter) that is one of the grammar's first
 * words (looked up by hash, case-insensitively). A scanner tries its one compiled regular expression only at these
 * positions ({@link #find}) instead of at every character; the positions must include every place the expression
 * can match, so the matches are the same as a plain {@link Matcher#find(int)}'s.
 */
public final class ScanStarts {
    private final AsciiWords words;
    private final boolean[] firstLetter = new boolean[128];
    private final int longest;
    private final String symbols;
    private final java.util.Map<String, Set<String>> followedBy;

    /**
     * @param words   the first words of the expression's alternatives (ASCII letters; any case)
     * @param symbols characters at which a match can also start
     */
    public ScanStarts(Collection<String> words, String symbols) {
        this(words, symbols, java.util.Map.of());
    }

    /**
     * As {@link #ScanStarts(Collection, String)}; a word that is a key of {@code followedBy} is a start only when one
     * whitespace character and then one of the words it maps to follow it ("the" only before "end", "next", …).
     */
    public ScanStarts(Collection<String> words, String symbols, java.util.Map<String, Set<String>> followedBy) {
        Set<String> w = new HashSet<>();
        int max = 0;
        for (String s : words) {
            String l = s.toLowerCase(Locale.ROOT);
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) < 'a' || l.charAt(i) > 'z') {
                    throw new IllegalArgumentException("not a word of ASCII letters: " + s);
                }
            }
            if (!l.isEmpty()) {
                w.add(l);
                firstLetter[l.charAt(0)] = true;
                firstLetter[Character.toUpperCase(l.charAt(0))] = true;
                max = Math.max(max, l.length());
            }
        }
        this.words = new AsciiWords(w);
        this.longest = max;
        this.symbols = symbols;
        java.util.Map<String, Set<String>> f = new java.util.HashMap<>();
        followedBy.forEach((k, v) -> f.put(k.toLowerCase(Locale.ROOT),
                Set.copyOf(v.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList())));
        this.followedBy = java.util.Map.copyOf(f);
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The first position at or after {@code from} where a match can start, or -1. */
    public int next(String text, int from) {
        int n = text.length();
        for (int i = Math.max(0, from); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9') {
                    return i;
                }
            } else if (asciiLetter(c)) {
                if (i > 0 && asciiLetter(text.charAt(i - 1))) {
                    continue;
                }
                int j = i + 1;
                while (j < n && asciiLetter(text.charAt(j))) {
                    j++;
                }
                if (c < 128 && firstLetter[c] && j - i <= longest) {
                    String w = words.lookup(text, i, j);
                    if (w != null) {
                        Set<String> next = followedBy.get(w);
                        if (next == null || followed(text, j, next)) {
                            return i;
                        }
                    }
                }
                i = j - 1;
            } else if (symbols.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The ASCII letters {@code from}–{@code to} in lower case. */
    private static String word(String text, int from, int to) {
        char[] l = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            l[k - from] = c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(l);
    }

    /** True when one regex whitespace character ({@code \\s}) and then one of {@code next} follow {@code at}. */
    private static boolean followed(String text, int at, Set<String> next) {
        if (at >= text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        int j = at + 1;
        while (j < text.length() && asciiLetter(text.charAt(j))) {
            j++;
        }
        return j > at + 1 && next.contains(word(text, at + 1, j));
    }

    /**
     * As {@code m.find(from)} on {@code text} (whose matcher {@code m} is), trying the expression only at the
     * positions a match can start; {@code m} is left with transparent, non-anchoring bounds over the rest of the text.
     */
    public boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = next(text, from); p >= 0; p = next(text, p + 1)) {
            m.region(p, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
