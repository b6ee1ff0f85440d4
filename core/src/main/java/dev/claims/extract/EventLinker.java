package dev.claims.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which time expression of a sentence dates which event trigger: only where the sentence's structure ties
 * them, never "every year in a sentence that mentions recognition". The rules, tried in order:
 * <ol>
 * <li>the time is inside the trigger ("the 1933 agreement");</li>
 * <li>the time follows the trigger after at most 60 characters without punctuation, introduced by in, on, of, until,
 *     during or by ("established formal diplomatic relations in November of 1933", "the agreements, signed on
 *     November 16, 1933", "did not establish diplomatic relations until 1933"), or in parentheses right after it
 *     ("Tehran (1943)", "the Russian Civil War (1918-1921)");</li>
 * <li>the time is a modifier right before the trigger, at most two words between ("the long awaited 1933
 *     recognition", "The 1932 election of Franklin D. Roosevelt");</li>
 * <li>"in DATE when|as ... TRIGGER" within 60 characters;</li>
 * <li>the time opens the clause ("On November 16, 1933, President Franklin Roosevelt ended almost 16 years of
 *     American non-recognition", "In 1933, Roosevelt recognized", ", and on November 20, the Soviet government
 *     named ...") and the trigger is the next one within 110 characters with no other time and no semicolon
 *     between.</li>
 * </ol>
 */
public final class EventLinker {
    private static final Pattern STRIP_ACRONYM = Pattern.compile("\\s?\\([A-Z]{2,8}\\)");
    private static final Pattern AFTER_GAP = Pattern.compile(
            "^(?:[^,;:()\\[\\]“”\"]{0,60}?(?:\\s|^)(?:in|on|of|until|during|by)\\s(?:the\\s(?:period\\s|year\\s)?)?"
                    + "|,?\\s(?:finally\\s|officially\\s)?(?:did\\s)?(?:occur|occurred|took place|began|happened|was signed"
                    + "|came|ended)\\s(?:on|in)\\s|\\s\\(|\\s|)$");
    private static final Pattern BEFORE_GAP = Pattern.compile("^(?:\\s[\\p{L}-]{1,20}){0,2}\\s$");
    private static final Pattern WHEN_GAP = Pattern.compile("^,?\\s(?:when|as)\\s[^,;:()]{0,60}$");
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?:^|[,;]\\s(?:and\\s)?|\\sand\\s)(?:(?i:on|in|by|during|at)\\s)?(?:the\\s)?$");

    /** A time expression tied to an event occurrence. */
    public record Link(TimeMention time, EventLexicon.Occurrence event) {
    }

    /** The event each time expression dates, or null; {@code times} and {@code events} in text order. */
    public EventLexicon.Occurrence eventFor(TimeMention t, List<TimeMention> times, List<EventLexicon.Occurrence> events,
                                            String text) {
        EventLexicon.Occurrence best = null;
        for (EventLexicon.Occurrence e : events) {
            if (t.start() >= e.start() && t.end() <= e.end()) {
                return e;
            }
        }
        // rule 2: the nearest trigger before the time
        for (int i = events.size() - 1; i >= 0; i--) {
            EventLexicon.Occurrence e = events.get(i);
            if (e.end() <= t.start()) {
                if (t.start() - e.end() <= 90 && !between(times, events, e.end(), t.start(), t)) {
                    String gap = STRIP_ACRONYM.matcher(text.substring(e.end(), t.start())).replaceAll("");
                    if (gap.length() <= 70 && AFTER_GAP.matcher(gap).matches()) {
                        best = e;
                    }
                }
                break;
            }
        }
        if (best != null) {
            return best;
        }
        // rules 3 and 4: the nearest trigger after the time
        for (EventLexicon.Occurrence e : events) {
            if (e.start() >= t.end()) {
                String gap = text.substring(t.end(), e.start());
                if (gap.length() <= 25 && BEFORE_GAP.matcher(gap).matches()) {
                    return e;
                }
                if (gap.length() <= 70 && WHEN_GAP.matcher(gap).matches() && !between(times, events, t.end(), e.start(), t)) {
                    return e;
                }
                break;
            }
        }
        // rule 5: the time opens a clause
        String prefix = text.substring(Math.max(0, t.start() - 16), t.start());
        if (t.start() <= 16 ? CLAUSE_START.matcher(text.substring(0, t.start())).matches() : CLAUSE_START.matcher(prefix).find()) {
            for (EventLexicon.Occurrence e : events) {
                if (e.start() >= t.end()) {
                    String gap = text.substring(t.end(), e.start());
                    if (gap.length() <= 110 && gap.indexOf(';') < 0 && !between(times, events, t.end(), e.start(), t)) {
                        return e;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static boolean between(List<TimeMention> times, List<EventLexicon.Occurrence> events, int from, int to,
                                   TimeMention self) {
        for (TimeMention o : times) {
            if (o != self && o.start() >= from && o.end() <= to) {
                return true;
            }
        }
        for (EventLexicon.Occurrence e : events) {
            if (e.start() >= from && e.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
