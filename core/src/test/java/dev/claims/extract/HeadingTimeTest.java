package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.structure.FormatStructurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date line dates the entries under it (each entry's time, and the narrative time a period under way is dated by),
 * and the units of a line-oriented layout do not take their time from the line before them.
 */
class HeadingTimeTest {
    private static DocumentAnalysis analyse(String text) {
        Document d = new FormatStructurer().structure(new RawDocument("t.txt", Path.of("t.txt"), text, InputFormat.TEXT,
                List.of()));
        return DocumentAnalysis.of(d, dev.claims.TestPacks.lexicons());
    }

    private static List<String> times(DocumentAnalysis a) {
        List<String> out = new ArrayList<>();
        for (SentenceAnalysis s : a.sentences()) {
            out.add(s.sentence().text() + " @ " + (s.time() == null ? "-" : s.time().edtf()));
        }
        return out;
    }

    @Test
    void aDateLineDatesTheEntriesOfItsBlock() {
        DocumentAnalysis a = analyse("Log\n\nJuly 9, 1958\nThe crew boards.\nFuelling starts.\nThe tower is cleared.\n"
                + "06:40 AM EST: The rocket lifts off.\n\nJuly 10, 1958\n\n- Ships reach the capsule.\n- The crew flies home.\n\n"
                + "The press reports the launch.\n");
        assertEquals(List.of("July 9, 1958 @ 1958-07-09", "The crew boards. @ 1958-07-09", "Fuelling starts. @ 1958-07-09",
                "The tower is cleared. @ 1958-07-09", "06:40 AM EST: The rocket lifts off. @ 1958-07-09",
                "July 10, 1958 @ 1958-07-10", "Ships reach the capsule. @ 1958-07-10", "The crew flies home. @ 1958-07-10",
                "The press reports the launch. @ -"), times(a));
        // four entries below the date line, beyond the two sentences a narrative time is looked for in prose
        NarrativeTime.Dated d = NarrativeTime.dated(a.sentences(), 4);
        assertEquals("1958-07-09", d.value().edtf());
        assertEquals(0, d.sentence());
        assertNull(NarrativeTime.of(a.sentences(), 8));
    }

    @Test
    void aFieldDoesNotTakeTheTimeOfTheFieldBefore() {
        DocumentAnalysis a = analyse("Aurora\n\nMaiden flightApril 2, 1931\nLength240 metres\nCrew size41\n");
        assertEquals(List.of("Maiden flight: April 2, 1931 @ 1931-04-02", "Length: 240 metres @ -", "Crew size: 41 @ -"),
                times(a));
    }

    @Test
    void proseKeepsItsParagraphTime() {
        DocumentAnalysis a = analyse("Report\n\nThe ship left on May 3, 1937. It crossed the sea.\n");
        DateValue t = a.sentences().get(1).time();
        assertEquals("1937-05-03", t.edtf());
    }
}
