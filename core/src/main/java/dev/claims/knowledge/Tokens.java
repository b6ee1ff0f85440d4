package dev.claims.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens of a text with their offsets: runs of letters and digits (with inner apostrophes, hyphens and
 * periods between digits), split where a label is glued to its value ("launchJuly"), in one linear pass and without
 * regular expressions.
 */
public final class Tokens {
    /** A token's text and its {@code [start, end)} in the text. */
    public record Token(String text, int start, int end) {
        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public boolean number() {
            return Character.isDigit(text.charAt(0));
        }
    }

    /**
     * Lower-case letters after which a capital or a digit starts a new word: an exported label glued to its value
     * ("launchJuly", "mass21.55"), not a name's inner capital ("McCord", "MacArthur", "LaGuardia").
     */
    private static final int GLUED = 4;

    private Tokens() {
    }

    /**
     * True when the token is written as a possessive in {@code text}: "Comintern's", "Comintern’s" (the "'s" in the
     * token or right after it).
     */
    public static boolean possessive(String text, Token t) {
        String w = t.text();
        int n = w.length();
        boolean inToken = n >= 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019')
                && Character.toLowerCase(w.charAt(n - 1)) == 's'; // "COMINTERN'S" in a headline too
        return inToken || text.startsWith("'s", t.end()) || text.startsWith("\u2019s", t.end());
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} tokens of {@code text} (all when there are fewer), in order. */
    public static List<Token> of(String text, int max) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            int lowerRun = 0;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    if (lowerRun >= GLUED && (Character.isUpperCase(d) || Character.isDigit(d))) {
                        break; // "Return launchJuly 21", "EVA duration2 hours": a label glued to its value
                    }
                    lowerRun = Character.isLowerCase(d) ? lowerRun + 1 : 0;
                    i++;
                } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == ',') && i + 1 < n
                        && joins(text.charAt(i - 1), d, text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    private static boolean joins(char before, char sep, char after) {
        return switch (sep) {
            case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> Character.isLetter(before) && Character.isLetter(after);
        };
    }

    /** The word forms of a phrase, split as {@link #of} splits. */
    public static String[] words(String phrase) {
        return of(phrase).stream().map(Token::text).toArray(String[]::new);
    }
}
