package dev.claims.citation;

import dev.claims.model.Work;
import dev.claims.model.Span;
import java.util.List;

/**
 * One reference as read from a note or bibliography entry, before resolution.
 *
 * @param form       "full", "short", "ibid", "op-cit", "url" or "unparsed"
 * @param work       the work a full reference or URL describes; null for short forms
 * @param families   author family names a short form gives ("Craig", "Logevall"); empty otherwise
 * @param shortTitle the short title a short form gives ("Roosevelt and Stalin"), empty when none
 * @param locator    pages or other locator ("311-12", "96, 244"), empty when none
 * @param text       the reference as written
 * @param span       where it is in the original text
 * @param year       the year an author–date short form gives ("ORLANDI, 2015, p. 26"), empty otherwise
 */
public record ParsedReference(String form, Work work, List<String> families, String shortTitle, String locator,
                              String text, Span span, String year) {
    public ParsedReference {
        families = List.copyOf(families);
    }

    /** A reference without a year of its own. */
    public ParsedReference(String form, Work work, List<String> families, String shortTitle, String locator,
                           String text, Span span) {
        this(form, work, families, shortTitle, locator, text, span, "");
    }
}
