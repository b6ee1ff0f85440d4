package dev.claims.structure;

/**
 * Guards the Markdown parser against runs of {@code <} that cannot open anything: commonmark-java 0.24 spends
 * quadratic time on them (64,000 {@code <} in one paragraph take about 2 s). A {@code <} that is not at the start of a
 * line, and either is not followed by what an HTML tag, comment, declaration or autolink begins with ({@code <a },
 * {@code </}, {@code <!}, {@code <?}, {@code <scheme:}) or has no {@code >} after it in its paragraph, can open no
 * construct; it is replaced by a private-use character of the same length before parsing and restored in the text the
 * parser returns, so offsets and content are unchanged. Texts that already contain that character are left alone.
 */
final class AngleBrackets {
    static final char PLACEHOLDER = '\uE000';

    private AngleBrackets() {
    }

    /** The text with every {@code <} that can open nothing replaced by {@link #PLACEHOLDER}. */
    static String guard(String text) {
        if (text.indexOf('<') < 0 || text.indexOf(PLACEHOLDER) >= 0) {
            return text;
        }
        int n = text.length();
        // closes[i]: a '>' occurs at or after i before the paragraph ends (a blank line)
        boolean[] closes = new boolean[n + 1];
        boolean seen = false;
        for (int i = n - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                seen = true;
            } else if (c == '\n' && blankLineFollows(text, i)) {
                seen = false;
            }
            closes[i] = seen;
        }
        char[] out = null;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '<' || atLineStart(text, i)) {
                continue;
            }
            if (!closes[i] || !opens(text, i)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = PLACEHOLDER;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Text the parser returns, with the placeholders back as {@code <}. */
    static String restore(String literal) {
        return literal.indexOf(PLACEHOLDER) < 0 ? literal : literal.replace(PLACEHOLDER, '<');
    }

    /** Whether what follows the {@code <} at {@code i} can begin a tag, comment, declaration or autolink. */
    private static boolean opens(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i + 1);
        if (c == '!' || c == '?') {
            return true;
        }
        int j = i + 1;
        if (c == '/') {
            j++;
        }
        int start = j;
        while (j < text.length() && j - start < 40 && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '-' || text.charAt(j) == '.' || text.charAt(j) == '+')) {
            j++;
        }
        if (j == start || !Character.isLetter(text.charAt(start))) {
            return false;
        }
        if (j >= text.length()) {
            return false;
        }
        char after = text.charAt(j);
        return Character.isWhitespace(after) || after == '/' || after == '>' || after == ':';
    }

    private static boolean atLineStart(String text, int i) {
        int k = i - 1;
        int spaces = 0;
        while (k >= 0 && text.charAt(k) == ' ' && spaces < 4) {
            k--;
            spaces++;
        }
        return spaces < 4 && (k < 0 || text.charAt(k) == '\n');
    }

    private static boolean blankLineFollows(String text, int newline) {
        int k = newline + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n';
    }
}
