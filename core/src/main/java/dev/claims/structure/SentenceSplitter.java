package dev.claims.structure;

import com.ibm.icu.text.BreakIterator;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with ICU4J's sentence BreakIterator, then rejoins breaks ICU makes after
 * abbreviations and initials ("U.S.", "Mass.", "Katherine A. S. Siegel").
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "no", "vol", "pp", "p", "ed", "eds", "jr", "sr", "gen", "col", "lt", "capt",
            "gov", "sen", "rep", "rev", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mass", "conn", "md", "calif", "inc", "co", "corp", "ltd", "vs", "cf", "e.g", "i.e", "etc",
            "n.y", "d.c", "u.s", "u.s.s.r", "u.k");
    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S{1,40})\\s*$");

    /** Sentence spans within {@code text}, trimmed of surrounding whitespace. */
    public List<Span> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        int pendingStart = -1;
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = pendingStart >= 0 ? pendingStart : start;
            if (end < text.length() && endsWithAbbreviation(text, start, end)) {
                pendingStart = s;
                continue;
            }
            pendingStart = -1;
            addTrimmed(text, s, end, out);
        }
        if (pendingStart >= 0) {
            addTrimmed(text, pendingStart, text.length(), out);
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String text, int start, int end) {
        Matcher m = LAST_TOKEN.matcher(text.substring(start, end));
        if (!m.find()) {
            return false;
        }
        String token = m.group(1);
        if (!token.endsWith(".")) {
            return false;
        }
        String bare = token.substring(0, token.length() - 1).replaceAll("^[(\"'“‘]+", "").toLowerCase(Locale.ROOT);
        if (bare.length() == 1 && Character.isLetter(bare.charAt(0))) {
            return Character.isUpperCase(token.charAt(token.length() - 2)); // an initial: "A."
        }
        return ABBREVIATIONS.contains(bare) && nextStartsLowerOrDigitOrName(text, end, bare);
    }

    private static boolean nextStartsLowerOrDigitOrName(String text, int end, String abbreviation) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        // Titles and place abbreviations are followed by names; "U.S." ends a sentence only before a capital
        // that starts an ordinary word, which we cannot know, so we only join on lower case or digits there.
        boolean titleLike = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "capt", "gov", "sen", "rep", "rev", "prof",
                "no", "vol", "pp", "p").contains(abbreviation);
        return titleLike || Character.isLowerCase(c) || Character.isDigit(c) || c == ':' || c == ',';
    }

    private static void addTrimmed(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
