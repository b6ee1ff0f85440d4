package dev.claims.compare;

import dev.claims.values.Calendars;
import dev.claims.model.DatePrecision;
import dev.claims.knowledge.Packs;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Converts Old Style (Julian) dates to the Gregorian calendar before comparison. A date is Old Style when its
 * qualifier says so ("O.S.", "Old Style", "Julian") or when it is the known Old Style date of a named event from
 * {@code dev/claims/resolve/calendar-events.tsv} (the October Revolution of 25 October 1917 O.S. is 7 November 1917
 * N.S.). Russia changed calendars in February 1918, so only earlier dates are converted.
 *
 * <pre>{@code
 * CalendarNormalizer cal = CalendarNormalizer.defaults();
 * cal.normalize("October Revolution", range);  // 1917-10-25 becomes 1917-11-07, with a calendar note
 * }</pre>
 */
public final class CalendarNormalizer {
    private static final LocalDate SWITCH = LocalDate.of(1918, 2, 14);
    private static final Pattern OLD_STYLE = Pattern.compile("\\bo\\.\\s?s\\.?|\\bold\\s+style\\b|\\bjulian\\b");
    private static final Pattern NEW_STYLE = Pattern.compile("\\bn\\.\\s?s\\.?|\\bnew\\s+style\\b|\\bgregorian\\b");
    private static volatile CalendarNormalizer defaults;

    /** A named event with its Old and New Style dates. */
    public record NamedEvent(Pattern subject, LocalDate oldStyle, LocalDate newStyle) {
    }

    private final List<NamedEvent> events;

    public CalendarNormalizer(List<NamedEvent> events) {
        this.events = List.copyOf(events);
    }

    /** The default pack's normalizer: Old Style dates only where the qualifier says so. */
    public static CalendarNormalizer defaults() {
        if (defaults == null) {
            defaults = load(Packs.defaultOnly());
        }
        return defaults;
    }

    /** The normalizer of the packs on, with their events known by an Old Style date. */
    public static CalendarNormalizer of(Packs packs) {
        return packs.isDefault() ? defaults() : load(packs);
    }

    private static CalendarNormalizer load(Packs packs) {
        return new CalendarNormalizer(packs.rows("resolve/calendar-events.tsv", 3).stream()
                .map(r -> new NamedEvent(Pattern.compile(r[0], Pattern.CASE_INSENSITIVE), LocalDate.parse(r[1]),
                        LocalDate.parse(r[2])))
                .toList());
    }

    /**
     * Days the Julian calendar is behind the Gregorian on a (Julian) date: 11 in the 18th century after 1700-02-28
     * O.S., 12 in the 19th, 13 in 1900-2100; computed with ICU4J's calendars ({@link Calendars}).
     */
    public static int julianOffset(LocalDate d) {
        return Calendars.julianOffset(d);
    }

    /** The range in the Gregorian calendar. */
    public DateRange normalize(String subject, DateRange r) {
        String q = r.value().qualifier() == null ? "" : r.value().qualifier().toLowerCase(Locale.ROOT);
        String text = r.value().text() == null ? "" : r.value().text().toLowerCase(Locale.ROOT);
        if (NEW_STYLE.matcher(q).find() || NEW_STYLE.matcher(text).find() || !r.value().earliest().isBefore(SWITCH)) {
            return r;
        }
        if (OLD_STYLE.matcher(q).find() || OLD_STYLE.matcher(text).find()) {
            int off = julianOffset(r.value().earliest());
            return r.shifted(off, r.value().text() + " is an Old Style (Julian) date, " + off
                    + " days behind the Gregorian calendar");
        }
        for (NamedEvent e : events) {
            if (!e.subject().matcher(subject).find()) {
                continue;
            }
            boolean sameDay = r.value().precision() == DatePrecision.DAY && r.value().earliest().equals(e.oldStyle());
            boolean sameMonth = r.value().precision() == DatePrecision.MONTH
                    && r.value().earliest().getYear() == e.oldStyle().getYear()
                    && r.value().earliest().getMonth() == e.oldStyle().getMonth()
                    && e.oldStyle().getMonth() != e.newStyle().getMonth();
            if (sameDay || sameMonth) {
                int off = (int) (e.newStyle().toEpochDay() - e.oldStyle().toEpochDay());
                return r.shifted(off, r.value().text() + " is the Old Style (Julian) date of this event ("
                        + e.oldStyle() + " O.S. = " + e.newStyle() + " N.S.)");
            }
        }
        return r;
    }
}
