package dev.claims.report;

/**
 * Short, safe pieces of document text for reports: control characters (terminal escape sequences included) become
 * spaces, runs of white space collapse, and long quotes are cut around the compared value.
 *
 * <pre>{@code
 * Excerpt.clean("a\u001b[31mb\n c");                 // "a [31mb c"
 * Excerpt.around("... on November 16, 1933, ...", "November 16, 1933", 20);
 * }</pre>
 */
public final class Excerpt {
    private Excerpt() {
    }

    /** Replaces control and line-separator characters by spaces, collapses white space and trims. */
    public static String clean(String s) {
        return flatten(s).strip();
    }

    /** Like {@link #clean(String)} but keeps one leading or trailing space: for pieces of a longer text. */
    public static String flatten(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u00a0';
            if (ws) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    /**
     * The cleaned quote cut to about {@code radius} characters either side of the first occurrence of the value
     * (or of its start when the value does not occur), with "…" where text was cut.
     */
    public static String around(String quote, String value, int radius) {
        String q = clean(quote);
        String v = clean(value);
        int at = v.isEmpty() ? -1 : q.indexOf(v);
        if (q.length() <= 2 * radius + Math.max(v.length(), 0)) {
            return q;
        }
        int from = at < 0 ? 0 : Math.max(0, at - radius);
        int to = at < 0 ? Math.min(q.length(), 2 * radius) : Math.min(q.length(), at + v.length() + radius);
        from = safeCut(q, from);
        to = safeCut(q, to);
        return (from > 0 ? "…" : "") + q.substring(from, to) + (to < q.length() ? "…" : "");
    }

    /** Never cut a surrogate pair in two. */
    private static int safeCut(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
