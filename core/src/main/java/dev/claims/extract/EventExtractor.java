package dev.claims.extract;

import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.EventValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Event claims: one per event trigger in the body (subject: the event's name, attribute "event", value the event
 * key shared across documents), timed by the date the sentence ties to it when there is one.
 */
public final class EventExtractor extends SentenceExtractor {

    public EventExtractor() {
        this(Lexicons.defaults());
    }

    public EventExtractor(Lexicons lexicons) {
        super("events", lexicons);
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        String docId = analysis.document().id();
        for (SentenceAnalysis s : analysis.sentences()) {
            for (EventLexicon.Occurrence e : s.events()) {
                DateValue time = null;
                for (Map.Entry<TimeMention, EventLexicon.Occurrence> l : s.links().entrySet()) {
                    if (l.getValue().equals(e) && (time == null || l.getKey().value().precision().ordinal() < time.precision().ordinal())) {
                        time = l.getKey().value();
                    }
                }
                claims.add(s.claim(docId, e.start(), e.end(), e.event().name(), "event",
                        new EventValue(e.text(), e.event().key()), time));
            }
        }
        return claims;
    }
}
