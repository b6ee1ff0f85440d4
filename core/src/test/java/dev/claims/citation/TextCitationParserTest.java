package dev.claims.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Author–date citations in running text, one test per form, and the words before a year that are not authors. */
class TextCitationParserTest {
    /** "families|etAl|year|locator|N or P" for each citation found. */
    private static List<String> read(String sentence) {
        return TextCitationParser.find(sentence).stream().map(c -> String.join("+", c.families()) + "|"
                + (c.etAl() ? "et al." : "") + "|" + c.year() + "|" + c.locator() + "|" + (c.narrative() ? "N" : "P"))
                .toList();
    }

    @Test
    void parentheticalWithLocator() {
        assertEquals(List.of("Marsh||2015|12|P"), read("Weirs changed the river (Marsh 2015, 12)."));
        assertEquals(List.of("Marsh||2015|pp. 12-14|P"), read("Weirs changed the river (Marsh 2015: pp. 12-14)."));
    }

    @Test
    void narrative() {
        assertEquals(List.of("Marsh||2015||N"), read("Marsh (2015) counted them."));
        assertEquals(List.of("Abara||2011|7|N"), read("Abara's (2011, 7) account stands."));
        assertEquals(List.of("Grudem||2009||N"), read("As Wayne Grudem (2009) puts it, the doctrine is old."));
    }

    @Test
    void severalInOneParenthesis() {
        assertEquals(List.of("Smith+Jones||2001||P", "Lee||2003||P"), read("Both agree (Smith and Jones 2001; Lee 2003)."));
        assertEquals(List.of("Lee||2003a||P", "Lee||2004||P"), read("It was doubted (see also Lee 2003a, 2004)."));
        assertEquals(List.of("Lee||2003a||P", "Lee||2003b||P"), read("It was doubted (Lee 2003a, b)."));
    }

    @Test
    void etAl() {
        assertEquals(List.of("Smith|et al.|1999||P"), read("Later surveys agree (Smith et al. 1999)."));
        assertEquals(List.of("Smith|et al.|1999|45|N"), read("Smith et al. (1999, 45) disagree."));
    }

    @Test
    void namesListedInTheSentence() {
        assertEquals(List.of("Okafor+Lindqvist+Brandt+Marchetti||2019||N"),
                read("Okafor, Lindqvist, Brandt, and Marchetti (2019) measured drift."));
        assertEquals(List.of("van Ree+De Souza||2010||N"), read("Later, van Ree and De Souza (2010) disagreed."));
    }

    @Test
    void apaAndAbntCommas() {
        assertEquals(List.of("Santos+Kerr+Obi||2016|p. 88|P"), read("It was filled (Santos, Kerr & Obi, 2016, p. 88)."));
        assertEquals(List.of("ORLANDI||2015|26|P"), read("Como mostra a autora (ORLANDI, 2015, 26)."));
    }

    @Test
    void datesAndThingsAreNotCitations() {
        assertEquals(List.of(), read("The survey was revised (May 2006)."));
        assertEquals(List.of(), read("The Mill Act (1820) mattered more."));
        assertEquals(List.of(), read("The war (1939–1945) closed the mills."));
        assertEquals(List.of(), read("Its founder (born 1950) still runs it."));
        assertEquals(List.of(), read("Sales rose in Figure 3 (2019 figures)."));
    }
}
