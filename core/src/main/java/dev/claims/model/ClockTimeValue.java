package dev.claims.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time of day as written, with its precision, its zone when one is given, and the day it falls on when the text
 * says.
 *
 * <pre>{@code
 * // "10:56 p.m. EDT" on July 20, 1969: normalized "1969-07-20T22:56-04:00"
 * }</pre>
 *
 * @param text          as written ("9:32 a.m. EDT")
 * @param time          the clock reading (on a 24-hour clock when a.m./p.m. or a 24-hour form says which)
 * @param seconds       true when written to the second ("20:17:40"), false when to the minute
 * @param offsetMinutes the zone's offset from UTC in minutes, or null when no zone with a known offset is given
 * @param zone          the zone as written ("EDT", "UTC"), or empty
 * @param halfDay       true when the reading may be a.m. or p.m. (a 12-hour reading written without either)
 * @param date          the day the text gives for this time, or null
 */
public record ClockTimeValue(String text, LocalTime time, boolean seconds, Integer offsetMinutes, String zone,
                             boolean halfDay, LocalDate date) implements Value {
    private static final int DAY = 86_400;

    @Override
    public String type() {
        return "time";
    }

    @Override
    public String normalized() {
        String clock = seconds ? time.toString().length() == 5 ? time + ":00" : time.toString()
                : time.withSecond(0).toString();
        String z = offsetMinutes == null ? "" : offsetMinutes == 0 ? "Z"
                : String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes) / 60,
                Math.abs(offsetMinutes) % 60);
        return (date == null ? "" : date + "T") + clock + z;
    }

    /** The value with the day the text gives for it. */
    public ClockTimeValue on(LocalDate day) {
        return new ClockTimeValue(text, time, seconds, offsetMinutes, zone, halfDay, day);
    }

    /**
     * Whether two readings can denote the same moment: both zoned (compared in UTC, across midnight), or both
     * unzoned (compared as clock readings). A reading to the minute covers that whole minute; one that may be a.m.
     * or p.m. covers both. Null when they cannot be compared (one zoned, the other not).
     */
    public Boolean sameMomentAs(ClockTimeValue o) {
        if ((offsetMinutes == null) != (o.offsetMinutes == null)) {
            return null;
        }
        for (int a : starts()) {
            for (int b : o.starts()) {
                if (overlaps(a, width(), b, o.width())) {
                    return true;
                }
            }
        }
        return false;
    }

    private int width() {
        return seconds ? 1 : 60;
    }

    private int[] starts() {
        int local = time.toSecondOfDay();
        if (!seconds) {
            local -= time.getSecond();
        }
        int utc = Math.floorMod(local - (offsetMinutes == null ? 0 : offsetMinutes * 60), DAY);
        return halfDay ? new int[] {utc, Math.floorMod(utc + DAY / 2, DAY)} : new int[] {utc};
    }

    private static boolean overlaps(int a, int wa, int b, int wb) {
        for (int shift : new int[] {-DAY, 0, DAY}) {
            int bb = b + shift;
            if (a < bb + wb && bb < a + wa) {
                return true;
            }
        }
        return false;
    }
}
