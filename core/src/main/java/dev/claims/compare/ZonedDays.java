package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Frame;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days a happening can fall on, in any zone of the world (UTC−12 to UTC+14), when its document gives its moment:
 * a date and, in the same sentence and for the same predicate, a time of day with a zone on that date ("Orbital
 * insertion July 19, 1969, 17:21:50 UTC": July 19 or 20 in some zone, never July 18). A date one day off another is
 * normally not held against it (the day depends on the zone); a date outside these days is.
 *
 * @param first the earliest local day
 * @param last  the latest local day
 */
record ZonedDays(LocalDate first, LocalDate last) {
    /** The westernmost and easternmost offsets in civil use. */
    static final ZoneOffset WEST = ZoneOffset.ofHours(-12);
    static final ZoneOffset EAST = ZoneOffset.ofHours(14);

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The days of each dated claim of the document whose moment the document gives; others are absent. */
    static Map<Claim, ZonedDays> of(ExtractedDocument d) {
        Map<Claim, ZonedDays> out = new IdentityHashMap<>();
        List<Claim> times = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c.value() instanceof ClockTimeValue t && t.offsetMinutes() != null && t.date() != null) {
                times.add(c);
            }
        }
        if (times.isEmpty()) {
            return out;
        }
        for (Claim c : d.claims()) {
            Frame f = d.frames().get(c.id());
            if (!(c.value() instanceof DateValue v) || f == null || f.predicate().isEmpty()
                    || v.precision() != DatePrecision.DAY || !v.resolved() || !v.earliest().equals(v.latest())) {
                continue;
            }
            ZonedDays days = null;
            for (Claim t : times) {
                Frame g = d.frames().get(t.id());
                ClockTimeValue clock = (ClockTimeValue) t.value();
                if (t.sentence() == c.sentence() && g != null && g.predicate().equals(f.predicate())
                        && clock.date().equals(v.earliest())) {
                    days = widen(days, of(clock));
                }
            }
            if (days != null) {
                out.put(c, days);
            }
        }
        return out;
    }

    /**
     * The local days of a zoned time of day on its date: from the first instant it may denote, seen at UTC−12, to the
     * last, seen at UTC+14. A reading to the minute covers its minute; one that may be a.m. or p.m. covers both.
     */
    static ZonedDays of(ClockTimeValue t) {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(t.offsetMinutes() * 60);
        Instant start = OffsetDateTime.of(t.date(), t.seconds() ? t.time() : t.time().withSecond(0).withNano(0), zone)
                .toInstant();
        Instant end = start.plus(t.seconds() ? Duration.ofSeconds(1) : Duration.ofMinutes(1));
        if (t.halfDay() && t.time().getHour() < 12) {
            end = end.plus(Duration.ofHours(12)); // "7:00" may be 7 p.m.
        } else if (t.halfDay()) {
            start = start.minus(Duration.ofHours(12)); // "12:30" may be half past midnight
        }
        end = end.minusNanos(1);
        return new ZonedDays(start.atOffset(WEST).toLocalDate(), end.atOffset(EAST).toLocalDate());
    }

    private static ZonedDays widen(ZonedDays a, ZonedDays b) {
        if (a == null) {
            return b;
        }
        return new ZonedDays(a.first.isBefore(b.first) ? a.first : b.first, a.last.isAfter(b.last) ? a.last : b.last);
    }

    /**
     * True when a date of one side is outside the days the other side's moment allows: then the two days are not
     * one happening seen from two zones.
     */
    static boolean outside(DateValue x, ZonedDays xDays, DateValue y, ZonedDays yDays) {
        return xDays != null && !xDays.contains(y.earliest()) || yDays != null && !yDays.contains(x.earliest());
    }
}
