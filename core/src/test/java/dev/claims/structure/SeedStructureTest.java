package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.LineMap;
import dev.claims.model.Marker;
import dev.claims.model.Note;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five bundled seeds, with expectations taken from reading them. */
class SeedStructureTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void invariantsHoldAndLettersMapBack(String seed) {
        Document d = Structured.seed(seed);
        Structured.assertInvariants(d);
        Structured.assertLettersMapBack(d);
        assertFalse(d.sentences().isEmpty());
    }

    // ---- seed 003: essay exported from a PDF, notes after each page ----

    @Test
    void seed003EveryMarkerLinksToExactlyOneNote() {
        Document d = Structured.seed("003");
        assertEquals(InputFormat.TEXT, d.format());
        List<String> labels = d.markers().stream().map(Marker::label).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 83; i++) {
            expected.add(String.valueOf(i));
        }
        assertEquals(expected, labels);
        assertEquals(83, d.notes().size());
        Map<String, List<Note>> byLabel = d.notes().stream().collect(Collectors.groupingBy(Note::label));
        for (String l : expected) {
            assertEquals(1, byLabel.get(l).size(), "note " + l);
        }
        // every marker is attached to exactly one sentence
        List<String> attached = d.sentences().stream().flatMap(s -> s.markers().stream()).toList();
        assertEquals(expected, attached);
        for (Marker m : d.markers()) {
            assertTrue(m.span().of(d.text()).chars().allMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0));
        }
    }

    @Test
    void seed003NotesAreNotMerged() {
        Map<String, Note> notes = Structured.seed("003").notes().stream().collect(Collectors.toMap(Note::label, Function.identity()));
        assertEquals("Roosevelt, 251.", notes.get("3").text());
        assertEquals("Susan Butler, *Roosevelt and Stalin: Portrait of a Partnership* (New York: Knopf Doubleday, 2015), 466-67.",
                notes.get("1").text());
        assertEquals("Elliott Roosevelt, *As He Saw It* (New York: Duell, Sloan and Pearce, 1946), 256.", notes.get("2").text());
        assertEquals("Siegel, 45.", notes.get("12").text());
        assertEquals("Ulam, 437.", notes.get("83").text());
        assertTrue(notes.get("78").text().startsWith("Craig and Logevall, 75-76. In an effort"));
        assertTrue(notes.get("78").text().endsWith("they were sure to refuse it."));
        Document d = Structured.seed("003");
        LineMap lines = d.lineMap();
        assertEquals(19, lines.line(notes.get("3").span().start()));
        assertEquals(293, lines.line(notes.get("83").span().start()));
    }

    @Test
    void seed003SentenceCutByNotesIsRejoined() {
        Document d = Structured.seed("003");
        Sentence s = find(d, "Stalin continued to grant friendly interviews with American politicians");
        assertTrue(s.text().contains("American politicians and journalists (including Elliot Roosevelt himself) reaffirming"), s.text());
        assertEquals(List.of("4"), s.markers());
        assertFalse(s.text().contains("Roosevelt, 251"));
        assertEquals(13, d.lineMap().line(s.span().start()));
        assertEquals(21, d.lineMap().line(s.span().end() - 1));
        assertTrue(find(d, "Soviet-French-British pact").text().startsWith("Finally on April 16, Stalin boldly proposed"));
        assertTrue(find(d, "if we see that Germany is winning").text().endsWith("let them kill as many as possible.”"));
    }

    @Test
    void seed003CleansSentences() {
        Document d = Structured.seed("003");
        assertTrue(find(d, "thirty-year $6 billion low interest loan").text().contains("(which at one point"));
        for (Sentence s : d.sentences()) {
            assertFalse(s.text().contains("*"), s.text());
            assertFalse(s.text().contains("\\$"), s.text());
            assertTrue(s.text().chars().noneMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0), s.text());
        }
        Sentence pravda = find(d, "commemorated Roosevelt with a lengthy article");
        assertTrue(pravda.text().startsWith("Pravda, the official newspaper"));
        assertEquals(List.of("1"), pravda.markers());
        assertTrue(find(d, "agitational Comintern organizing in the U.S.").text().endsWith("in the U.S."));
    }

    @Test
    void seed003TitleAuthorDateAndBibliography() {
        Document d = Structured.seed("003");
        assertEquals("Joseph Stalin and the Soviet-U.S. Partnership, 1917-1947", d.title());
        assertEquals("Robert M. Wesser", d.author());
        assertEquals("11-30-2021", d.date());
        List<BibEntry> bib = d.bibliography();
        // BOOKS: Butler (ed.), Butler, Craig, Gray, Ostermann, Ree, Riasanovsky, Siegel, Resis, Roberts, Roosevelt, Ulam;
        // ARTICLES: Fischer, Glantz, Kennan, Mayers, Sanchez-Sibony, Watson, Wells.
        assertEquals(19, bib.size());
        assertEquals(12, bib.stream().filter(b -> b.section().equals("BIBLIOGRAPHY / BOOKS")).count());
        assertEquals(7, bib.stream().filter(b -> b.section().equals("BIBLIOGRAPHY / ARTICLES")).count());
        assertEquals("Butler, Susan, ed. *My Dear Mr. Stalin : The Complete Correspondence of Franklin D. Roosevelt and "
                + "Joseph V. Stalin*. New Haven: Yale University Press, 2006.", bib.get(0).text());
        assertTrue(bib.get(4).text().startsWith("Ostermann, Christian F., ed. *Stalin and the Cold War, 1945-1953*"));
        assertTrue(bib.get(4).text().endsWith(" https://www.wilsoncenter.org/sites/default/files/media/documents/publication/"
                + "stalin_and_the_cold_war_1945-53.pdf"));
        assertEquals("Ree, Erik van. *The Political Thought of Joseph Stalin : A Study in Twentieth Century Revolutionary "
                + "Patriotism*. London: Taylor & Francis Group, 2002.", bib.get(5).text());
        assertEquals("Wells, H.G. \"H G Wells: 'It seems to me that I am more to the Left than you, Mr. Stalin'.\" *The New "
                + "Statesmen*, October 27, 1934. <https://www.newstatesman.com/uncategorized/2014/04/h-g-wells-it-seems-me-i-"
                + "am-more-left-you-mr-stalin>", bib.get(18).text());
        assertEquals(301, d.lineMap().line(bib.get(0).span().start()));
        for (Sentence s : d.sentences()) {
            assertFalse(s.text().startsWith("BIBLIOGRAPHY") || s.text().contains("Yale University Press, 2006."), s.text());
        }
    }

    // ---- seed 000: encyclopedia entry with index lines ----

    @Test
    void seed000FurtherReadingHasTenEntries() {
        Document d = Structured.seed("000");
        List<BibEntry> bib = d.bibliography();
        assertEquals(10, bib.size());
        assertTrue(bib.stream().allMatch(b -> b.section().equals("Further Reading")));
        assertEquals("Bennett, Edward M. Recognition of Russia: An American Foreign Policy Dilemma. Waltham, Mass.: "
                + "Blaisdell, 1970. Discusses the political and legal aspects of the U.S. government’s decision.", bib.get(0).text());
        assertTrue(bib.get(8).text().startsWith("Sibley, Katherine A. S. Loans and Legitimacy"));
        assertTrue(bib.get(9).text().startsWith("Wilson, Joan H. Ideology and Economics"));
        assertTrue(bib.stream().noneMatch(b -> b.text().contains("Nazi-Soviet Pact")));
        assertEquals(56, d.lineMap().line(bib.get(0).span().start()));
        assertEquals("United States Recognizes Russia’s Bolshevik Regime", d.title());
    }

    @Test
    void seed000IndexNoiseNeverLeaksIntoSentences() {
        Document d = Structured.seed("000");
        for (Sentence s : d.sentences()) {
            String t = s.text();
            for (String bad : List.of("[kw]", "[g]", "[c]", "[p]", ";", "Litvinov, Maksim Maksimovich", "Roosevelt, Franklin D.",
                    "Bolshevik regime, U.S. recognition", "U.S. Soviet relations", "Ford Motor Company Ford", "Propaganda",
                    "(1918-1921), Russian Civil War")) {
                assertFalse(t.contains(bad), "'" + bad + "' in: " + t);
            }
        }
        assertEquals("During the Russian Civil War (1918-1921), the United States even sent troops to Russia to assist "
                + "opponents of the Bolshevik regime.", find(d, "Russian Civil War").text());
        assertTrue(find(d, "In 1929, Ford Motor Company signed a contract").text().startsWith("In 1929,"));
        assertEquals("Americans also opposed the Soviets’ support of communist propaganda in other nations (especially in "
                + "democratic states) and their refusal to repay debts owed by previous Russian governments.",
                find(d, "communist propaganda").text());
        assertTrue(find(d, "needed for important dialogue").text().endsWith("on many future issues."));
        assertTrue(d.noise().stream().anyMatch(n -> n.reason().equals("encyclopedia index lines")
                && n.span().of(d.text()).contains("Litvinov, Maksim Maksimovich")));
    }

    @Test
    void seed000OcrBrokenYearReadsWhole() {
        Document d = Structured.seed("000");
        Sentence s = find(d, "invasion of Manchuria in 1931");
        int at = s.text().indexOf("1931");
        // the cleaned "1931" maps back to "1 931" in the original
        assertEquals("1 931", d.text().substring(s.offsets()[at], s.offsets()[at + 3] + 1));
        assertTrue(d.noise().stream().anyMatch(n -> n.reason().equals("OCR break inside a number")));
    }

    // ---- seed 001: MediaWiki source saved from a "Changes" view ----

    @Test
    void seed001WikiMarkupIsGone() {
        Document d = Structured.seed("001");
        assertEquals(InputFormat.MEDIAWIKI, d.format());
        assertEquals(1, d.notes().size());
        Note ref = d.notes().get(0);
        assertEquals("1", ref.label());
        assertTrue(ref.text().contains("https://www.law.cornell.edu/constitution-conan/article-2/section-2/clause-2/the-litvinov-agreement"));
        assertEquals(List.of("1"), d.markers().stream().map(Marker::label).toList());
        assertEquals(List.of("1"), find(d, "exchanged a series of letters").markers());
        List<BibEntry> bib = d.bibliography();
        assertEquals(2, bib.size());
        assertEquals("Republished from Office of the Historian, United States Department of State <https://history.state.gov/>",
                bib.get(0).text());
        assertEquals("Article: Recognition of the Soviet Union, 1933 <https://history.state.gov/milestones/1921-1936/ussr>",
                bib.get(1).text());
        assertEquals("Works Cited", bib.get(0).section());
        for (Sentence s : d.sentences()) {
            for (String bad : List.of("[[", "]]", "{{", "}}", "<ref", "</ref", "__NOTOC__", "==", "Jump to", "no edit summary",
                    "Navigation menu", "Category", "thumbnail", "Changes")) {
                assertFalse(s.text().contains(bad), "'" + bad + "' in: " + s.text());
            }
        }
        assertTrue(find(d, "Washington, D.C. with the Soviet Commissar").text().startsWith("On November 16, 1933"));
        assertTrue(find(d, "the U.S. Government would be willing").text().startsWith("The letter intimated"));
    }

    // ---- seed 002: exhibit page text, no notes ----

    @Test
    void seed002BoilerplateRemovedAndNoNotes() {
        Document d = Structured.seed("002");
        assertTrue(d.notes().isEmpty());
        assertTrue(d.markers().isEmpty());
        assertTrue(d.bibliography().isEmpty());
        assertTrue(d.warnings().isEmpty());
        for (Sentence s : d.sentences()) {
            for (String bad : List.of("Bookmark this item", "Back to Top", "Read the translation", "Sections:",
                    "Document on Food Shipments", "truncated image")) {
                assertFalse(s.text().contains(bad), "'" + bad + "' in: " + s.text());
            }
        }
        assertEquals(9, d.noise().stream().filter(n -> n.reason().contains("bookmark")).count());
        assertTrue(find(d, "Communist-controlled economy").text().startsWith("As factories stood idle"));
        assertTrue(find(d, "full-scale economic reform").text().startsWith("With President Yeltsin's recognition"));
    }

    // ---- seed 004: essay-site excerpt ----

    @Test
    void seed004EssaySiteJunkIsNoise() {
        Document d = Structured.seed("004");
        assertEquals("Stalin And Fdr's Relationship", d.title());
        for (Sentence s : d.sentences()) {
            for (String bad : List.of("show more content", "Words3 Pages", "More about", "Open Document")) {
                assertFalse(s.text().contains(bad), "'" + bad + "' in: " + s.text());
            }
        }
        assertNull(d.author());
        assertTrue(d.notes().isEmpty());
    }

    static Sentence find(Document d, String fragment) {
        return d.sentences().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence contains: " + fragment));
    }
}
