package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Layout;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes {@link LineLayout} gives single lines, and what it must leave alone. */
class LineLayoutTest {
    private static LineLayout.Kind kind(String line) {
        return LineLayout.shape(line, 0, line.length()).kind();
    }

    @Test
    void timelineHeads() {
        assertEquals(LineLayout.Kind.TIMELINE, kind("July 16, 1969 – At 9:32 a.m. EDT Apollo lifts off."));
        assertEquals(LineLayout.Kind.TIMELINE, kind("06:32 AM EDT: The rocket is launched."));
        assertEquals(LineLayout.Kind.TIMELINE, kind("4:40 a.m. — The first shells fall."));
        assertEquals(LineLayout.Kind.TIMELINE, kind("22 June – The army crosses the river"));
        assertEquals(LineLayout.Kind.TIMELINE, kind("June 25-29, 1973 - Hearings are held."));
        assertEquals(LineLayout.Kind.TIMELINE, kind("1937: The ship burns."));
        // a range of years in prose, and a sentence that opens with a preposition, are not timeline heads
        assertEquals(LineLayout.Kind.NONE, kind("1937-38 was the season of the long strike."));
        assertEquals(LineLayout.Kind.NONE, kind("On July 16, 1969 Apollo 11 lifted off."));
    }

    @Test
    void dateOnlyLines() {
        for (String s : List.of("July 16, 1969", "July 24 1969", "Tuesday 3rd March", "16 July 1969", "1969-07-16",
                "Monday, May 06, 2013", "1937", "June 17, 1972:")) {
            assertEquals(LineLayout.Kind.DATE_ONLY, kind(s), s);
        }
        assertEquals(LineLayout.Kind.NONE, kind("July"));
    }

    @Test
    void gluedLabelsEndWhereTheValueStarts() {
        assertEquals(11, LineLayout.gluedLabelEnd("Launch dateJuly 16, 1969, 13:32:00 UTC"));
        assertEquals(12, LineLayout.gluedLabelEnd("EVA duration2 hours, 31 minutes"));
        assertEquals(9, LineLayout.gluedLabelEnd("Known forCaptain of the ship"));
        assertEquals(4, LineLayout.gluedLabelEnd("Born(1891-09-13)13 September 1891"));
        // names and file names are not labels glued to values
        assertEquals(-1, LineLayout.gluedLabelEnd("MacArthur returned to the islands"));
        assertEquals(-1, LineLayout.gluedLabelEnd("DeWitt Clinton spoke"));
        assertEquals(-1, LineLayout.gluedLabelEnd("Mitchell001res"));
        assertEquals(-1, LineLayout.gluedLabelEnd("The ship was launched in 1931."));
        assertEquals(-1, LineLayout.gluedLabelEnd("the lower caseValue 3"));
    }

    @Test
    void labelsFollowedOnlyByASpace() {
        assertEquals(9, LineLayout.spacedLabelEnd("In office 4 March 1929 – 4 March 1933"));
        assertEquals(11, LineLayout.spacedLabelEnd("Preceded by Herbert Hoover"));
        // one word is a name or a title, not a label; a sentence is not a field
        assertEquals(-1, LineLayout.spacedLabelEnd("Apollo 11"));
        assertEquals(-1, LineLayout.spacedLabelEnd("He was born in Ohio in 1930."));
        assertEquals(-1, LineLayout.spacedLabelEnd("Known for his work on Gemini"));
    }

    @Test
    void colonLabelsAndQuestions() {
        LineLayout.Shape f = LineLayout.shape("Birth Date: 1884-03-09", 0, 22);
        assertEquals(LineLayout.Kind.FIELD, f.kind());
        assertEquals(10, f.labelEnd());
        assertEquals(12, f.valueStart());
        assertFalse(f.glued());
        assertEquals(LineLayout.Kind.FIELD, kind("Term Start2: 12 May 1921"));
        assertEquals(LineLayout.Kind.NONE, kind("So with a little help from the encyclopedia here they come: more"));
        assertEquals(LineLayout.Kind.NONE, kind("Timeline:"));
        LineLayout.Shape q = LineLayout.shape("Q. When did it land?", 0, 20);
        assertEquals(LineLayout.Kind.QUESTION, q.kind());
        assertEquals(3, q.contentStart());
        assertEquals(LineLayout.Kind.QUESTION, kind("Who commanded the ship?"));
    }

    @Test
    void headlinesCarryAFact() {
        assertTrue(LineLayout.headline("HINDENBURG EXPLODES, 32 DIE"));
        assertTrue(LineLayout.headline("May 6, 1931 Hindenburg crash"));
        assertFalse(LineLayout.headline("NEIL ARMSTRONG"));
        assertFalse(LineLayout.headline("Early Life"));
        assertFalse(LineLayout.headline("July 16, 1969"));
    }

    @Test
    void anEnumerationNeedsTwoItemsAndAnAnswerAQuestion() {
        Document one = Structured.of("Body text here.\n\nA. Philip Randolph spoke first.\nHe was cheered.\n", InputFormat.TEXT);
        assertEquals(List.of("Body text here.", "A. Philip Randolph spoke first.", "He was cheered."),
                one.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(Layout.PROSE, Layout.PROSE, Layout.PROSE), kinds(one));
        Document list = Structured.of("Who was dismissed?\n\na. Robert Bork\nb. Archibald Cox\n", InputFormat.TEXT);
        assertEquals(List.of("Robert Bork", "Archibald Cox"), list.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(Layout.LIST_ITEM, Layout.LIST_ITEM), kinds(list));
    }

    @Test
    void anUnpunctuatedTimelineIsOneUnitPerLine() {
        String text = "Events\n\nMay 3, 1937 - The ship leaves Frankfurt\nMay 6, 1937 - The ship burns at Lakehurst\n";
        Document d = Structured.of(text, InputFormat.TEXT);
        assertEquals(List.of("May 3, 1937 - The ship leaves Frankfurt", "May 6, 1937 - The ship burns at Lakehurst"),
                d.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(Layout.TIMELINE, Layout.TIMELINE), kinds(d));
        assertEquals(0, d.sentences().get(0).layout().first());
        assertEquals(1, d.sentences().get(1).layout().first());
    }

    private static List<Layout> kinds(Document d) {
        List<Layout> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            out.add(s.layout().kind());
        }
        return out;
    }
}
