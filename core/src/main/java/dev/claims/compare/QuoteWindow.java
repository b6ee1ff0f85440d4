package dev.claims.compare;

/**
 * Bounds evidence quotes: a long sentence (a run-on line, a page without full stops) is cut to a window of at
 * most {@link #MAX} characters around the compared value, with "…" marking the cuts. Reports stay readable and
 * their size stays linear in the number of findings.
 *
 * <pre>{@code
 * QuoteWindow.clip("a".repeat(1000) + " 1933 " + "b".repeat(1000), "1933"); // "…aaa 1933 bbb…", 400 chars around 1933
 * }</pre>
 */
public final class QuoteWindow {
    /** Longest quote kept, in characters. */
    public static final int MAX = 400;

    private QuoteWindow() {
    }

    public static String clip(String quote, String value) {
        if (quote == null || quote.length() <= MAX) {
            return quote;
        }
        int at = value == null || value.isEmpty() ? -1 : quote.indexOf(value);
        return clipAt(quote, at, value == null ? 0 : value.length());
    }

    /** Clips around the value known to start at {@code at} in the quote (-1: unknown, keep the start). */
    public static String clipAt(String quote, int at, int length) {
        if (quote == null || quote.length() <= MAX) {
            return quote;
        }
        int center = at < 0 ? 0 : at + length / 2;
        int start = Math.max(0, Math.min(center - MAX / 2, quote.length() - MAX));
        int end = Math.min(quote.length(), start + MAX);
        return (start > 0 ? "…" : "") + quote.substring(start, end).strip() + (end < quote.length() ? "…" : "");
    }
}
