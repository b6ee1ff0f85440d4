package dev.claims.extract;

import dev.claims.knowledge.OfficeLexicon;

/**
 * The data the extractors read: offices, events, gazetteers and attribution cues. {@link #defaults()} is the
 * shipped data; build your own to add entries from user files, and hand it to {@link DefaultExtractor}.
 *
 * <pre>{@code
 * Lexicons mine = Lexicons.defaults().withOffices(OfficeLexicon.defaults().withEntriesFrom(Path.of("offices.json")));
 * Extractor extractor = new DefaultExtractor(mine);
 * }</pre>
 */
public record Lexicons(OfficeLexicon offices, EventLexicon events, Gazetteer gazetteer, AttributionDetector attribution) {
    private static volatile Lexicons defaults;

    public static Lexicons defaults() {
        Lexicons d = defaults;
        if (d == null) {
            d = new Lexicons(OfficeLexicon.defaults(), EventLexicon.load(), Gazetteer.defaults(), AttributionDetector.defaults());
            defaults = d;
        }
        return d;
    }

    public Lexicons withOffices(OfficeLexicon o) {
        return new Lexicons(o, events, gazetteer, attribution);
    }

    public Lexicons withEvents(EventLexicon e) {
        return new Lexicons(offices, e, gazetteer, attribution);
    }
}
