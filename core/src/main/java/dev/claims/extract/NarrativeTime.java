package dev.claims.extract;

import dev.claims.model.DateValue;
import java.util.List;

/**
 * The time a sentence speaks of, for dating a period it states as under way: the sentence's own date when all its
 * plain dates agree on one, else the last plain date of the nearest sentence with a date among the {@value #BACK} before
 * it in the same paragraph ("On Bullitt's second trip to Moscow in 1934, he reported ... He claimed ... their war with Japan":
 * 1934). A plain date is resolved, has its year written in the paragraph and carries no qualifier ("by", "early",
 * "about" ... say something else than "at this time"). An entry of a line-oriented layout looks back only within its own
 * line, then to the date heading above it. Null when there is none.
 */
public final class NarrativeTime {
    /** How many sentences back the narrative time is looked for. */
    static final int BACK = 2;

    private NarrativeTime() {
    }

    /**
     * A narrative time and the sentence that writes it.
     *
     * @param value    the date
     * @param sentence index of the sentence it is written in (the sentence asked about, or one before it)
     */
    public record Dated(DateValue value, int sentence) {
    }

    /** The time sentence {@code index} of {@code sentences} (one document, in order) speaks of, or null. */
    public static DateValue of(List<SentenceAnalysis> sentences, int index) {
        Dated d = dated(sentences, index);
        return d == null ? null : d.value();
    }

    /** As {@link #of}, with the sentence the date is written in. */
    public static Dated dated(List<SentenceAnalysis> sentences, int index) {
        SentenceAnalysis s = sentences.get(index);
        DateValue own = null;
        for (TimeMention t : s.times()) {
            if (plain(t)) {
                if (own != null && !own.edtf().equals(t.value().edtf())) {
                    return null; // several times: which one the period is under way at is not said
                }
                own = t.value();
            }
        }
        if (own != null || !s.times().isEmpty()) {
            return own == null ? null : new Dated(own, index);
        }
        int paragraph = s.sentence().paragraph();
        int first = s.sentence().layout().first();
        for (int i = index - 1; i >= Math.max(first < 0 ? 0 : first, index - BACK); i--) {
            SentenceAnalysis p = sentences.get(i);
            if (p.sentence().paragraph() != paragraph) {
                return null;
            }
            List<TimeMention> times = p.times();
            for (int k = times.size() - 1; k >= 0; k--) {
                if (plain(times.get(k))) {
                    return new Dated(times.get(k).value(), i);
                }
            }
            if (!times.isEmpty()) {
                return null;
            }
        }
        int heading = s.sentence().layout().datedBy();
        if (heading >= 0 && heading < index) {
            // an entry under a date line ("July 16, 1969" / "Apollo 11 lifts off"): the date line's date
            for (TimeMention t : sentences.get(heading).times()) {
                if (plain(t)) {
                    return new Dated(t.value(), heading);
                }
            }
        }
        return null;
    }

    private static boolean plain(TimeMention t) {
        DateValue v = t.value();
        return v.resolved() && t.anchoredInParagraph() && v.qualifier().isEmpty() && !v.edtf().contains("~")
                && !v.edtf().contains("?");
    }
}
