package dev.claims.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Frame;
import dev.claims.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of English and of kinds of page that give a frame its subject: life dates in brackets, a profile's heading,
 * a nickname inside a name, an attribute phrase or a unit that says what a figure measures, and a document's several
 * counts for one frame. Every text is invented for this test; the default pack only.
 */
class FrameRulesTest {
    @TempDir
    Path dir;

    private Extraction extract(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return Checker.withDefaults().extract(List.of(dir));
    }

    private static Frame frameOf(ExtractedDocument d, String valueText) {
        return FrameComparisonTest.frameOf(d, valueText);
    }

    @Test
    void lifeDatesInBracketsAfterANameAreBirthAndDeath() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The engineer Anna Lindqvist (3 April 1880 – 9 May 1944) designed the Tallby bridge on a later voyage."))
                .documents().get(0);
        Frame born = frameOf(d, "3 April 1880");
        assertEquals(List.of("birth", "lindqvist"), List.of(born.predicate(), born.person()));
        Frame died = frameOf(d, "9 May 1944");
        assertEquals(List.of("death", "lindqvist"), List.of(died.predicate(), died.person()));
        assertEquals(List.of(), died.designations(), "a day after a name is no designation");
    }

    @Test
    void aProfileHeadingNamesThePersonOfItsFields() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "KARL OSTMAN\n\nROLE: Chief engineer.\n\nBORN: March 2, 1901, in Tallby.\n\n"
                        + "HAROLD 'SKIP' TANNER\n\nBORN: June 9, 1903, at Vesk.\n"))
                .documents().get(0);
        assertEquals("ostman", frameOf(d, "March 2, 1901").person());
        assertEquals("tanner", frameOf(d, "June 9, 1903").person());
    }

    @Test
    void aNicknameInQuotesStaysInsideTheName() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "Harold 'Skip' Tanner, a pilot, was born on 9 June 1903 in Vesk.")).documents().get(0);
        assertEquals("tanner", frameOf(d, "9 June 1903").person());
    }

    @Test
    void anAttributePhraseOrAUnitSaysWhatAFigureMeasures() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The airship Orla traveled at a maximum speed of 80 miles per hour. "
                        + "Four 900-horsepower engines drove it.")).documents().get(0);
        Frame speed = frameOf(d, "80 miles per hour");
        assertEquals(List.of("", "speed"), List.of(speed.predicate(), speed.measure()));
        assertEquals("power", frameOf(d, "900-horsepower").measure());
    }

    @Test
    void aLengthAfterAVerbOfMotionIsADistance() throws java.io.IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The probe Vesk 2 reached the outer orbit after going about 90,000 miles. The probe Vesk 3 flew "
                        + "40,000 miles before its radio failed.")).documents().get(0);
        assertEquals("distance", frameOf(d, "about 90,000 miles").measure());
        assertEquals("distance", frameOf(d, "40,000 miles").measure());
    }

    @Test
    void takingPartIsAFactOfThePersonWhoTookPart() throws IOException {
        // not "took" of lasting ("the flight took 8 days") with "part" as what lasted
        ExtractedDocument d = extract(Map.of("a.txt",
                "In 1850, Governor Anton Kesler took part in the talks at Fort Alder.")).documents().get(0);
        Frame f = frameOf(d, "1850");
        assertEquals(List.of("participate", "kesler", ""), List.of(f.predicate(), f.person(), f.measure()));
    }

    @Test
    void aDocumentWithSeveralCountsContradictsOnlyThroughItsTotal() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "The airship Orla burned at Kessel in 1930. The Orla was carrying 50 people. "
                        + "In all 24 people died on the Orla. One man on the ground was also killed, "
                        + "so 25 people died in the disaster.",
                "b.txt", "The Orla burned in 1930. The Orla had 50 people aboard and 25 people died in the fire. "
                        + "The Orla was never rebuilt.",
                "c.txt", "ORLA BURNS, 20 DIE\n\nThe airship Orla fell in flames in 1930. The Orla was carrying "
                        + "50 people. The Orla had flown for two years."));
        Report r = Checker.withDefaults().check(x);
        List<Finding> deaths = r.findings().stream().filter(f -> f.kind() == FindingKind.CONTRADICTION
                && f.message().contains("death")).toList();
        assertEquals(1, deaths.size(), deaths.toString());
        assertEquals(List.of("25 people", "20"), deaths.get(0).evidence().stream().map(e -> e.value()).distinct()
                .toList(), deaths.get(0).toString());
    }

    @Test
    void aPronounStandsForThePersonTheSentenceBeforeNames() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "Karl Ostman was born in 1891 in Tallby. He joined the German Navy in 1906. In 1920 he "
                        + "legally changed his name.")).documents().get(0);
        Frame joined = frameOf(d, "1906");
        assertEquals(List.of("join", "ostman"), List.of(joined.predicate(), joined.person()));
        assertEquals(List.of("rename", "ostman"), List.of(frameOf(d, "1920").predicate(), frameOf(d, "1920").person()));
    }

    @Test
    void anHonorificBeforeASurnameMakesAPersonWithARole() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The trial began after Judge Varga, who had charged them, read the verdict.")).documents().get(0);
        assertEquals(List.of("role Varga Judge"), d.claims().stream().filter(c -> c.attribute().equals("role"))
                .map(c -> c.attribute() + " " + c.subject() + " " + c.value().text()).toList());
    }

    @Test
    void aGeneralVerbIsKeyedByTheHeadOfItsObject() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The probe Vesk 2 reached the outer orbit on 19 July 1969, after a long cruise.")).documents().get(0);
        Frame reached = frameOf(d, "19 July 1969");
        assertEquals(List.of("arrive", "orbit"), List.of(reached.predicate(), reached.measure()));
    }

    @Test
    void aDateOpeningItsSentenceDatesTheMainVerbPastALongSubject() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "On March 3, 1950, Karl Ostman, Anna Lindqvist and Per Varga, the three leading engineers of the "
                        + "old Tallby works, were sentenced to two years in prison.\n\n"
                        + "April 9, 1951 - Two of Ostman's old colleagues resign as the Tallby affair grows.\n\n"
                        + "May 17, 1951 - The Tallby Inquiry Board opens hearings into the affair.")).documents().get(0);
        assertEquals(List.of("sentence", 1), List.of(frameOf(d, "March 3, 1950").predicate(),
                frameOf(d, "March 3, 1950").reach()));
        Frame resign = frameOf(d, "April 9, 1951");
        assertEquals(List.of("resign", ""), List.of(resign.predicate(), resign.person()),
                "a possessive name is not who resigned");
        Frame hearings = frameOf(d, "May 17, 1951");
        assertEquals(List.of("begin", "hearings"), List.of(hearings.predicate(), hearings.measure()),
                "an event noun as object keys a general verb");
    }

    @Test
    void aPredicateInATimePhraseOrAQuotationDoesNotDateTheValue() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "On June 2, 1950, nearly a year after the burglary at the Tallby works, Varga accepted the "
                        + "resignation of Karl Ostman.\n\n"
                        + "May 25, 1949 \u2013 Anna Lindqvist addresses the board, \u201cWe will be landing a crew on the "
                        + "island.\u201d")).documents().get(0);
        Frame resign = frameOf(d, "June 2, 1950");
        assertEquals(List.of("resign", "ostman"), List.of(resign.predicate(), resign.person()),
                "'the resignation of X' is X's");
        assertEquals("", frameOf(d, "May 25, 1949").predicate());
    }

    @Test
    void aGroupAnaphorNamesThePeopleOfTheSentenceBeforeAndCoordinatedVerbsShareTheDate() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The court would not review the cases of Karl Ostman and Anna Lindqvist. Both had been convicted on "
                        + "May 2, 1952 of fraud.\n\nOn June 9, 1952, Ostman was found guilty of fraud and perjury and "
                        + "sentenced to three years.")).documents().get(0);
        Frame convicted = frameOf(d, "May 2, 1952");
        assertEquals("convict", convicted.predicate());
        assertEquals(true, convicted.names().containsAll(List.of("ostman", "lindqvist")), convicted.names().toString());
        Frame both = frameOf(d, "June 9, 1952");
        assertEquals(List.of("convict", "sentence"), List.of(both.predicate(), both.secondary()));
    }

    @Test
    void aWithPhraseAWhileClauseAndAnEventsDurationKeepTheirOwnPredicates() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "With 40 crew members on board, the passengers were well accommodated. At 6:10 p.m., while the "
                        + "airship Orla was attempting to land at Kessel, a flame appeared near its tail. The Orla "
                        + "crashed to the ground in just 30 seconds.")).documents().get(0);
        Frame crew = frameOf(d, "40 crew");
        assertEquals(List.of("", "crew"), List.of(crew.predicate(), crew.measure()));
        Frame fire = frameOf(d, "6:10 p.m.");
        assertEquals(List.of("crash", false), List.of(fire.predicate(), fire.hedged()));
        Frame fall = frameOf(d, "30 seconds");
        assertEquals(List.of("crash", "duration"), List.of(fall.predicate(), fall.measure()));
    }

    @Test
    void aDurationOfANamedActivityAndAFigureOfAMaterialSayWhatTheyMeasure() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The Vesk 2 spacewalk lasted three hours and 10 minutes. Spacewalk duration: 3 hours, 10 minutes. "
                        + "The probe landed with only 20 seconds of fuel remaining. Mass of the sample: 12 kilograms "
                        + "(26 lb). Return launchJuly 21, 1970, 17:54 UTC.")).documents().get(0);
        Frame lasted = frameOf(d, "three hours and 10 minutes");
        assertEquals(List.of("moonwalk", "duration"), List.of(lasted.predicate(), lasted.measure()));
        Frame field = frameOf(d, "3 hours, 10 minutes");
        assertEquals(List.of("moonwalk", "duration"), List.of(field.predicate(), field.measure()));
        Frame fuel = frameOf(d, "20 seconds");
        assertEquals(List.of("", "fuel"), List.of(fuel.predicate(), fuel.measure()));
        assertEquals("", frameOf(d, "17:54 UTC").measure(), "a month glued to a label is no theme");
    }

    @Test
    void peopleOnTheGroundAreCountedApartFromThoseAboard() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The Orla burned at Kessel. Twenty people aboard died. One worker on the ground was also killed. "
                        + "One member of the ground crew was hurt.")).documents().get(0);
        assertEquals(List.of("death", "ground"), List.of(frameOf(d, "One worker").predicate(),
                frameOf(d, "One worker").measure()));
        assertEquals("ground", frameOf(d, "One member").measure());
        assertEquals("person", frameOf(d, "Twenty people").measure());
    }

    @Test
    void prisonTermsServedAndReducedAreEachTheirOwnDuration() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "Karl Ostman and Anna Lindqvist were sentenced to 2 to 6 years of imprisonment. Their sentences "
                        + "were later reduced to 1 to 3 years. Ostman served 14 months in prison, while Lindqvist "
                        + "served 11 months.")).documents().get(0);
        assertEquals(List.of("sentence", "duration"), List.of(frameOf(d, "2 to 6 years").predicate(),
                frameOf(d, "2 to 6 years").measure()));
        assertEquals("reduce", frameOf(d, "1 to 3 years").predicate());
        assertEquals(List.of("serve", "ostman"), List.of(frameOf(d, "14 months").predicate(),
                frameOf(d, "14 months").person()));
        assertEquals("lindqvist", frameOf(d, "11 months").person(), "the surname just before the verb");
    }

    @Test
    void aRankInAppositionToAPersonIsThatPersonsAndContradictsAnotherRank() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "The minister then turned to the third-most-senior official at the Tallby Ministry, "
                        + "Deputy Director Karl Ostman, who refused.",
                "b.txt", "Turning to the person in the fourth highest post in the Tallby Ministry, Deputy Director "
                        + "Karl Ostman, the minister repeated the order."));
        Frame rank = frameOf(x.documents().get(0), "third-most-senior official");
        assertEquals(List.of("rank", "ostman"), List.of(rank.measure(), rank.person()));
        Report r = Checker.withDefaults().check(x);
        assertEquals(1, r.findings().stream().filter(f -> f.kind() == FindingKind.CONTRADICTION
                && f.message().contains("rank")).count(), r.findings().toString());
    }

    @Test
    void aTimelineDateOnItsOwnLineDatesTheEntryUnderIt() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The Vesk program\n\nThe probes flew for two years.\n\nTimeline\n\nMarch 3, 1950\nThe probe Vesk 2 lands on the plain. The crew rests.\n\n"
                        + "March 9, 1950\nThe crew rests.\n")).documents().get(0);
        assertEquals("land", frameOf(d, "March 3, 1950").predicate());
        assertEquals("", frameOf(d, "March 9, 1950").predicate(), "an entry with no event dates nothing");
    }

    @Test
    void namedEventsByAListOfPlacesByTheirPlaceAndByADissolvedName() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "The envoys met at conferences in Vesk (1950), Tallby (March 1952) and Orla (May–June 1953). "
                        + "In May the Great Four conference on trade at Orla was a success. "
                        + "After the League's dissolution in 1955 the envoys went home. "
                        + "Ostman had dissolved the League in 1955. "
                        + "After the invasion of Kessel in 1921 the council dissolved.")).documents().get(0);
        assertEquals("event:tallby conference", frameOf(d, "March 1952").predicate());
        Frame may = frameOf(d, "May");
        assertEquals(List.of("event:great four conference", "event:orla conference"), List.of(may.predicate(),
                may.secondary()));
        assertEquals(List.of("dissolve", "league"), List.of(frameOf(d, "1955").predicate(),
                frameOf(d, "1955").measure()));
        assertEquals(List.of("attack", "kessel"), List.of(frameOf(d, "1921").predicate(), frameOf(d, "1921").measure()),
                "a date in an opening time phrase with its own event is that event's");
    }

    @Test
    void aClauseWhenOpensAfterADateSaysWhatHappenedWhenTheVerbBeforeIsDenied() throws IOException {
        Extraction x = extract(Map.of(
                "a.txt", "Trade with Vesk had not begun in 1911 nor even in 1920 when Tallby recognized the Republic "
                        + "of Vesk. The disaster occurred on 4 May 1911 when the ferry Marisol attempted to land.",
                "b.txt", "In 1920, Tallby recognized the Republic of Vesk."));
        ExtractedDocument a = x.documents().stream().filter(d -> d.document().path().endsWith("a.txt")).findFirst()
                .orElseThrow();
        Frame recognized = frameOf(a, "1920");
        assertEquals(List.of("recognize", "republic"), List.of(recognized.predicate(), recognized.measure()));
        assertEquals("crash", frameOf(a, "4 May 1911").predicate(), "the main clause's event when it is not denied");
        Report r = Checker.withDefaults().check(x);
        assertEquals(List.of("2 documents agree on recognize, republic (date): \"1920\" (both: recognize, republic "
                        + "(date); 'recognized' ~ 'recognized'; shared: vesk, tallby, republic)."),
                r.findings().stream().filter(f -> f.rule().equals("event-date-agreement")).map(Finding::message)
                        .toList());
    }

    @Test
    void aNameWithAModifierBeforeItsEventNounNamesTheEvent() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt",
                "Ostman and Varga spoke at the 1950 Tallby peace conference.")).documents().get(0);
        assertEquals("event:tallby conference", frameOf(d, "1950").predicate());
    }

    @Test
    void aNamedEventTheDateFollowsIsDatedAgainstTheNoteCitedForIt() throws IOException {
        Files.writeString(dir.resolve("a.md"), "Harbor policy\n\nThe port grew quickly after the war. Then, Karl "
                + "Ostman's so-called \"Harbor Light\" speech on May 6, 1950 in Tallby began a new policy.[^1]\n\n"
                + "[^1]: Karl Ostman, \"The Harbor Light,\" May 5, 1950 speech at Tallby, Vesk Society.\n");
        Extraction x = Checker.withDefaults().extract(List.of(dir));
        assertEquals("event:harbor light speech", frameOf(x.documents().get(0), "May 6, 1950").predicate());
        Report r = Checker.withDefaults().check(x);
        assertEquals(List.of("harbor light speech: date | a.md dates it \"May 6, 1950\" (1950-05-06) but note 1, "
                        + "which it cites for this, gives \"May 5, 1950\" (1950-05-05): the body and its source "
                        + "disagree."),
                r.findings().stream().filter(f -> f.rule().equals("date-mismatch"))
                        .map(f -> f.subject() + " | " + f.message()).toList());
    }

    @Test
    void theNameRightBeforeAVerbIsItsSubjectThoughAnotherStandsNearerAfter() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt", "When Karl Ostman unexpectedly died on 2 May 1950, Anna "
                + "Lindqvist ordered a week of mourning.")).documents().get(0);
        assertEquals(List.of("death", "ostman"), List.of(frameOf(d, "2 May 1950").predicate(),
                frameOf(d, "2 May 1950").person()));
    }

    @Test
    void aTimelineDateIsQuotedWithTheEntryItDates() throws IOException {
        ExtractedDocument d = extract(Map.of("a.txt", "The Vesk program\n\nThe probes flew for two years.\n\n"
                + "Timeline\n\nMarch 3, 1950\nThe probe Vesk 2 lands on the plain.\n")).documents().get(0);
        assertEquals("March 3, 1950\nThe probe Vesk 2 lands on the plain.", d.claims().stream()
                .filter(c -> c.value().text().equals("March 3, 1950")).findFirst().orElseThrow().quote());
    }
}
