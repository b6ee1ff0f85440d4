package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.structure.FormatStructurer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The title grammar of general English as {@link RoleExtractor} reads it: each row an invented text and every role
 * claim expected of it, as "subject | title as written | normalised title".
 */
class TitleFormsTest {
    static Stream<Arguments> forms() {
        return Stream.of(
                // a title before the name, lower case, with modifiers and organisations
                Arguments.of("The hearing heard former aide John Mercer on Tuesday.",
                        List.of("John Mercer | former aide | aide")),
                Arguments.of("The panel questioned White House aide Carl Benning.",
                        List.of("Carl Benning | White House aide | white house aide")),
                Arguments.of("The burglars included former CIA agent James Kolb and two others.",
                        List.of("James Kolb | former CIA agent | cia agent")),
                Arguments.of("The board named former CIA employee James Kolb, security director of the Committee "
                                + "to Save the Harbor (CSH), as a witness.",
                        List.of("James Kolb | former CIA employee | cia employee",
                                "James Kolb | security director of the Committee to Save the Harbor | security "
                                        + "director of committee to save harbor")),
                Arguments.of("The governor gave the order to dismiss special prosecutor Tom Hadley.",
                        List.of("Tom Hadley | special prosecutor | special prosecutor")),
                Arguments.of("An inquiry led by prosecutor Tom Hadley began.",
                        List.of("Tom Hadley | prosecutor | prosecutor")),
                Arguments.of("Lakeside Law School professor Mark Tolan spoke.",
                        List.of("Mark Tolan | Lakeside Law School professor | lakeside law school professor")),
                Arguments.of("The mayor's counsel and Assistant to the Governor for Domestic Affairs John Mercer spoke.",
                        List.of("John Mercer | Assistant to the Governor for Domestic Affairs | assistant to governor "
                                + "for domestic affairs")),
                Arguments.of("Air Force Lieutenant Colonel Michael Tanner, the command module pilot, stayed in orbit.",
                        List.of("Michael Tanner | Air Force Lieutenant Colonel | air force lieutenant colonel",
                                "Michael Tanner | command module pilot | command module pilot")),
                Arguments.of("The lander, with Air Force Colonel Edwin (Buzz) Tanner on board, landed.",
                        List.of("Edwin Tanner | Air Force Colonel | air force colonel")),
                // a possessor before a title is not part of it; a lower-case portfolio word opens one
                Arguments.of("Credits grew with Governor Lind's Secretary of Trade Paul Varga brokering them.",
                        List.of("Lind | Governor | governor",
                                "Paul Varga | Secretary of Trade | secretary of trade")),
                Arguments.of("To the left stands the Vesk foreign minister, Anton Berger.",
                        List.of("Anton Berger | Vesk foreign minister | vesk foreign minister")),
                // succession: the successor takes the title read before the predecessor's name
                Arguments.of("In 1939 the premier replaced Foreign Commissar Anton Berger with Karl Ostman.",
                        List.of("Anton Berger | Foreign Commissar | foreign commissar",
                                "Karl Ostman | Foreign Commissar | foreign commissar")),
                Arguments.of("Karl Ostman succeeded Chief Justice Anton Berger in 1950.",
                        List.of("Anton Berger | Chief Justice | chief justice",
                                "Karl Ostman | Chief Justice | chief justice")),
                Arguments.of("Karl Ostman replaced Anton Berger in 1950.", List.of()),
                // after the name: apposition after a comma or a dash, and a copula after it
                Arguments.of("John Mercer, assistant for domestic affairs, resigned.",
                        List.of("John Mercer | assistant for domestic affairs | assistant for domestic affairs")),
                Arguments.of("Robert Kellan \u2013 White House chief of staff, considered the second most powerful man.",
                        List.of("Robert Kellan | White House chief of staff | white house chief of staff")),
                Arguments.of("The crew consisted of Neil Tanner\u2014the mission's commander.",
                        List.of("Neil Tanner | commander | commander")),
                Arguments.of("Edwin Tanner, Col., USAF, was born in 1930.",
                        List.of("Edwin Tanner | Col | colonel")),
                Arguments.of("John Mercer, the former US Attorney General was the governor's campaign manager.",
                        List.of("John Mercer | former US Attorney General | attorney general",
                                "John Mercer | campaign manager | campaign manager")),
                Arguments.of("John Mercer \u2013 former Attorney General and director of the governor's 1968 and 1972 "
                                + "election campaigns; he was tried later.",
                        List.of("John Mercer | former Attorney General | attorney general",
                                "John Mercer | director of the governor's 1968 and 1972 election campaigns | director "
                                        + "of governor's 1968 and 1972 election campaigns")),
                Arguments.of("The crew was Commander Neil Tanner, Lunar Module Pilot Edwin Brandt and others.",
                        List.of("Neil Tanner | Commander | commander",
                                "Edwin Brandt | Lunar Module Pilot | lunar module pilot")),
                Arguments.of("The governor met in his office with Chief-of-Staff H.R. Kellan on Monday.",
                        List.of("H.R. Kellan | Chief-of-Staff | chief of staff")),
                // predicative
                Arguments.of("Robert Kellan was his chief of staff and John Mercer was the governor\u2019s domestic "
                                + "affairs adviser.",
                        List.of("Robert Kellan | chief of staff | chief of staff",
                                "John Mercer | domestic affairs adviser | domestic affairs adviser")),
                Arguments.of("Max Brenner was the captain of the airship when it burned.",
                        List.of("Max Brenner | captain of the airship | captain of airship")),
                // a title before a name set off by a comma or a bracket
                Arguments.of("It honours the late president of the republic, Paul Vandermeer (1850 to 1920).",
                        List.of("Paul Vandermeer | late president of the republic | president of republic")),
                Arguments.of("He met the captain of the airship (on this flight, Max Brenner) at noon.",
                        List.of("Max Brenner | captain of the airship | captain of airship")),
                Arguments.of("The mayor appointed a special prosecutor, Lakeside Law School lecturer Mark Tolan, to "
                                + "lead the inquiry.",
                        List.of("Mark Tolan | special prosecutor | special prosecutor")),
                // "as" roles of a pronoun's antecedent or of the clause's subject
                Arguments.of("In 1962, Neil Tanner became an astronaut. He served as command pilot for the first "
                                + "docking mission in 1966.",
                        List.of("Neil Tanner | astronaut | astronaut",
                                "Neil Tanner | command pilot for the first docking mission | command pilot for first "
                                        + "docking mission")),
                Arguments.of("Max Brenner was born in 1891. He completed training during the war, serving as an "
                                + "elevatorman on naval airships.",
                        List.of("Max Brenner | elevatorman | elevatorman")),
                // a profile: the field under the person's heading, and a sentence with no subject under it
                Arguments.of("NEIL TANNER\n\nROLE: Mission commander.\n\nINTO SPACE: Joined the team in 1962. Assigned "
                                + "as command pilot for the first docking mission in 1966.\n",
                        List.of("Neil Tanner | Mission commander | mission commander",
                                "Neil Tanner | command pilot for the first docking mission | command pilot for first "
                                        + "docking mission")),
                // no title
                Arguments.of("The first man to walk there, Neil Tanner, spoke.", List.of()),
                Arguments.of("On Monday the court fined Neil Tanner.", List.of()),
                Arguments.of("Married Anna Dorsey in 1956.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void readsTheTitleAndItsPerson(String text, List<String> expected) {
        Document d = new FormatStructurer().structure(new RawDocument("t.txt", Path.of("t.txt"), text, InputFormat.TEXT,
                List.of()));
        List<Claim> claims = new RoleExtractor(Lexicons.defaults()).extract(DocumentAnalysis.of(d, Lexicons.defaults()));
        assertEquals(expected, claims.stream().map(c -> c.subject() + " | " + c.value().text() + " | "
                + c.value().normalized()).toList());
    }

    @org.junit.jupiter.api.Test
    void aSubordinateWordBeforeAnOfficeWordingIsPartOfTheOffice() {
        Document d = new FormatStructurer().structure(new RawDocument("t.txt", Path.of("t.txt"),
                "The mayor fired Attorney General Paul Varga, Deputy Attorney General Robert Lindqvist and Vice "
                        + "President Anna Dorsey.", InputFormat.TEXT, List.of()));
        List<Claim> claims = new OfficeExtractor(Lexicons.defaults()).extract(DocumentAnalysis.of(d,
                Lexicons.defaults()));
        assertEquals(List.of("Paul Varga | Attorney General", "Robert Lindqvist | Deputy Attorney General",
                "Anna Dorsey | Vice President"), claims.stream().map(c -> c.subject() + " | " + c.value().text()).toList());
    }
}
