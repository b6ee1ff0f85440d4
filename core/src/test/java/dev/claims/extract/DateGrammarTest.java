package dev.claims.extract;

import dev.claims.values.NumberParser;
import dev.claims.values.Calendars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.DateValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value grammar of dates, one row a form: a context sentence read first (its year anchors what follows; "-"
 * for none), the sentence, the expression's exact text, and its EDTF, qualifier and precision.
 */
class DateGrammarTest {
    private static final TimeExpressionParser PARSER = new TimeExpressionParser(new NumberParser());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // day ranges
        "-|The congress met March 3 to 9, 1921, in Moscow.|March 3 to 9, 1921|1921-03-03/1921-03-09||RANGE",
        "-|The congress met 3–9 March 1921 in Moscow.|3–9 March 1921|1921-03-03/1921-03-09||RANGE",
        "-|The talks ran 10 to 17 October 1921 in Riga.|10 to 17 October 1921|1921-10-10/1921-10-17||RANGE",
        "-|The show ran August 1-2, 1937 at the fair.|August 1-2, 1937|1937-08-01/1937-08-02||RANGE",
        // dual and Old Style dates
        "-|He was born on 2 (14) May 1880 in Tver.|2 (14) May 1880|1880-05-14|N.S.|DAY",
        "-|The rising began on 25 October (7 November) 1917.|25 October (7 November) 1917|1917-11-07|N.S.|DAY",
        "-|The rising began on October 25 (November 7), 1917.|October 25 (November 7), 1917|1917-11-07|N.S.|DAY",
        "-|The rising began on 25 October 1917 O.S. in the capital.|25 October 1917|1917-10-25|O.S.|DAY",
        // commas, ordinals, weekdays
        "-|The treaty was signed June, 12, 1931 in Paris.|June, 12, 1931|1931-06-12||DAY",
        "-|The fleet sailed on 3rd March 1921 at dawn.|3rd March 1921|1921-03-03||DAY",
        "The year was 1921.|On Tuesday 3rd March the fleet sailed.|3rd March|1921-03-03||DAY",
        "The year was 1921.|It ended on the 6th of May with a truce.|6th of May|1921-05-06||DAY",
        "The year was 1921.|It ended on 14 July with a truce.|14 July|1921-07-14||DAY",
        "-|The landing came on Sunday, July 20, 1969 at last.|July 20, 1969|1969-07-20||DAY",
        // seasons, parts of decades
        "-|He left in the autumn of 1919 for Kiev.|autumn of 1919|1919-23||SEASON",
        "-|Prices fell in the early 1930s everywhere.|early 1930s|193X|early|DECADE",
        "-|Prices rose in the late 1930s everywhere.|late 1930s|193X|late|DECADE",
        // relative dates
        "The ship arrived on May 6, 1937.|The next day the inquiry began.|The next day|1937-05-07||DAY",
        "The ship arrived in May 1937.|Three months later the inquiry ended.|Three months later|1937-08||MONTH",
        "-|Three months after the invasion the army withdrew.|Three months after|||UNRESOLVED",
    })
    void reads(String context, String sentence, String written, String edtf, String qualifier, String precision) {
        TimeAnchor anchor = new TimeAnchor();
        if (!context.equals("-")) {
            PARSER.find(context, 0, anchor);
        }
        List<TimeMention> found = PARSER.find(sentence, 0, anchor).stream()
                .filter(t -> t.start() == sentence.indexOf(written)).toList();
        assertEquals(1, found.size(), "one date at '" + written + "': " + PARSER.find(sentence, 0, new TimeAnchor()));
        TimeMention t = found.get(0);
        DateValue v = t.value();
        assertEquals(written, sentence.substring(t.start(), t.end()));
        assertEquals(edtf == null ? "" : edtf, v.edtf());
        assertEquals(qualifier == null ? "" : qualifier, v.qualifier());
        assertEquals(precision, v.precision().name());
    }

    /** "N units ago" counts back from the document's own date, at the precision both allow. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Monday, May 06, 2013|The airship burned seventy-six years ago at Lakehurst.|seventy-six years ago|1937|YEAR",
        "Published 12 March 1998|It began forty-five years ago in Berlin.|forty-five years ago|1953|YEAR",
        "Published 12 March 1998|It ended three months ago in Berlin.|three months ago|1997-12|MONTH",
        "Published 12 March 1998|It ended 10 days ago in Berlin.|10 days ago|1998-03-02|DAY",
        "March 1998|It ended 10 days ago in Berlin.|10 days ago||UNRESOLVED",
        "-|It began forty-five years ago in Berlin.|forty-five years ago||UNRESOLVED",
        // "today/tonight N years ago": the same day of the year, when the document's date gives the day
        "Saturday 14 May 2011|Tonight sixty years ago, the bridge fell.|sixty years ago|1951-05-14|DAY",
        "May 2011|Today sixty years ago, the bridge fell.|sixty years ago|1951|YEAR",
    })
    void agoFromTheDocumentDate(String dateLine, String sentence, String written, String edtf, String precision) {
        DateValue documentDate = dateLine.equals("-") ? null : PARSER.documentDate(dateLine);
        List<TimeMention> found = PARSER.find(sentence, 0, new TimeAnchor(), documentDate).stream()
                .filter(t -> t.start() == sentence.indexOf(written)).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(written, sentence.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(edtf == null ? "" : edtf, found.get(0).value().edtf());
        assertEquals(precision, found.get(0).value().precision().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1917-10-25|1917-11-07", "1880-05-02|1880-05-14", "1700-01-01|1700-01-11", "1918-01-31|1918-02-13",
        "1582-10-05|1582-10-15"})
    void julianToGregorianWithIcu(String julian, String gregorian) {
        assertEquals(LocalDate.parse(gregorian), Calendars.julianToGregorian(LocalDate.parse(julian)));
        assertEquals(LocalDate.parse(julian), Calendars.gregorianToJulian(LocalDate.parse(gregorian)));
    }
}
