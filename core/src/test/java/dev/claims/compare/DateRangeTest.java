package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static DateRange r(String edtf, String qualifier) {
        return DateRange.of(ClaimSpecs.date(edtf, edtf, qualifier)).orElseThrow();
    }

    @Test
    void precisionAndRanges() {
        assertTrue(r("1933", "").agrees(r("1933-11-16", "")));
        assertEquals(Optional.of("date"), r("1933-11-16", "").conflict(r("1933-11-17", "")));
        assertEquals(Optional.of("start"), r("1921/1923", "").conflict(r("1920", "by")));
        assertTrue(r("1918/1921", "").agrees(r("1918/1921", "")));
        assertEquals(Optional.of("end"), r("1918/1921", "").conflict(r("1918/1923", "")));
        assertTrue(r("1917", "since").agrees(r("1917-11", "")));
        assertFalse(r("1920", "by").agrees(r("1921", "")), "a 'by' date says nothing about a point");
        assertEquals(Optional.empty(), r("1920", "by").conflict(r("1921", "")));
    }

    @Test
    void underWayBeforeTheStartIsAContradictionUnderWayWithinIsNothing() {
        DateRange declared = r("1945-08-08", "began");
        assertEquals(DateRange.Shape.START, declared.shape());
        assertEquals(DateRange.Shape.ONGOING, r("1934", "ongoing").shape());
        assertEquals(Optional.of("start"), r("1934", "ongoing").conflict(declared));
        assertEquals(Optional.of("start"), declared.conflict(r("1934", "ongoing")));
        assertEquals(Optional.of("start"), r("1920", "ongoing").conflict(r("1921/1923", "")));
        assertEquals(Optional.of("start"), r("1916", "ongoing").conflict(r("1917", "since")));
        // under way within, at the start or after: nothing either way
        for (String within : new String[] {"1922", "1921", "1925"}) {
            assertEquals(Optional.empty(), r(within, "ongoing").conflict(r("1921/1923", "")), within);
            assertFalse(r(within, "ongoing").agrees(r("1921/1923", "")), within);
        }
        assertEquals(Optional.empty(), r("1945-08", "ongoing").conflict(declared), "the month of the start");
        assertFalse(r("1945-09", "ongoing").agrees(declared));
        // not compared with a plain date (it may be any year of the period), a "by" date or another under-way date
        assertEquals(Optional.empty(), r("1920", "ongoing").conflict(r("1921", "")));
        assertEquals(Optional.empty(), r("1920", "ongoing").conflict(r("1919", "by")));
        assertEquals(Optional.empty(), r("1920", "ongoing").conflict(r("1930", "ongoing")));
    }

    @Test
    void aStartComparesAsAPointExceptThatAPointBeforeItIsOnTheStart() {
        DateRange declared = r("1945-08-08", "began");
        assertEquals(Optional.of("date"), declared.conflict(r("1945-08-09", "began")));
        assertTrue(declared.agrees(r("1945-08", "began")));
        assertTrue(declared.agrees(r("1945", "")));
        assertEquals(Optional.of("start"), r("1934", "").conflict(declared));
        assertEquals(Optional.empty(), r("1945-09", "").conflict(declared), "a later point of the war");
        assertFalse(r("1945-09", "").agrees(declared));
        assertEquals(Optional.of("start"), declared.conflict(r("1921/1923", "")));
        assertTrue(r("1921", "began").agrees(r("1921/1923", "")));
    }

    @Test
    void vagueValuesAreWidenedAndNeverDecideAContradiction() {
        DateRange spring = r("1941-21", "");
        assertTrue(spring.vague());
        assertTrue(spring.agrees(r("1941-06", "")));
        assertEquals(Optional.empty(), DateRule.conflict(r("192X", ""), r("1933", "")));
    }

    @Test
    void oldStyleDatesAreConvertedBeforeFebruary1918Only() {
        CalendarNormalizer cal = dev.claims.compare.CalendarNormalizer.of(dev.claims.TestPacks.SOVIET);
        DateRange os = cal.normalize("Petrograd strikes", r("1917-02-23", "O.S."));
        assertEquals(LocalDate.of(1917, 3, 8), os.startLow());
        assertTrue(os.calendarNote().contains("13 days"));
        DateRange named = cal.normalize("October Revolution", r("1917-10-25", ""));
        assertEquals(LocalDate.of(1917, 11, 7), named.startLow());
        DateRange ns = cal.normalize("October Revolution", r("1917-11-07", ""));
        assertEquals("", ns.calendarNote());
        DateRange after = cal.normalize("Treaty", r("1918-03-03", "O.S."));
        assertEquals(LocalDate.of(1918, 3, 3), after.startLow());
        assertEquals(12, CalendarNormalizer.julianOffset(LocalDate.of(1861, 2, 19)));
    }
}
