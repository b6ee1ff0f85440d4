package dev.claims.citation;

import java.util.List;

/**
 * An author–date citation in running text: "(Smith 1999, 45)", "Smith (1999)", "(Smith and Jones 2001; Lee 2003)"
 * (two citations), "(Smith et al. 1999)", "Bolukbasi, Chang and Zou (2016)".
 *
 * @param families  the surnames as written, in order ("Smith", "Jones"); an organisation is one entry
 * @param etAl      whether "et al." follows the names (the work has more authors than named)
 * @param year      the year as written, with its letter ("1999a")
 * @param locator   pages or other locator ("45", "pp. 12-14"), empty when none
 * @param text      the citation as written (one part of a parenthesis holding several)
 * @param from      start of {@code text} in the sentence text it was read from
 * @param to        end of {@code text} in that sentence text
 * @param narrative whether the names are part of the sentence ("Smith (1999) argues"), not inside the parentheses
 */
public record TextCitation(List<String> families, boolean etAl, String year, String locator, String text, int from,
                           int to, boolean narrative) {
    public TextCitation {
        families = List.copyOf(families);
    }

    /** The four digits of the year ("1999" for "1999a"). */
    public String yearDigits() {
        return year.substring(0, 4);
    }

    /** "Smith and Jones 2001", "Smith et al. 1999" */
    public String describe() {
        String who = families.size() <= 2 ? String.join(" and ", families)
                : String.join(", ", families.subList(0, families.size() - 1)) + " and " + families.get(families.size() - 1);
        return who + (etAl ? " et al. " : " ") + year;
    }
}
