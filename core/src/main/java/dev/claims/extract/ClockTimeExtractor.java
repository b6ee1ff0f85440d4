package dev.claims.extract;

import dev.claims.knowledge.Knowledge;
import dev.claims.model.Claim;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: "9:32 a.m. EDT", "20:17:40 UT", "3.15am", "1:46 pm", "21:10", "06:32 AM EDT", "10:56:15 Eastern
 * Daylight Time", "at noon". A reading with a.m./p.m. or a 24-hour form is placed on the 24-hour clock; a 12-hour
 * reading with neither may be either half of the day. The zone (from {@code time-zones.tsv}) gives the offset from
 * UTC; the day is the nearest day-precise date of the same unit, else the unit's running date. Each time is a "time"
 * claim; what it times is decided when claims are compared (see the frame builder).
 */
public final class ClockTimeExtractor extends SentenceExtractor {
    private final Knowledge knowledge;
    private final Pattern clock;

    public ClockTimeExtractor() {
        this(Lexicons.defaults());
    }

    public ClockTimeExtractor(Lexicons lexicons) {
        super("times", lexicons);
        this.knowledge = Knowledge.defaults();
        StringBuilder zones = new StringBuilder();
        for (String z : knowledge.zones().keySet()) {
            zones.append(zones.length() == 0 ? "" : "|").append(Pattern.quote(z));
        }
        // h:mm[:ss] [am|pm] [zone] | h.mm am|pm [zone] | h am|pm [zone] | noon | midnight
        this.clock = Pattern.compile("(?<![\\d:.,])(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:])"
                + "|(\\d{1,2})\\.(\\d{2})(?=\\s?[aApP]\\.?\\s?[mM]\\b)|(\\d{1,2})(?=\\s?[aApP]\\.?\\s?[mM]\\b)"
                + "|(?i:\\b(?:at|before|after|by)\\s(noon|midday|midnight)\\b))"
                + "(?:\\s?([aApP])\\.?\\s?[mM]\\b\\.?)?"
                + "(?:\\s{1,2}(" + zones + ")\\b)?", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        String docId = analysis.document().id();
        SentenceAnalysis previous = null;
        for (SentenceAnalysis s : analysis.sentences()) {
            Matcher m = clock.matcher(s.text());
            List<Integer> clocks = null;
            while (m.find()) {
                ClockTimeValue v = parse(m, s.text());
                if (v == null) {
                    continue;
                }
                if (clocks == null) {
                    clocks = clockStarts(s.text());
                }
                LocalDate day = dayOf(s, m.start(), clocks, previous);

                int from = m.group(7) != null ? m.start(7) : m.start();
                claims.add(new Claim("", docId, s.span(from, end(m)), s.index(), s.sentence().text(), "",
                        "time", day == null ? v : v.on(day), s.time(), s.sources(), s.attributionAt(m.start())));
            }
            previous = s;
        }
        return claims;
    }

    private static int end(Matcher m) {
        int e = m.end();
        while (e > m.start() && Character.isWhitespace(m.group().charAt(e - m.start() - 1))) {
            e--;
        }
        return e;
    }

    private ClockTimeValue parse(Matcher m, String sentence) {
        String text = m.group().strip();
        String half = m.group(8);
        String zone = m.group(9) == null ? "" : m.group(9);
        Integer offset = zone.isEmpty() ? null : zoneOffset(zone);
        if (!zone.isEmpty() && offset == null && !knowledge.zones().containsKey(zone)
                && zone.length() <= 4) {
            zone = ""; // "ut" or "est" in lower case is a word, not a zone
        }
        int hour;
        int minute = 0;
        int second = 0;
        boolean seconds = false;
        if (m.group(1) != null) {
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                second = Integer.parseInt(m.group(3));
                seconds = true;
            }
            if (half == null && zone.isEmpty() && m.group(1).length() == 1 && m.group(3) == null
                    && !precededByAt(sentence, m.start())) {
                return null; // "3:16" alone may be a verse or a ratio; a time says "at", a zone or a.m./p.m.
            }
        } else if (m.group(4) != null) {
            hour = Integer.parseInt(m.group(4));
            minute = Integer.parseInt(m.group(5));
        } else if (m.group(6) != null) {
            hour = Integer.parseInt(m.group(6));
        } else {
            String word = m.group(7).toLowerCase(java.util.Locale.ROOT);
            hour = word.equals("midnight") ? 0 : 12;
            text = m.group(7);
            half = null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        boolean halfDay = false;
        if (half != null) {
            if (hour == 0 || hour > 12) {
                return null;
            }
            boolean pm = half.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (m.group(1) != null && hour >= 1 && hour <= 12 && m.group(1).length() == 1) {
            halfDay = true; // "7:25" with no a.m./p.m.
        }
        return new ClockTimeValue(text, LocalTime.of(hour, minute, second), seconds, offset, zone, halfDay, null);
    }

    /** The offset of a zone as written: abbreviations in capitals only, names in any case. */
    private Integer zoneOffset(String written) {
        for (Map.Entry<String, Integer> z : knowledge.zones().entrySet()) {
            String name = z.getKey();
            if (name.length() <= 4 ? name.equals(written) : name.equalsIgnoreCase(written)) {
                return z.getValue();
            }
        }
        return null;
    }

    private static boolean precededByAt(String text, int start) {
        return start >= 3 && text.regionMatches(true, start - 3, "at ", 0, 3);
    }

    /** Where each clock time of a sentence starts (a second pass only for sentences that hold one). */
    private List<Integer> clockStarts(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = clock.matcher(text);
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    /**
     * The day of a time: the nearest day-precise date of the sentence that is not nearer another time of the
     * sentence ("at 21:34:00 UT, the LM was jettisoned at 00:01:01 UT on 22 July": 22 July is the second time's day);
     * when every date of the sentence belongs to another time, the date told before this time in the sentence, else
     * the day of the sentence before in the same paragraph; else the sentence's running time.
     */
    private static LocalDate dayOf(SentenceAnalysis s, int at, List<Integer> clocks, SentenceAnalysis previous) {
        TimeMention best = null;
        TimeMention earlier = null;
        boolean others = false;
        for (TimeMention t : s.times()) {
            DateValue v = t.value();
            if (!v.resolved() || v.precision() != DatePrecision.DAY) {
                continue;
            }
            if (!ownedBy(t.start(), at, clocks)) {
                others = true;
                if (t.start() < at) {
                    earlier = t;
                }
                continue;
            }
            if (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at)) {
                best = t;
            }
        }
        if (best != null) {
            return best.value().earliest();
        }
        if (earlier != null) {
            return earlier.value().earliest();
        }
        if (others && previous != null && previous.sentence().paragraph() == s.sentence().paragraph()) {
            DateValue p = previous.time();
            if (p != null && p.resolved() && p.precision() == DatePrecision.DAY) {
                return p.earliest();
            }
        }
        DateValue running = s.time();
        return running != null && running.resolved() && running.precision() == DatePrecision.DAY
                ? running.earliest() : null;
    }

    /** True when no other clock time of the sentence is nearer the date at {@code date} than the one at {@code at}. */
    private static boolean ownedBy(int date, int at, List<Integer> clocks) {
        int own = Math.abs(date - at);
        for (int c : clocks) {
            if (c != at && Math.abs(date - c) < own) {
                return false;
            }
        }
        return true;
    }
}
