package dev.claims.extract;

import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import java.time.YearMonth;

/**
 * The year of a day or month written without one, in a paragraph that writes none, when the sentence ties it to an
 * event or a start trigger (not a period, {@link EventLexicon.Aspect#PERIOD}, which spans years) whose key ends with a
 * year: "Stalin ... declaring war on the Japan on August 8" with key {@code war:soviet-union:japan:1945} is August 8,
 * 1945, and "the December 7th Japanese attack on Pearl Harbor" ({@code attack:pearl-harbor:1941}) is December 7, 1941,
 * whatever year an earlier paragraph last wrote. The document states no year of its own there, so none is overridden.
 */
final class EventKeyYear {
    private EventKeyYear() {
    }

    /** {@code t} re-dated in the key's year, or null when the rule does not apply. */
    static TimeMention of(TimeMention t, EventLexicon.Occurrence e) {
        DateValue v = t.value();
        Integer year = e.event().keyYear();
        if (year == null || e.event().aspect() == EventLexicon.Aspect.PERIOD || t.explicit() || t.anchoredInParagraph()
                || !v.resolved() || v.precision() != DatePrecision.DAY && v.precision() != DatePrecision.MONTH
                || !v.edtf().matches("\\d{4}-\\d{2}(?:-\\d{2})?")) {
            return null;
        }
        YearMonth month = YearMonth.of(year, v.earliest().getMonthValue());
        if (v.precision() == DatePrecision.DAY && v.earliest().getDayOfMonth() > month.lengthOfMonth()) {
            return null;
        }
        DateValue dated = v.precision() == DatePrecision.DAY
                ? new DateValue(v.text(), month.atDay(v.earliest().getDayOfMonth()).toString(),
                        month.atDay(v.earliest().getDayOfMonth()), month.atDay(v.earliest().getDayOfMonth()),
                        DatePrecision.DAY, v.qualifier())
                : new DateValue(v.text(), month.toString(), month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH,
                        v.qualifier());
        return new TimeMention(t.start(), t.end(), dated, false, true);
    }
}
