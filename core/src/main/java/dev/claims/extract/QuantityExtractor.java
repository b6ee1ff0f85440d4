package dev.claims.extract;

import dev.claims.values.QuantityMention;
import dev.claims.values.NumberParser;
import dev.claims.values.QuantityParser;
import dev.claims.values.Quantities;
import dev.claims.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quantity claims: money ("amount"), percentages ("percentage"), durations ("duration") and counts ("count"), found
 * by {@link QuantityParser} and timed by the sentence's time. A duration written as what an event ended ("ending
 * sixteen years of disagreement", "ended almost 16 years of American non-recognition") is the duration of that
 * event's precondition and is claimed of the event. Quantities overlapping a time expression are not claimed. The
 * subject is what the words around say the quantity measures ("war matériel", "American firms", "Provisional
 * Government"); when they say nothing, the attribute becomes "mentioned-amount" (and so on), which comparison does
 * not group, so two unrelated sums are never compared.
 */
public final class QuantityExtractor extends SentenceExtractor {
    private static final QuantityParser PARSER = new QuantityParser(new NumberParser());
    private static final Pattern ENDING = Pattern.compile("(?i)\\b(?:ending|ended|ends|end|after)\\s$");

    public QuantityExtractor() {
        this(Lexicons.defaults());
    }

    public QuantityExtractor(Lexicons lexicons) {
        super("quantities", lexicons);
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        String docId = analysis.document().id();
        for (SentenceAnalysis s : analysis.sentences()) {
            for (QuantityMention q : PARSER.find(s.text())) {
                if (overlapsTime(s, q)) {
                    continue;
                }
                String subject = q.topic();
                if (q.attribute().equals("duration") && !s.events().isEmpty()
                        && ENDING.matcher(s.text().substring(Math.max(0, q.start() - 12), q.start())).find()) {
                    subject = nearestEvent(s, q.start()).event().name();
                }
                // a quantity whose topic the words do not say is kept but not compared: "mentioned-amount"
                // so is a small count ("two camps", "four areas"): a description rather than a figure to check
                boolean small = q.attribute().equals("count") && q.value().amount().compareTo(java.math.BigDecimal.TEN) < 0;
                String attribute = subject.isEmpty() || small ? "mentioned-" + q.attribute() : q.attribute();
                claims.add(s.claim(docId, q.start(), q.end(), subject, attribute, q.value(), s.time()));
            }
        }
        return claims;
    }

    private static boolean overlapsTime(SentenceAnalysis s, QuantityMention q) {
        for (TimeMention t : s.times()) {
            if (t.start() < q.end() && q.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    private static EventLexicon.Occurrence nearestEvent(SentenceAnalysis s, int at) {
        EventLexicon.Occurrence best = s.events().get(0);
        for (EventLexicon.Occurrence e : s.events()) {
            if (Math.abs(e.start() - at) < Math.abs(best.start() - at)) {
                best = e;
            }
        }
        return best;
    }
}
