package dev.claims.extract;

import dev.claims.knowledge.Packs;

import dev.claims.knowledge.OfficeLexicon;

/**
 * The data the extractors read: offices, events, gazetteers and attribution cues. {@link #defaults()} is the
 * default pack's data (general knowledge, no named people, places, organisations or events), {@link #of(Packs)} adds
 * optional packs' data; build your own to add entries from user files, and hand it to {@link DefaultExtractor}.
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

    /** The lexicons of the packs on (the default pack's data plus each optional pack's). */
    public static Lexicons of(Packs packs) {
        if (packs.isDefault()) {
            return defaults();
        }
        return new Lexicons(OfficeLexicon.of(packs), EventLexicon.of(packs), Gazetteer.of(packs),
                AttributionDetector.defaults());
    }

    public Lexicons withOffices(OfficeLexicon o) {
        return new Lexicons(o, events, gazetteer, attribution);
    }

    public Lexicons withEvents(EventLexicon e) {
        return new Lexicons(offices, e, gazetteer, attribution);
    }
}
