package dev.claims.values;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Date;

/**
 * Julian (Old Style) and Gregorian (New Style) calendar arithmetic with ICU4J's {@link GregorianCalendar}: a
 * calendar whose Gregorian change is moved to the end of time counts every day in the Julian calendar.
 *
 * <pre>{@code
 * Calendars.julianToGregorian(LocalDate.of(1917, 10, 25));   // 1917-11-07
 * Calendars.julianToGregorian(LocalDate.of(1880, 5, 2));     // 1880-05-14
 * Calendars.julianOffset(LocalDate.of(1700, 1, 1));          // 10
 * }</pre>
 *
 * Thread-safe: each call builds its own calendar.
 */
public final class Calendars {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Calendars() {
    }

    /** The Gregorian date of the day the Julian calendar calls {@code julian} (its fields read as Julian). */
    public static LocalDate julianToGregorian(LocalDate julian) {
        GregorianCalendar c = new GregorianCalendar(UTC);
        c.setGregorianChange(new Date(Long.MAX_VALUE));
        c.clear();
        c.set(julian.getYear(), julian.getMonthValue() - 1, julian.getDayOfMonth());
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    /** The Julian date of a Gregorian day. */
    public static LocalDate gregorianToJulian(LocalDate gregorian) {
        GregorianCalendar c = new GregorianCalendar(UTC);
        c.setGregorianChange(new Date(Long.MAX_VALUE));
        c.setTimeInMillis(gregorian.toEpochDay() * 86_400_000L);
        return LocalDate.of(c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }

    /** Days the Julian calendar is behind the Gregorian on a Julian date (10 in 1582-1700, 12 in 1800-1900, 13 in 1900-2100). */
    public static int julianOffset(LocalDate julian) {
        return (int) (julianToGregorian(julian).toEpochDay() - julian.toEpochDay());
    }
}
