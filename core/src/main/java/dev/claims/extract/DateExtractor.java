package dev.claims.extract;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First slice of date extraction: full dates ("November 16, 1933", "16 November 1933", "Nov. 16, 1933") in
 * sentences that name a known event. The subject is the event key from {@link EventLexicon}.
 */
public final class DateExtractor implements ClaimExtractor {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

    private final EventLexicon events;

    public DateExtractor() {
        this(EventLexicon.load());
    }

    public DateExtractor(EventLexicon events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public List<Claim> extract(Document document) {
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Optional<EventLexicon.Event> event = events.find(s.text());
            if (event.isEmpty()) {
                continue;
            }
            collect(document, i, s, MDY.matcher(s.text()), 1, 2, 3, event.get().key(), claims);
            collect(document, i, s, DMY.matcher(s.text()), 2, 1, 3, event.get().key(), claims);
        }
        return claims;
    }

    private static void collect(Document doc, int index, Sentence s, Matcher m, int monthGroup, int dayGroup,
                                int yearGroup, String subject, List<Claim> out) {
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
                out.add(new Claim("", doc.id(), s.sourceSpan(m.start(), m.end()), index, s.text(), subject, "date",
                        DateValue.day(m.group(), day), null, s.markers(), Attribution.ASSERTED));
            } catch (DateTimeException e) {
                // not a real calendar date ("February 30"): not a claim
            }
        }
    }
}
