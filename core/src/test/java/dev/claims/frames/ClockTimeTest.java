package dev.claims.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claims.Checker;
import dev.claims.model.Claim;
import dev.claims.model.ClockTimeValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times of day as written, with zones, precision and the day; compared as moments. */
class ClockTimeTest {
    @TempDir
    Path dir;

    private List<String> normalizedTimes(String text) throws IOException {
        Files.writeString(dir.resolve("t.txt"), text);
        return Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(dir)).documents().get(0).claims().stream()
                .filter(c -> c.attribute().equals("time")).map(Claim::value).map(v -> v.normalized()).toList();
    }

    @Test
    void formsOfTheClock() throws IOException {
        assertEquals(List.of("1961-05-02T09:32-04:00", "1961-05-02T13:32:10Z", "1961-05-02T03:15", "1961-05-02T21:10", "1961-05-02T12:00"),
                normalizedTimes("On May 2, 1961, the doors opened at 9:32 a.m. EDT and closed at 13:32:10 UTC. "
                        + "The bell rang at 3.15am and again at 21:10, and the guns fired at noon."));
    }

    /** A date belongs to the time nearest it; a time whose sentence dates only another time keeps the day before. */
    @Test
    void secondsMidnightAndLocalTime() throws IOException {
        assertEquals(List.of("1961-05-02T02:14:30", "1961-05-02T00:00", "1961-05-02T19:10"),
                normalizedTimes("On May 2, 1961 the ship docked at 02:14:30 and the bell rang at midnight. "
                        + "The crowd left at 7:10 p.m. local time."));
    }

    @Test
    void aDateBelongsToItsNearestTime() throws IOException {
        assertEquals(List.of("1961-05-02T17:54:01Z", "1961-05-02T21:34Z", "1961-05-03T00:01Z"),
                normalizedTimes("Log\n\nThe boat left the pier at 17:54:01 UT on 2 May 1961 after a long wait. "
                        + "After meeting the tug at 21:34 UT, it anchored at 00:01 UT on 3 May.\n"));
    }

    @Test
    void versesAndDecimalsAreNotTimes() throws IOException {
        assertEquals(List.of(), normalizedTimes("Read John 3:16 again. The ratio rose to 2.5 in 1962."));
    }

    @Test
    void zonesConvertAcrossMidnight() {
        ClockTimeValue edt = new ClockTimeValue("10:56 p.m. EDT", LocalTime.of(22, 56), false, -240, "EDT", false,
                LocalDate.of(1961, 7, 20));
        ClockTimeValue utc = new ClockTimeValue("02:56:15 UTC", LocalTime.of(2, 56, 15), true, 0, "UTC", false,
                LocalDate.of(1961, 7, 21));
        ClockTimeValue later = new ClockTimeValue("02:57 UTC", LocalTime.of(2, 57), false, 0, "UTC", false, null);
        ClockTimeValue local = new ClockTimeValue("10:56", LocalTime.of(10, 56), false, null, "", true, null);
        assertEquals(Boolean.TRUE, edt.sameMomentAs(utc));
        assertEquals(Boolean.FALSE, utc.sameMomentAs(later));
        assertNull(edt.sameMomentAs(local));
        assertEquals(Boolean.TRUE, local.sameMomentAs(new ClockTimeValue("22:56", LocalTime.of(22, 56), false, null,
                "", false, null)));
    }
}
