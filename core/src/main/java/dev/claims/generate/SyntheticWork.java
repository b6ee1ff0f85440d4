package dev.claims.generate;

/**
 * A made-up book cited by a cluster of documents, and its citation forms in the seeds' (Chicago) style.
 *
 * <pre>{@code
 * w.fullNote("*", 45)     // Henry Ashford, *Trade: Soviet-American Relations, 1919-1933* (New York: Knopf, 1972), 45.
 * w.bibliography("*")     // Ashford, Henry. *Trade: Soviet-American Relations, 1919-1933*. New York: Knopf, 1972.
 * }</pre>
 */
record SyntheticWork(String given, String surname, String title, String place, String publisher, int year) {

    String fullNote(String italic, int page) {
        return given + " " + surname + ", " + italic + title + italic + " (" + place + ": " + publisher + ", " + year
                + "), " + page + ".";
    }

    String shortNote(int page) {
        return surname + ", " + page + ".";
    }

    String bibliography(String italicOpen, String italicClose) {
        return surname + ", " + given + ". " + italicOpen + title + italicClose + ". " + place + ": " + publisher + ", "
                + year + ".";
    }

    SyntheticWork withYear(int y) {
        return new SyntheticWork(given, surname, title, place, publisher, y);
    }
}
