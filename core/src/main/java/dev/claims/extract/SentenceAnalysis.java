package dev.claims.extract;

import dev.claims.model.Attribution;
import dev.claims.model.DateValue;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import java.util.List;
import java.util.Map;

/**
 * Everything the extractors share about one sentence, computed once: its time expressions, event triggers and
 * which time dates which event, attribution cues, person names, and the time the sentence speaks of.
 *
 * @param index    index of the sentence in the document
 * @param sentence the sentence
 * @param text     the sentence text with index-line noise blanked out (same length and offsets as
 *                 {@code sentence.text()})
 * @param times    time expressions in order
 * @param events   event triggers in order
 * @param links    for a time expression, the event it dates
 * @param cues     attribution and hedge cues
 * @param people   person names in order
 * @param time     the sentence's time: its first resolved time expression, else the previous sentence's of the same
 *                 paragraph; null when none
 * @param year     the document's last explicitly written year by the end of the sentence, or null
 */
public record SentenceAnalysis(int index, Sentence sentence, String text, List<TimeMention> times,
                               List<EventLexicon.Occurrence> events, Map<TimeMention, EventLexicon.Occurrence> links,
                               List<AttributionDetector.Cue> cues, List<PersonNames.Found> people, DateValue time,
                               Integer year) {
    private static final java.util.regex.Pattern TIME_INTRO =
            java.util.regex.Pattern.compile("\\s?(?:,\\s)?(?:in|since|from|during|on|until)\\s(?:the\\s)?");

    public SentenceAnalysis {
        times = List.copyOf(times);
        events = List.copyOf(events);
        links = Map.copyOf(links);
        cues = List.copyOf(cues);
        people = List.copyOf(people);
    }

    /** The first person name starting at or after {@code pos}, or null (people are in text order). */
    public PersonNames.Found personFrom(int pos) {
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < people.size() ? people.get(lo) : null;
    }

    /** The last person name ending at or before {@code pos}, or null. */
    public PersonNames.Found personBefore(int pos) {
        PersonNames.Found best = null;
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).end() <= pos) {
                best = people.get(mid);
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    /** The original-text span of {@code [from, to)} of the sentence text. */
    public Span span(int from, int to) {
        return sentence.sourceSpan(from, to);
    }

    /** Attribution of a claim starting at {@code from}. */
    public Attribution attributionAt(int from) {
        return AttributionDetector.of(cues, from);
    }

    /**
     * A claim of the words {@code [from, to)} of this sentence: quoting the sentence, supported by its notes and
     * attributed as the words at {@code from} are. Numbered later ({@link DefaultExtractor}).
     */
    public dev.claims.model.Claim claim(String documentId, int from, int to, String subject, String attribute,
                                        dev.claims.model.Value value, dev.claims.model.DateValue time) {
        return new dev.claims.model.Claim("", documentId, span(from, to), index, sentence.text(), subject, attribute,
                value, time, sources(), attributionAt(from));
    }

    /** Note labels supporting the sentence (markers in it, including those at its end). */
    public List<String> sources() {
        return sentence.markers();
    }

    /** The time expression starting within {@code window} characters after {@code from}, introduced by in/since/from. */
    public TimeMention timeRightAfter(int from, int window) {
        for (TimeMention t : times) {
            if (t.start() >= from && t.start() - from <= window && t.value().resolved()) {
                String gap = text.substring(from, t.start());
                if (TIME_INTRO.matcher(gap).matches()) {
                    return t;
                }
            }
        }
        return null;
    }
}
