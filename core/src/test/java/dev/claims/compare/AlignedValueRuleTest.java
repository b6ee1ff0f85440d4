package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AlignedValueRule} on corpora written for this test (an invented probe and an invented airship). */
class AlignedValueRuleTest {
    @TempDir
    Path dir;

    /** The rule's findings on the given files, each as "kind rule: value, value" (a place's: "… subject: …"). */
    private List<String> findings(Map<String, String> files) throws IOException {
        Path corpus = Files.createTempDirectory(dir, "corpus");
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            Files.writeString(corpus.resolve(e.getKey()), e.getValue());
        }
        Checker checker = Checker.withOptions(dev.claims.TestPacks.options());
        return checker.check(checker.extract(List.of(corpus))).findings().stream()
                .filter(f -> new AlignedValueRule().infos().stream().anyMatch(i -> i.id().equals(f.rule())))
                .map(AlignedValueRuleTest::describe).sorted().toList();
    }

    private static String describe(Finding f) {
        return (f.kind() == FindingKind.CONTRADICTION ? "contradiction " : "agreement ") + f.rule()
                + (f.rule().startsWith("place") ? " " + f.subject() : "") + ": " + String.join(", ", f.evidence().stream().map(e -> e.value()).toList());
    }

    @Test
    void aZonedTimeOfDayPinsTheDaysOfItsDate() {
        // 23:40 UTC on March 3: 11:40 on March 3 at UTC-12, 13:40 on March 4 at UTC+14
        assertEquals(new ZonedDays(LocalDate.of(1974, 3, 3), LocalDate.of(1974, 3, 4)), ZonedDays.of(
                new ClockTimeValue("23:40 UTC", LocalTime.of(23, 40), false, 0, "UTC", false, LocalDate.of(1974, 3, 3))));
        // 00:20 UTC: March 2 in the west, March 3 in the east
        assertEquals(new ZonedDays(LocalDate.of(1974, 3, 2), LocalDate.of(1974, 3, 3)), ZonedDays.of(
                new ClockTimeValue("00:20 UTC", LocalTime.of(0, 20), false, 0, "UTC", false, LocalDate.of(1974, 3, 3))));
        // 10:00 EDT (14:00 UTC): 02:00 at UTC-12, 04:00 next day at UTC+14
        assertEquals(new ZonedDays(LocalDate.of(1974, 3, 3), LocalDate.of(1974, 3, 4)), ZonedDays.of(
                new ClockTimeValue("10:00 EDT", LocalTime.of(10, 0), false, -240, "EDT", false, LocalDate.of(1974, 3, 3))));
        // 11:00 UTC: 23:00 the day before at UTC-12, 01:00 the next day at UTC+14
        assertEquals(new ZonedDays(LocalDate.of(1974, 3, 2), LocalDate.of(1974, 3, 4)), ZonedDays.of(
                new ClockTimeValue("11:00 UTC", LocalTime.of(11, 0), false, 0, "UTC", false, LocalDate.of(1974, 3, 3))));
    }

    /** The findings on two documents: one that dates the launch with a moment, one that gives the launch day. */
    private List<String> launched(String moment, String day) throws IOException {
        return findings(Map.of("a.txt", "The Kestrel 4 probe was launched on " + moment + ".",
                "b.txt", "The Kestrel 4 probe was launched on " + day + "."));
    }

    @Test
    void aDayTheMomentCannotFallOnContradictsIt() throws IOException {
        assertEquals(List.of("contradiction event-date-mismatch: March 3, 1974, March 2, 1974"),
                launched("March 3, 1974, at 23:40 UTC", "March 2, 1974"));
    }

    @Test
    void aDayTheMomentFallsOnInSomeZoneIsNotHeldAgainstIt() throws IOException {
        assertEquals(List.of(), launched("March 3, 1974, at 23:40 UTC", "March 4, 1974"));
        assertEquals(List.of("agreement event-date-agreement: March 3, 1974, March 3, 1974"),
                launched("March 3, 1974, at 23:40 UTC", "March 3, 1974"));
    }

    @Test
    void anEarlyMomentAllowsTheDayBefore() throws IOException {
        assertEquals(List.of(), launched("March 3, 1974, at 00:20 UTC", "March 2, 1974"));
        assertEquals(List.of("contradiction event-date-mismatch: March 3, 1974, March 4, 1974"),
                launched("March 3, 1974, at 00:20 UTC", "March 4, 1974"));
    }

    @Test
    void aZoneWithoutATimeOfDayStillLeavesTheDayOpen() throws IOException {
        // the sentence gives a zone but no moment: a day apart may be the same happening in another zone
        assertEquals(List.of(), launched("March 3, 1974 (UTC)", "March 2, 1974"));
    }

    private static final String CRASH = "The Albatros crashed at Vessel Field on June 9, 1931.";

    @Test
    void valuesToldOfPlacesWithNoWordInCommonAreTwoJourneys() throws IOException {
        assertEquals(List.of(), findings(Map.of(
                "a.txt", "The Varga Expedition\n\nIn 1850 the Varga expedition traveled to Fort Alder.\n",
                "b.txt", "The Varga Expedition\n\nIn 1851 the Varga expedition traveled to Cold Lake.\n")));
        // one place in common: one journey, told with two years
        assertEquals(List.of("contradiction event-date-mismatch: 1850, 1851"), findings(Map.of(
                "a.txt", "The Varga Expedition\n\nIn 1850 the Varga expedition traveled to Fort Alder.\n",
                "b.txt", "The Varga Expedition\n\nIn 1851 the Varga expedition traveled to Fort Alder, Vesk.\n")));
    }

    @Test
    void sentencesNamingDifferentPeopleTellOfDifferentOccasions() throws IOException {
        // two people met "the delegation" in two years: two meetings, no contradiction (the place both name still
        // agrees: only contradictions need one occasion)
        assertEquals(List.of("agreement place-agreement meet, delegation (place): Fort Alder, Fort Alder"),
                findings(Map.of(
                "a.txt", "The Varga Talks\n\nIn 1850, Governor Anton Kesler met the delegation at Fort Alder.\n",
                "b.txt", "The Varga Talks\n\nIn 1851, Governor Milan Dorsky met the delegation at Fort Alder.\n")));
        // the same person: one meeting, told with two years
        assertEquals(List.of("agreement place-agreement meet, delegation (place): Fort Alder, Fort Alder",
                "contradiction event-date-mismatch: 1850, 1851"), findings(Map.of(
                "a.txt", "The Varga Talks\n\nIn 1850, Governor Anton Kesler met the delegation at Fort Alder.\n",
                "b.txt", "The Varga Talks\n\nIn 1851, Governor Anton Kesler met the delegation at Fort Alder.\n")));
    }

    @Test
    void aDistanceContradictsAnotherOnlyBetweenTheSamePlaces() throws IOException {
        // a leg and a total: no place in common
        assertEquals(List.of(), findings(Map.of(
                "a.txt", "The Varga Expedition\n\nThe Varga expedition traveled 300 miles to Fort Alder.\n",
                "b.txt", "The Varga Expedition\n\nThe Varga expedition traveled 900 miles that summer.\n")));
        assertEquals(List.of("agreement place-agreement travel, expedition (place): Fort Alder, Fort Alder",
                "contradiction figure-mismatch: 300 miles, 900 miles"), findings(Map.of(
                "a.txt", "The Varga Expedition\n\nThe Varga expedition traveled 300 miles to Fort Alder.\n",
                "b.txt", "The Varga Expedition\n\nThe Varga expedition traveled 900 miles to Fort Alder.\n")));
    }

    @Test
    void placesOfOneDayAgreeAcrossVerbsAndWordOrder() throws IOException {
        assertEquals(List.of("agreement place-agreement happening on 1931-06-09 (place): Naval Base Vessel Field, "
                        + "Vessel Field Naval Base, Ohio"),
                findings(Map.of("a.txt", "The airship Albatros caught fire and was destroyed during its attempt to dock "
                                + "at Naval Base Vessel Field on June 9, 1931.",
                        "b.txt", "On June 9, 1931 the Albatros crashed at Vessel Field Naval Base, Ohio.")));
        assertEquals(List.of("agreement place-agreement happening on 1931-06-09 (place): Harlan Township, Ohio, "
                        + "Harlan Township, Ohio"),
                findings(Map.of("a.txt", "The Albatros disaster occurred on June 9, 1931, in Harlan Township, Ohio.",
                        "b.txt", "There is new footage of the Albatros landing in Harlan Township, Ohio on June 9, 1931.")));
    }

    @Test
    void placesOfOneDayNeedTheSameParticipantsAndDay() throws IOException {
        // another day, another airship (the place's own words are no shared participant), another place: nothing
        assertEquals(List.of(), findings(Map.of("a.txt", CRASH,
                "b.txt", "The Albatros landed at Vessel Field on June 2, 1931.")));
        assertEquals(List.of(), findings(Map.of("a.txt", CRASH,
                "b.txt", "The Condor landed at Vessel Field on June 9, 1931.")));
        assertEquals(List.of(), findings(Map.of("a.txt", CRASH,
                "b.txt", "The Albatros landed at Harlan Township on June 9, 1931.")));
    }

    @Test
    void oneVerbsPlacesAgreeOnceNotAgainAsTheDays() throws IOException {
        assertEquals(List.of("agreement event-date-agreement: June 9, 1931, June 9, 1931",
                        "agreement place-agreement crash (place): Vessel Field, Vessel Field"),
                findings(Map.of("a.txt", CRASH, "b.txt", "On June 9, 1931, the Albatros crashed at Vessel Field in a storm.")));
    }
}
