package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Frame;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places of one happening told with different verbs: "crashed at X" on May 6 in one document, "the attempt to dock
 * at X" or "landing in X" on May 6 in another. A place claim dated to one day is also compared as the place of what
 * its participants did that day, whatever its predicate; two such places are of one happening only when the
 * sentences share a participant besides the places' own words (the same ship, mission or person). Places only ever
 * agree (different places are never reported), so this finds agreements and no contradiction.
 */
final class SameDayPlaces {
    /** Predicate prefix of the frame standing for what happened on one day. */
    static final String PREFIX = "happening on ";

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private SameDayPlaces() {
    }

    /** The claim's frame as the place of what happened on its day, or null when it is no place dated to one day. */
    static Frame frame(Claim c, Frame f) {
        DateValue t = c.time();
        if (!f.dimension().equals("place") || f.personal() || f.predicate().isEmpty() || t == null || !t.resolved()
                || t.precision() != DatePrecision.DAY || !t.earliest().equals(t.latest())) {
            return null;
        }
        return f.withPredicate(PREFIX + t.earliest());
    }

    /** True for a frame made by {@link #frame}. */
    static boolean of(Frame f) {
        return f.predicate().startsWith(PREFIX);
    }

    /**
     * True when the two sentences share a participant: a designation (the page's topic included) or a proper name
     * that is no word of either place ("Lakehurst" shared by two places says nothing of who was there).
     */
    static boolean shareParticipant(Claim a, Frame fa, Claim b, Frame fb) {
        for (String x : fa.designations()) {
            if (fb.designations().contains(x)) {
                return true;
            }
        }
        Set<String> placeWords = words(a.value().text());
        placeWords.addAll(words(b.value().text()));
        for (String x : fa.names()) {
            if (fb.names().contains(x) && !placeWords.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The number of different predicates the claims' own frames give (the verbs a same-day agreement joins). */
    static long predicates(List<Frame> own) {
        return own.stream().map(Frame::predicate).distinct().count();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(NON_LETTERS.split(text.toLowerCase(Locale.ROOT))));
    }
}
