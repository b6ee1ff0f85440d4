package dev.claims.model;

import java.util.List;

/**
 * What one claim is about, read from its sentence: the predicate that governs the value, what a quantity measures,
 * who and what take part, and whether the sentence hedges or negates it. Two claims are compared only when their
 * frames align (see the compare stage).
 *
 * <p>Example: "The LM landed at 20:17:40 UT on 20 July 1969" gives the time claim the frame predicate {@code land}
 * (from "landed"), no measure, participants {@code ["LM"]}.
 *
 * @param claimId      the claim's id in its document
 * @param predicate    predicate class ("land", "death", "launch"), or empty when none governs the value
 * @param cue          the words that gave the predicate ("touched down", "Landing date")
 * @param personal     true when the predicate is a fact about one person (birth, death of a person, appointment)
 * @param measure      for a quantity: what it measures ("person", "passenger", "speed", "length"); for a date or
 *                     time governed by a general verb ("began", "signed"): the verb's object ("crossing", "treaty");
 *                     else empty
 * @param dimension    for a quantity: "count", "length", "mass", "speed", "duration", "money", "volume", "power",
 *                     "percent" or "other"; for a date "date", for a time of day "time"
 * @param person       surname key of the person the predicate is about, or empty
 * @param designations designations named in the sentence, lower-cased ("apollo 11", "lz 129")
 * @param names        other proper names of the sentence, lower-cased
 * @param occurrence   an ordinal that picks one occurrence of the predicate ("first", "last", "final"), or empty
 * @param hedged       true when the sentence plans, expects, attempts or negates rather than states it
 * @param reach        how far the predicate is from the value, in words (a clause boundary counts four)
 * @param zoned        true when the sentence gives a time zone (its day is that zone's day)
 * @param topical      true when the designations are the page's topic, not named in the sentence
 * @param secondary    another predicate class of the same clause close to a date or time, which it dates too
 *                     ("arrested after breaking into": arrest, and break-in), or empty
 */
public record Frame(String claimId, String predicate, String cue, boolean personal, String measure, String dimension,
                    String person, List<String> designations, List<String> names, String occurrence, boolean hedged,
                    int reach, boolean zoned, boolean topical, String secondary) {
    public Frame {
        designations = List.copyOf(designations);
        names = List.copyOf(names);
    }

    /** What the claim is about, for people: "land (time)", "death of hindenburg (date)", "carry, number of passenger". */
    public String describe() {
        String what = predicate.isEmpty() ? measure : predicate;
        StringBuilder s = new StringBuilder(what);
        if (!person.isEmpty()) {
            s.append(" of ").append(person);
        }
        if (!measure.isEmpty() && !measure.equals(what)) {
            s.append(", ").append(dimension.equals("count") ? "number of " : "").append(measure);
        }
        return s + " (" + dimension + ")";
    }

    /** True when the frame says what the value is about (a predicate or a measured thing). */
    public boolean informative() {
        return !predicate.isEmpty() || !measure.isEmpty();
    }

    /** The same frame with its secondary predicate as the predicate. */
    public Frame asSecondary() {
        return new Frame(claimId, secondary, cue, personal, measure, dimension, person, designations, names,
                occurrence, hedged, reach, zoned, topical, "");
    }

    /** The same frame with another predicate class (a named event's shortest name in the corpus). */
    public Frame withPredicate(String other) {
        return new Frame(claimId, other, cue, personal, measure, dimension, person, designations, names, occurrence,
                hedged, reach, zoned, topical, secondary);
    }

    /** The same frame standing in the corpus's topic for a sentence that names no designation. */
    public Frame withTopic(List<String> topic) {
        return new Frame(claimId, predicate, cue, personal, measure, dimension, person, topic, names, occurrence,
                hedged, reach, zoned, true, secondary);
    }

    /** True when the sentence itself names a participant (a designation or a proper name). */
    public boolean namesParticipants() {
        return !topical && !designations.isEmpty() || !names.isEmpty();
    }

    /** The alignment key: claims are compared only within one key. */
    public String key() {
        return dimension + "|" + predicate + "|" + measure + "|" + person;
    }
}
