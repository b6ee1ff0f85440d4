package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles compared across documents by {@link RoleAgreementRule}, on invented pages. */
class TitleComparisonTest {
    private static List<Finding> findings(Path dir, Map<String, String> pages, String rule) throws IOException {
        return PageFindings.of(dir, pages, rule);
    }

    @Test
    void twoRanksOfOneOfficeAtOneMomentContradict(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "On the night of the raid, the mayor fired Commissioner Paul Varga and Assistant Commissioner "
                        + "Robert Lindqvist.\n",
                "b.txt", "On the night of the raid, the mayor ordered Commissioner Paul Varga to close the port. He then "
                        + "ordered Deputy Commissioner Robert Lindqvist to close it.\n"), "title-mismatch");
        assertEquals(1, f.size());
        assertEquals("Robert Lindqvist: title", f.get(0).subject());
        assertEquals("a.txt calls Robert Lindqvist \"Assistant Commissioner\" and b.txt \"Deputy Commissioner\": two "
                + "ranks of one office. The same person by full name 'Robert Lindqvist'; the same moment: both tell it "
                + "beside Paul Varga as commissioner.", f.get(0).message());
    }

    @Test
    void twoRanksAtTimesToldApartDoNotContradict(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), findings(dir, Map.of(
                "a.txt", "In 1960 Robert Lindqvist was an assistant commissioner.\n",
                "b.txt", "In 1970 Deputy Commissioner Robert Lindqvist resigned.\n"), "title-mismatch"));
    }

    @Test
    void titlesOfOnePostAgree(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "The panel heard former CIA employee James Kolb on Monday. It also heard former aide Carl "
                        + "Benning.\n",
                "b.txt", "The burglars included former CIA agent James Kolb. The testimony of White House aide Carl "
                        + "Benning followed.\n"), "role-agreement");
        assertEquals(List.of("Carl Benning: role aide", "James Kolb: role cia employee"),
                f.stream().map(Finding::subject).sorted().toList());
    }

    @Test
    void aLongGivenNameMisspelledByOneLetterIsTheSamePerson(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "To the left stands the Vesk trade minister, Vyachevslav Orlov.\n",
                "b.txt", "In 1939 the premier replaced Trade Commissar Anton Berger with Vyacheslav Orlov.\n"),
                "role-agreement");
        assertEquals(List.of("2 documents give Vyachevslav Orlov the title vesk trade minister (as \"Vesk trade "
                + "minister\", \"Trade Commissar\"): the same person by given name (spelled 'vyachevslav', "
                + "'vyacheslav') and surname 'orlov', titles of one post (head 'minister', one's other words within the "
                + "other's)."), f.stream().map(Finding::message).toList());
    }

    @Test
    void aShortGivenNameOneLetterApartIsAnotherPerson(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), findings(dir, Map.of(
                "a.txt", "The panel heard former aide Jon Kolb on Monday.\n",
                "b.txt", "The testimony of White House aide Jan Kolb followed.\n"), "role-agreement"));
    }
}
