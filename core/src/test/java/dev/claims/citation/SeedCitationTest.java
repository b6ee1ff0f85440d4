package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.model.Citation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.ExtractedDocument;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 003: every one of its 83 notes resolves to a work, with the values read off the document by hand. */
class SeedCitationTest {
    private static ExtractedDocument essay;
    private static Map<String, Citation> byNote;

    @BeforeAll
    static void extract() {
        essay = Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(TestPaths.seed("003"))).documents().get(0);
        byNote = essay.citations().stream().collect(Collectors.toMap(Citation::noteLabel, Function.identity()));
    }

    @Test
    void everyNoteResolves() {
        assertEquals(83, essay.citations().size());
        assertEquals(83, essay.citations().stream().filter(c -> c.resolution().equals("resolved")).count());
        assertTrue(essay.citations().stream().allMatch(c -> !c.reason().isEmpty() && c.work() != null));
        Map<String, Long> forms = essay.citations().stream().collect(Collectors.groupingBy(Citation::form, Collectors.counting()));
        assertEquals(Map.of("full", 17L, "short", 66L), forms);
    }

    @Test
    void worksFromBibliographyAndFullNotes() {
        DocumentCitations dc = new DocumentCitations(essay);
        assertEquals(19, dc.bibliography().size()); // 12 books (Ostermann's URL joined to its entry) and 7 articles
        assertEquals(17, dc.noteWorks().size());
        Work ostermann = dc.bibliography().stream().filter(w -> w.title().startsWith("Stalin and the Cold War")).findFirst().orElseThrow();
        assertTrue(ostermann.url().endsWith("stalin_and_the_cold_war_1945-53.pdf"));
    }

    @Test
    void shortFormsResolveToTheirWorks() {
        Citation n3 = byNote.get("3");
        assertEquals("Roosevelt, 251.", n3.text());
        assertEquals("short", n3.form());
        assertEquals("As He Saw It", n3.work().title());
        assertEquals(new PersonName("Roosevelt", "Elliott", "Roosevelt, Elliott"), n3.work().authors().get(0));
        assertEquals("251", n3.locator());
        assertEquals("van Ree", byNote.get("7").work().authors().get(0).family());
        assertEquals("96, 244", byNote.get("42").locator());
        assertEquals("Roosevelt and Stalin", byNote.get("42").work().title());
        assertEquals("My Dear Mr. Stalin", byNote.get("52").work().title());
        assertEquals("My Dear Mr. Stalin", byNote.get("29").work().title());
        assertEquals("America's Cold War", byNote.get("78").work().title());
        assertEquals("75-76", byNote.get("78").locator());
        assertEquals("Loans and Legitimacy", byNote.get("13").work().title());
        assertEquals("Short form Siegal matches Siegel, Loans and Legitimacy in the bibliography, with a different spelling.",
                byNote.get("13").reason());
        assertEquals("Stalin and the Cold War, 1945-1953", byNote.get("76").work().title());
    }

    @Test
    void fullNotesMatchTheBibliography() {
        Citation n1 = byNote.get("1");
        assertEquals("full", n1.form());
        assertEquals("466-67", n1.locator());
        assertEquals("Full citation of Butler, Roosevelt and Stalin, matching its bibliography entry.", n1.reason());
        Citation n11 = byNote.get("11");
        assertEquals("", n11.work().place()); // the bibliography's description: no place
        Citation n68 = byNote.get("68");
        assertEquals("Full citation of Churchill, The Sinews of War; the bibliography has no entry for it.", n68.reason());
        assertEquals("1946", n68.work().year());
        assertNull(essay.citations().stream().filter(c -> c.resolution().equals("ambiguous")).findFirst().orElse(null));
    }
}
