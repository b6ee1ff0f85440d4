package dev.claims.citation;

import dev.claims.model.Citation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution of each note form against a hand-built document. */
class NoteResolverTest {
    private static Document document(List<String> notes, List<String> bibliography) {
        StringBuilder text = new StringBuilder("Body.\n\n");
        List<Note> ns = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            int start = text.length();
            text.append(i + 1).append(' ').append(notes.get(i)).append("\n\n");
            ns.add(new Note(String.valueOf(i + 1), notes.get(i), new Span(start, start + notes.get(i).length() + 2)));
        }
        List<BibEntry> bs = new ArrayList<>();
        for (String b : bibliography) {
            int start = text.length();
            text.append(b).append("\n\n");
            bs.add(new BibEntry(b, new Span(start, start + b.length()), "Bibliography"));
        }
        return new Document("d.txt", Path.of("d.txt"), InputFormat.TEXT, text.toString(), "d", null, null, List.of(),
                List.of(), List.of(), ns, bs, List.of(), List.of());
    }

    @Test
    void eachForm() {
        Document d = document(List.of(
                "Roberts, 12.",
                "Geoffrey Roberts, *Stalin's Wars* (New Haven: Yale University Press, 2006), 10.",
                "Ibid.",
                "Roberts, op. cit., 14.",
                "Geoffrey Roberts, *Stalin's Wars* (New Haven: Yale University Press, 2006), 20.",
                "*Stalin's Wars*, 30.",
                "Roberts, 40; Butler, 50.",
                "See the discussion above."),
                List.of("Butler, Susan. *Roosevelt and Stalin*. New York: Knopf, 2015."));
        List<Citation> c = new NoteResolver().resolve(d).citations();
        assertEquals(9, c.size());
        assertEquals(List.of("short", "unresolved", "Short form Roberts comes before the work's full citation in note 2."),
                List.of(c.get(0).form(), c.get(0).resolution(), c.get(0).reason()));
        assertEquals("Full citation of Roberts, Stalin's Wars; the bibliography has no entry for it.", c.get(1).reason());
        assertEquals(List.of("ibid", "resolved", "10"), List.of(c.get(2).form(), c.get(2).resolution(), c.get(2).locator()));
        assertEquals(List.of("op-cit", "Stalin's Wars", "14"), List.of(c.get(3).form(), c.get(3).work().title(), c.get(3).locator()));
        assertEquals("Repeats the full citation of Roberts, Stalin's Wars in note 2.", c.get(4).reason());
        assertEquals(c.get(1).work(), c.get(4).work());
        assertEquals(List.of("Stalin's Wars", "30"), List.of(c.get(5).work().title(), c.get(5).locator()));
        assertEquals(List.of("7", "Stalin's Wars", "40"), List.of(c.get(6).noteLabel(), c.get(6).work().title(), c.get(6).locator()));
        assertEquals(List.of("7", "Roosevelt and Stalin", "50"), List.of(c.get(7).noteLabel(), c.get(7).work().title(), c.get(7).locator()));
        assertEquals(List.of("unparsed", "unresolved"), List.of(c.get(8).form(), c.get(8).resolution()));
        assertNull(c.get(8).work());
    }

    @Test
    void anAuthorWithTwoWorksNeedsTheShortTitle() {
        Document d = document(List.of("Butler, 12.", "Butler, *Roosevelt and Stalin*, 13.", "Butler, *Dear Mr. Stalin*, 14."),
                List.of("Butler, Susan, ed. *My Dear Mr. Stalin*. New Haven: Yale University Press, 2005.",
                        "Butler, Susan. *Roosevelt and Stalin*. New York: Knopf, 2015."));
        List<Citation> c = new NoteResolver().resolve(d).citations();
        assertEquals("ambiguous", c.get(0).resolution());
        assertEquals("Short form Butler matches 2 works: Butler, My Dear Mr. Stalin; Butler, Roosevelt and Stalin.", c.get(0).reason());
        assertEquals("Roosevelt and Stalin", c.get(1).work().title());
        assertEquals("My Dear Mr. Stalin", c.get(2).work().title());
        assertEquals("Short form Butler, 'Dear Mr. Stalin' matches Butler, My Dear Mr. Stalin in the bibliography, with a different spelling.",
                c.get(2).reason());
    }
}
