package dev.claims.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place, publisher and year parsed from a publication statement: "New York: Knopf Doubleday, 2015",
 * "University Press of Kentucky, 1996", "Yale University, 23-26 September 1999".
 *
 * @param place     place of publication, empty when not given
 * @param publisher publisher, empty when not given
 * @param year      year, empty when not given
 */
public record PublicationFacts(String place, String publisher, String year) {
    static final Pattern YEAR = Pattern.compile("(?<![\\d-–])(1[5-9]\\d\\d|20\\d\\d)(?![\\d])");
    private static final String MONTHS = "(?:" + dev.claims.knowledge.WordList.monthAlternation("") + ")\\.?";
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?:,\\s*)?(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + MONTHS + "|" + MONTHS
                    + "(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?)\\s*,?\\s*$");

    /**
     * Words that label a date or a link, or bracketed or parenthesised asides, where a publisher would stand:
     * "Última atualização: 2024", "Retrieved 2015", "(a film)", "[arxiv: hep-th/9702027]", "reprinted".
     */
    private static final Pattern NOT_A_PUBLISHER = Pattern.compile("(?iu)^(?:última atualização|atualizado|acesso em"
            + "|acessado|disponível|last updated|updated|retrieved|accessed|available|reprinted|consultado|abgerufen)\\b"
            + "|^[(\\[]|[\\]\\[]|\\w/\\d|\\bwikipedia\\b|\\.\"");

    /** No facts. */
    public static final PublicationFacts NONE = new PublicationFacts("", "", "");

    /** Parses a publication statement; the year is the last year in it. */
    public static PublicationFacts parse(String statement) {
        String s = CitationText.squash(statement.replace("*", ""));
        Matcher y = YEAR.matcher(s);
        int yearStart = -1;
        String year = "";
        while (y.find()) {
            yearStart = y.start();
            year = y.group(1);
        }
        String before = yearStart >= 0 ? s.substring(0, yearStart) : s;
        before = TRAILING_DATE.matcher(before).replaceAll("");
        before = trimPunctuation(before);
        int colon = before.lastIndexOf(':');
        String place = "";
        String publisher;
        if (colon >= 0) {
            String head = before.substring(0, colon);
            int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf("("));
            place = trimPunctuation(sentence >= 0 ? head.substring(sentence + 1) : head);
            publisher = trimPunctuation(before.substring(colon + 1));
        } else {
            int comma = before.lastIndexOf(", ");
            int sentence = before.lastIndexOf(". ");
            int cut = Math.max(comma, sentence);
            publisher = trimPunctuation(cut >= 0 ? before.substring(cut + 1) : before);
        }
        publisher = CitationText.plain(publisher).replace('\u00a0', ' ').replace("&nbsp;", " ");
        if (!publisher.isEmpty() && (!publisher.matches(".*\\p{L}{2}.*") || NOT_A_PUBLISHER.matcher(publisher).find())) {
            publisher = "";
        }
        if (NOT_A_PUBLISHER.matcher(place).find()) {
            place = "";
        }
        return new PublicationFacts(place, publisher, year);
    }

    static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:(".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:.)".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
