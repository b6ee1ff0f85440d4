package dev.claims.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value-level score of an extraction against a {@link RowGold}, the figures of the reference scorer
 * ({@code score_mentions.py}).
 *
 * @param overall      counts over every scored kind
 * @param byKind       counts per kind of row, sorted by kind; only kinds that had a mention
 * @param notExtracted mentions with no claim of a fitting type inside the quote, in gold order
 * @param noSubject    mentions whose fitting claims all lack a subject, in gold order
 */
public record ValueResult(Counts overall, Map<String, Counts> byKind, List<Miss> notExtracted, List<Miss> noSubject) {
    public ValueResult {
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
        notExtracted = List.copyOf(notExtracted);
        noSubject = List.copyOf(noSubject);
    }

    /**
     * Counts of mentions.
     *
     * @param mentions    mentions scored (the quote was found in a file of the corpus)
     * @param extracted   mentions with a claim of a fitting type inside the quote
     * @param withSubject mentions with such a claim that has a subject
     */
    public record Counts(int mentions, int extracted, int withSubject) {
        /** Extracted / mentions; NaN for no mentions. */
        public double extractedShare() {
            return mentions == 0 ? Double.NaN : (double) extracted / mentions;
        }

        /** With a subject / mentions; NaN for no mentions. */
        public double withSubjectShare() {
            return mentions == 0 ? Double.NaN : (double) withSubject / mentions;
        }
    }

    /**
     * A mention that was not extracted, or extracted without a subject.
     *
     * @param row     the row's id
     * @param kind    the row's kind
     * @param mention the file and quote
     */
    public record Miss(String row, String kind, RowGold.Mention mention) {
    }
}
