package dev.claims.compare;

import dev.claims.model.Span;
import java.time.LocalDate;

/**
 * One trusted fact from a reference-facts file.
 *
 * @param subject   a person or event as a document would name it ("Maxim Litvinov", "Yalta Conference")
 * @param attribute "office", "date", or a quantity attribute ("amount", "count")
 * @param value     the office ("People's Commissar for Foreign Affairs"), a date description, or an amount
 *                  "AMOUNT UNIT" ("11000000000 USD")
 * @param from      first day the fact holds (offices) or the event's first day (dates); null when open
 * @param to        last day, inclusive; null when open
 * @param source    where the user took the fact from, for the report
 * @param span      the fact's record in the file (JSON object or CSV line)
 * @param line      1-based line of the record
 * @param column    1-based column of the record
 * @param text      the record's text as written
 */
public record ReferenceFact(String subject, String attribute, String value, LocalDate from, LocalDate to,
                            String source, Span span, int line, int column, String text) {
}
