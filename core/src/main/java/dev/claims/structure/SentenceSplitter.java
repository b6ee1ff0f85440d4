package dev.claims.structure;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits cleaned paragraph text into sentences: ICU4J's sentence {@link BreakIterator} proposes the breaks, then
 * our rules (data in {@code abbreviations.txt} and {@code sentence-starters.txt}) take back those that follow an
 * abbreviation or an initial, that fall inside a quotation after an ellipsis, or that are followed by a lower-case
 * word.
 *
 * <pre>{@code
 * new SentenceSplitter().split("Katherine A. S. Siegel wrote it. It sold in the U.S. In 1996 ...", Set.of());
 * // two spans: "Katherine A. S. Siegel wrote it." and "It sold in the U.S. In 1996 ..." is split after "U.S."
 * }</pre>
 *
 * <p>Thread-safe: each call works on its own clone of the break iterator.
 */
public final class SentenceSplitter {
    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    private static final Map<String, Boolean> ABBREVIATIONS = loadAbbreviations();
    private static final Set<String> STARTERS = new HashSet<>(ResourceLines.read("sentence-starters.txt"));

    private static Map<String, Boolean> loadAbbreviations() {
        Map<String, Boolean> m = new HashMap<>();
        for (String line : ResourceLines.read("abbreviations.txt")) {
            String[] parts = line.split("\t");
            m.put(parts[0].strip(), parts.length > 1 && parts[1].strip().equals("title"));
        }
        return m;
    }

    /** Sentence spans within {@code text}, trimmed of surrounding whitespace. */
    public List<Span> split(String text) {
        return split(text, Set.of());
    }

    /**
     * Sentence spans within {@code text}; {@code markerPositions} are positions where a footnote marker stood (a
     * marker right after a period confirms that the period ends a sentence).
     */
    public List<Span> split(String text, Set<Integer> markerPositions) {
        List<Span> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        int sentenceStart = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            end = afterBracketedMarkers(text, end);
            if (end <= sentenceStart
                    || end < text.length() && keepsGoing(text, sentenceStart, end, markerPositions)) {
                continue;
            }
            addTrimmed(text, sentenceStart, end, out);
            sentenceStart = end;
        }
        if (sentenceStart < text.length()) {
            addTrimmed(text, sentenceStart, text.length(), out);
        }
        return out;
    }

    /**
     * A break ICU proposes right after an opening bracket ("… in 1921.[" | "1] The …") moves past the bracketed
     * markers that end the sentence ("[1]", "[2][3]", "(4)") and the space after them; any other break stays.
     */
    static int afterBracketedMarkers(String text, int end) {
        int b = end;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b == 0 || text.charAt(b - 1) != '[' && text.charAt(b - 1) != '(') {
            return end;
        }
        int at = b - 1;
        int after = -1;
        while (at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '(')) {
            char close = text.charAt(at) == '[' ? ']' : ')';
            int k = at + 1;
            while (k < text.length() && k - at <= 4 && Character.isLetterOrDigit(text.charAt(k))) {
                k++;
            }
            if (k == at + 1 || k >= text.length() || text.charAt(k) != close) {
                break;
            }
            after = k + 1;
            at = after;
        }
        if (after < 0) {
            return end;
        }
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return after;
    }

    /** True when the break ICU proposes at {@code end} does not end the sentence. */
    private static boolean keepsGoing(String text, int start, int end, Set<Integer> markers) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int letter = next;
        while (letter < text.length() && letter < next + 4 && "\"'“‘([".indexOf(text.charAt(letter)) >= 0) {
            letter++;
        }
        if (letter >= text.length()) {
            return false;
        }
        char first = text.charAt(letter);
        if (Character.isLowerCase(first)) {
            return true; // a sentence does not start in lower case
        }
        int tokenEnd = end;
        while (tokenEnd > start && Character.isWhitespace(text.charAt(tokenEnd - 1))) {
            tokenEnd--;
        }
        int tokenStart = tokenEnd;
        while (tokenStart > start && tokenEnd - tokenStart < 40 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, tokenEnd);
        if (token.endsWith("...") || token.endsWith("…")) {
            return insideQuotation(text, start, tokenEnd);
        }
        if (!token.endsWith(".")) {
            return false;
        }
        String bare = stripOpening(token.substring(0, token.length() - 1));
        String lower = bare.toLowerCase(Locale.ROOT);
        boolean markerAfter = markers.contains(tokenEnd);
        String nextWord = word(text, letter);
        boolean starter = STARTERS.contains(nextWord);
        if (isInitials(bare)) {
            return !markerAfter && !starter && Character.isUpperCase(first);
        }
        Boolean title = ABBREVIATIONS.get(lower);
        if (title == null && lower.contains(".")) {
            title = ABBREVIATIONS.get(lower.substring(lower.lastIndexOf('.') + 1));
            if (title != null && !title) {
                title = null;
            }
        }
        if (title == null) {
            return false;
        }
        if (title) {
            return !markerAfter;
        }
        return !markerAfter && !starter && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** "A", "S", "H.G", "U.S" (a period-separated run of single capitals), as left of the final period. */
    private static boolean isInitials(String bare) {
        if (bare.isEmpty() || bare.length() > 12) {
            return false;
        }
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            boolean ok = i % 2 == 0 ? Character.isUpperCase(c) : c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideQuotation(String text, int start, int end) {
        int open = 0;
        int straight = 0;
        for (int i = Math.max(start, end - 2000); i < end; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    private static String stripOpening(String s) {
        int i = 0;
        while (i < s.length() && "\"'“‘([".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    private static String word(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 30 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i);
    }

    /**
     * No real sentence is this long: text without sentence ends (lists, tables, run-together pages) is cut into
     * pieces of at most this many characters, at a space where there is one, so no later stage quotes megabytes.
     */
    static final int MAX_SENTENCE = 20_000;

    private static void addTrimmed(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > MAX_SENTENCE) {
            int cut = s + MAX_SENTENCE;
            int space = cut;
            while (space > s + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            addTrimmed(text, s, cut, out);
            s = cut;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
