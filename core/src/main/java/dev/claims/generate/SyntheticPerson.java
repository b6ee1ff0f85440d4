package dev.claims.generate;

/**
 * A made-up official of one cluster of documents: a name (with a planted spelling variant) and the office held in a
 * year.
 *
 * @param given         canonical given name ("Maxim")
 * @param givenVariant  variant given name ("Maksim")
 * @param surname       canonical surname ("Sokolov")
 * @param surnameVariant variant surname ("Sokoloff")
 * @param office        the office held in {@code year}
 * @param wrongOffice   another office of the same country, used by planted contradictions
 * @param year          the year
 * @param city          where the sentence places the person
 * @param template      the sentence template ({@code {year} {office} {name} {city}})
 */
record SyntheticPerson(String given, String givenVariant, String surname, String surnameVariant, String office,
                       String wrongOffice, int year, String city, String template) {

    String name() {
        return given + " " + surname;
    }

    /** The variant spelling: the given name's variant or the surname's, chosen by {@code surnameSide}. */
    String variantName(boolean surnameSide) {
        return surnameSide ? given + " " + surnameVariant : givenVariant + " " + surname;
    }

    String sentence(String name, String officeText) {
        return template.replace("{year}", Integer.toString(year)).replace("{office}", officeText)
                .replace("{name}", name).replace("{city}", city);
    }
}
