package dev.claims.extract;

import dev.claims.model.Claim;
import dev.claims.model.PlaceValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places where something happened, by the grammar of English rather than a gazetteer: a capitalised name after
 * "in", "at", "from", "near", "outside" or "to" ("born … in Wapakoneta, Ohio", "crashed at Lakehurst Naval Air
 * Station", "landed in the Sea of Tranquility"), with a following ", Region" kept. Month and weekday names are not
 * places. Each is a "place" claim; what happened there comes from the claim's frame.
 */
public final class PlaceExtractor extends SentenceExtractor {
    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]{1,30})(?:\\s(?:(?:of|de|del|la|the|upon)\\s)?"
            + "[A-Z][\\p{L}'’.-]{1,30}){0,5}";
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|from|near|outside|to)\\s(?:the\\s)?"
            + "(" + NAME + "(?:,\\s" + NAME + ")?)");
    private static final java.util.Set<String> NOT_PLACES = dev.claims.knowledge.WordList.union(
            dev.claims.knowledge.WordList.union(java.util.Set.copyOf(dev.claims.knowledge.WordList.months()),
                    dev.claims.knowledge.WordList.weekdays()), dev.claims.knowledge.WordList.of("not-places.txt"));

    public PlaceExtractor() {
        this(Lexicons.defaults());
    }

    public PlaceExtractor(Lexicons lexicons) {
        super("places", lexicons);
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        for (SentenceAnalysis s : analysis.sentences()) {
            Matcher m = PLACE.matcher(s.text());
            while (m.find()) {
                String place = m.group(1);
                String first = place.split("[\\s,]", 2)[0].replace(".", "");
                if (NOT_PLACES.contains(first) || personAt(s, m.start(1))) {
                    continue;
                }
                claims.add(s.claim(analysis.document().id(), m.start(1), m.end(1), "", "place",
                        new PlaceValue(place, place.toLowerCase(Locale.ROOT)), s.time()));
            }
        }
        return claims;
    }

    private static boolean personAt(SentenceAnalysis s, int at) {
        for (PersonNames.Found p : s.people()) {
            if (p.start() <= at + 2 && at <= p.end()) {
                return true;
            }
        }
        return false;
    }
}
