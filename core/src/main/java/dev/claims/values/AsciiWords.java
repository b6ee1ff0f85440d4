package dev.claims.values;

import java.util.Collection;

/**
 * A fixed set of lower-case ASCII words, looked up case-insensitively by a range of a text without making a string
 * (open addressing, linear probing). Immutable and thread-safe.
 */
final class AsciiWords {
    private final String[] table;
    private final int mask;

    /** @param words lower-case words of ASCII letters */
    AsciiWords(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            int h = w.hashCode() & mask;
            while (table[h] != null && !table[h].equals(w)) {
                h = (h + 1) & mask;
            }
            table[h] = w;
        }
    }

    /** The word of the set that {@code text[from, to)} is, ignoring ASCII case, or null. */
    String lookup(CharSequence text, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + lower(text.charAt(k));
        }
        int length = to - from;
        for (int h = hash & mask; table[h] != null; h = (h + 1) & mask) {
            String w = table[h];
            if (w.length() == length && same(w, text, from)) {
                return w;
            }
        }
        return null;
    }

    private static boolean same(String w, CharSequence text, int from) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
