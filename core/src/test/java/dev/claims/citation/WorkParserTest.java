package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkParserTest {
    private static final Span SPAN = new Span(0, 1);

    private static ParsedReference note(String text) {
        return WorkParser.parse(text, SPAN, WorkParser.Origin.NOTE).orElseThrow();
    }

    private static Work entry(String text) {
        return WorkParser.parse(text, SPAN, WorkParser.Origin.BIBLIOGRAPHY).orElseThrow().work();
    }

    private static List<String> families(List<PersonName> names) {
        return names.stream().map(PersonName::family).toList();
    }

    @Test
    void chicagoNoteForBook() {
        ParsedReference r = note("Susan Butler, *Roosevelt and Stalin: Portrait of a Partnership* (New York: Knopf Doubleday, 2015), 466-67.");
        Work w = r.work();
        assertEquals("full", r.form());
        assertEquals("book", w.type());
        assertEquals(List.of(new PersonName("Butler", "Susan", "Susan Butler")), w.authors());
        assertEquals("Roosevelt and Stalin", w.title());
        assertEquals("Portrait of a Partnership", w.subtitle());
        assertEquals("New York", w.place());
        assertEquals("Knopf Doubleday", w.publisher());
        assertEquals("2015", w.year());
        assertEquals("466-67", r.locator());
    }

    @Test
    void chicagoNoteWithEditorParticleAndDescription() {
        Work resis = note("Albert Resis, ed., *Molotov Remembers: Inside Kremlin Politics* (Chicago: Ivan R. Dee, Inc., 1993), 28.").work();
        assertEquals(List.of(), resis.authors());
        assertEquals(List.of("Resis"), families(resis.editors()));
        assertEquals("Ivan R. Dee, Inc.", resis.publisher());
        Work ree = note("Erik van Ree, *The Political Thought of Joseph Stalin : A Study* (London: Taylor & Francis Group, 2002), 102-03.").work();
        assertEquals(new PersonName("van Ree", "Erik", "Erik van Ree"), ree.authors().get(0));
        ParsedReference ost = note("Christian F. Ostermann, editor, *Stalin and the Cold War, 1945-1953*, Cold War International History Project conference document (Yale University, 23-26 September 1999), 347-49.");
        assertEquals("Yale University", ost.work().publisher());
        assertEquals("1999", ost.work().year());
        assertEquals("347-49", ost.locator());
        Work craig = note("Campbell Craig, and Fredrik Logevall, *America's Cold War : The Politics of Insecurity* (Boston: Harvard University Press, 2009), 67-68.").work();
        assertEquals(List.of("Craig", "Logevall"), families(craig.authors()));
    }

    @Test
    void articlesInNotesAndBibliographies() {
        ParsedReference r = note("Mary Glantz, \"An Officer and a Diplomat? the Ambiguous Position of Philip R. Faymonville,\" *The Journal of Military History* 72, no. 1 (01, 2008): 146-51..");
        assertEquals("article", r.work().type());
        assertEquals("The Journal of Military History", r.work().container());
        assertEquals("72", r.work().volume());
        assertEquals("1", r.work().issue());
        assertEquals("2008", r.work().year());
        assertEquals("146-51", r.locator());
        Work fischer = entry("Fischer, George. \"Genesis of U. S.-Soviet Relations in World War II.\" *The Review of Politics* 12, no. 3 (1950): 363–78.");
        assertEquals("Genesis of U. S.-Soviet Relations in World War II", fischer.title());
        assertEquals("363–78", fischer.pages());
        assertEquals("12", fischer.volume());
        assertEquals("3", fischer.issue());
        Work watson = entry("Watson, Derek. \"Molotov, the Making of the Grand Alliance and the Second Front 1939-1942.\" *Europe-Asia Studies*, 54(1, 2002), 51–85.");
        assertEquals(List.of("54", "1", "2002"), List.of(watson.volume(), watson.issue(), watson.year()));
        Work kennan = entry("Kennan, George. \"The sources of Soviet conduct.\" *Foreign Affairs*, No 4; Vol. 25 (1947): 566-582. https://www.cvce.eu/content/a.pdf");
        assertEquals(List.of("25", "4", "1947", "566-582"), List.of(kennan.volume(), kennan.issue(), kennan.year(), kennan.pages()));
        assertEquals("https://www.cvce.eu/content/a.pdf", kennan.url());
    }

    @Test
    void chicagoBibliographyEntries() {
        Work ed = entry("Butler, Susan, ed. *My Dear Mr. Stalin : The Complete Correspondence*. New Haven: Yale University Press, 2006.");
        assertEquals(List.of(new PersonName("Butler", "Susan", "Butler, Susan")), ed.editors());
        assertEquals("My Dear Mr. Stalin", ed.title());
        assertEquals("New Haven", ed.place());
        Work siegel = entry("Siegel, Katherine A. *Loans and Legitimacy: The Evolution of Soviet-American Relations, 1919-1933*, University Press of Kentucky, 1996.");
        assertEquals("", siegel.place());
        assertEquals("University Press of Kentucky", siegel.publisher());
        assertEquals("Katherine A.", siegel.authors().get(0).given());
        Work ree = entry("Ree, Erik van. *The Political Thought of Joseph Stalin*. London: Taylor & Francis Group, 2002.");
        assertEquals("van Ree", ree.authors().get(0).family());
        Work roberts = entry("Roberts, Geoffrey. *Stalin's Wars: From World War to Cold War, 1939-1953*. New Haven, Conn.: Yale University Press, 2006.");
        assertEquals("New Haven, Conn.", roberts.place());
    }

    @Test
    void readingListEntriesWithoutMarkedTitles() {
        Work sibley = entry("Sibley, Katherine A. S. Loans and Legitimacy: The Evolution of Soviet-American Relations, 1919-1933. Lexington: University Press of Kentucky, 1996. Traces the impact of economic ties on decisions in Washington and Moscow.");
        assertEquals(new PersonName("Sibley", "Katherine A. S.", "Sibley, Katherine A. S."), sibley.authors().get(0));
        assertEquals("Loans and Legitimacy", sibley.title());
        assertEquals("The Evolution of Soviet-American Relations, 1919-1933", sibley.subtitle());
        assertEquals(List.of("Lexington", "University Press of Kentucky", "1996"), List.of(sibley.place(), sibley.publisher(), sibley.year()));
        Work morris = entry("Morris, M. Wayne. Stalin’s Famine and Roosevelt’s Recognition of Russia. Lanham, Md.: University Press of America, 1994. Analysis.");
        assertEquals("M. Wayne", morris.authors().get(0).given());
        assertEquals("Stalin's Famine and Roosevelt's Recognition of Russia", morris.title());
        assertEquals("Lanham, Md.", morris.place());
        Work richman = entry("Richman, John. The United States and the Soviet Union: The Decision to Recognize. Raleigh, N.C.: Camberleigh & Hall, 1980. Valuable.");
        assertEquals("Raleigh, N.C.", richman.place());
        assertEquals("Camberleigh & Hall", richman.publisher());
    }

    @Test
    void authorDateTemplatesAndUrls() {
        Work apa = entry("Butler, S. (2015). Roosevelt and Stalin: Portrait of a partnership. New York: Knopf.");
        assertEquals(List.of("Butler", "S.", "2015", "Roosevelt and Stalin", "New York", "Knopf"), List.of(apa.authors().get(0).family(),
                apa.authors().get(0).given(), apa.year(), apa.title(), apa.place(), apa.publisher()));
        ParsedReference t = note("{{cite book |last=Sibley |first=Katherine A. S. |title=Loans and Legitimacy |location=Lexington |publisher=University Press of Kentucky |year=1996 |page=12 |isbn=978-0-8131-1914-4}}");
        assertEquals(new PersonName("Sibley", "Katherine A. S.", "Sibley, Katherine A. S."), t.work().authors().get(0));
        assertEquals(List.of("Loans and Legitimacy", "Lexington", "1996", "12", "978-0-8131-1914-4"),
                List.of(t.work().title(), t.work().place(), t.work().year(), t.locator(), t.work().isbn()));
        ParsedReference web = note("{{cite web|url=https://history.state.gov/milestones/1921-1936/ussr|title=Recognition of the Soviet Union, 1933|website=Office of the Historian}}");
        assertEquals("web", web.work().type());
        assertEquals("Office of the Historian", web.work().container());
        ParsedReference bare = note("https://www.law.cornell.edu/constitution-conan/article-2/section-2/clause-2/the-litvinov-agreement");
        assertEquals("url", bare.form());
        assertEquals("https://www.law.cornell.edu/constitution-conan/article-2/section-2/clause-2/the-litvinov-agreement", bare.work().url());
        ParsedReference link = note("Article: [https://history.state.gov/milestones/1921-1936/ussr| Recognition of the Soviet Union, 1933]");
        assertEquals("Recognition of the Soviet Union, 1933", link.work().title());
        assertEquals("https://history.state.gov/milestones/1921-1936/ussr", link.work().url());
    }

    @Test
    void shortFormsAreNotFullReferences() {
        assertTrue(WorkParser.parse("Butler, *Roosevelt and Stalin*, 249.", SPAN, WorkParser.Origin.NOTE).isEmpty());
        assertTrue(WorkParser.parse("Roberts, 311-12.", SPAN, WorkParser.Origin.NOTE).isEmpty());
    }

    @Test
    void shortForms() {
        ParsedReference a = ShortFormParser.parse("Craig and Logevall, 75-76. In an effort to appear to be honoring FDR's wish.", SPAN).orElseThrow();
        assertEquals(List.of("Craig", "Logevall"), a.families());
        assertEquals("75-76", a.locator());
        ParsedReference b = ShortFormParser.parse("Butler, *Roosevelt and Stalin*, 96, 244.", SPAN).orElseThrow();
        assertEquals(List.of("Butler"), b.families());
        assertEquals("Roosevelt and Stalin", b.shortTitle());
        assertEquals("96, 244", b.locator());
        ParsedReference ibid = ShortFormParser.parse("Ibid., 45.", SPAN).orElseThrow();
        assertEquals(List.of("ibid", "45"), List.of(ibid.form(), ibid.locator()));
        ParsedReference op = ShortFormParser.parse("Roberts, op. cit., 12.", SPAN).orElseThrow();
        assertEquals(List.of("op-cit", "12"), List.of(op.form(), op.locator()));
        assertTrue(ShortFormParser.parse("In an effort to appear to be honoring the wish, Baruch drew up a plan.", SPAN).isEmpty());
    }

    @Test
    void noteWrittenInBibliographyStyle() {
        ParsedReference r = note("Sibley, Katherine A. S. *Loans and Legitimacy*. Lexington: University Press of Kentucky, 1996, 12.");
        assertEquals(List.of(new PersonName("Sibley", "Katherine A. S.", "Sibley, Katherine A. S.")), r.work().authors());
        assertEquals(List.of("Lexington", "University Press of Kentucky", "1996", "12"),
                List.of(r.work().place(), r.work().publisher(), r.work().year(), r.locator()));
    }
}
