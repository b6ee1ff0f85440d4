package dev.claims.extract;

import static dev.claims.extract.EnglishWords.CALENDAR;

import dev.claims.knowledge.Tokens;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;

/** A date on a line of its own: a page's dateline, or a timeline's date heading the entry under it. */
final class DateLines {
    private DateLines() {
    }

    /**
     * A date alone on one of a page's first lines ("Wednesday, January 1, 2020"): the page's dateline, when it was
     * published or updated, not when anything it tells happened.
     */
    static boolean dateline(String text, Claim c) {
        if (!(c.value() instanceof DateValue)) {
            return false;
        }
        int start = c.span().start();
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        int linesBefore = 0;
        for (int i = 0; i < lineStart && linesBefore < 4; i++) {
            if (text.charAt(i) == '\n') {
                linesBefore++;
            }
        }
        if (linesBefore >= 4) {
            return false;
        }
        String rest = line.replace(c.value().text(), "");
        for (String w : Tokens.words(rest)) {
            if (!CALENDAR.contains(w) && !w.equalsIgnoreCase("updated") && !w.equalsIgnoreCase("published")
                    && !w.equalsIgnoreCase("posted")) {
                return false;
            }
        }
        return true;
    }

    /** True when the sentence is the value alone (a weekday and punctuation aside): a date heading. */
    static boolean onlyValue(SentenceAnalysis s, Claim c) {
        String rest = s.text().replace(c.value().text(), "");
        for (String w : Tokens.words(rest)) {
            if (!CALENDAR.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
