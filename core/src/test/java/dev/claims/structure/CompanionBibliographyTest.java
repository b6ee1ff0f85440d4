package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document joined to the file holding its bibliography: a reference list, a README section, a .bib database. */
class CompanionBibliographyTest {
    private static Document markdown(String text) {
        return new MarkdownStructurer().structure(new RawDocument("chapter.md", Path.of("chapter.md"), text,
                InputFormat.MARKDOWN, List.of()));
    }

    @Test
    void keysPickTheCitedLinesOfAReferenceList() {
        Document chapter = markdown("# Kinds\n\nAs @Hale_2003_Natural_kinds argues, and [@Osei_1999_Tides, p. 4] too.\n"
                + "Write to me@example.org; code `@Not_a_key` is code.\n");
        String list = "Hale, R. (2003). Natural kinds. In *Essays*. Leeds: Dale.\n"
                + "Hale, R. (2005). Natural kinds again. Leeds: Dale.\n"
                + "Osei, K. (1999). *Tides*. Accra: Coast.\n";
        Document joined = CompanionBibliography.join(chapter, Path.of("refs.txt"), list,
                CompanionBibliography.entries(markdown(list)));
        List<String> entries = joined.bibliography().stream().map(BibEntry::text).toList();
        assertEquals(List.of("Hale, R. (2003). Natural kinds. In *Essays*. Leeds: Dale.",
                "Osei, K. (1999). *Tides*. Accra: Coast."), entries);
        BibEntry osei = joined.bibliography().get(1);
        assertEquals("Osei, K. (1999). *Tides*. Accra: Coast.", osei.span().of(joined.text()));
        assertTrue(joined.text().startsWith(chapter.text()));
        assertEquals(List.of("bibliography read from refs.txt"), joined.warnings());
    }

    @Test
    void withoutKeysEveryEntryOfTheCompanionSectionCounts() {
        Document report = markdown("# Report\n\nThe lake holds raw data.[^1]\n\n[^1]: EAGAR, 2021, p. 43\n");
        Document readme = markdown("# Course\n\nSome text.\n\n## BIBLIOGRAFIA\n\n"
                + "EAGAR, Gareth. **Data Engineering**. Birmingham: Packt, 2021.\n\n"
                + "GOPALAN, Rukmani. **The Cloud Data Lake**. Sebastopol: O'Reilly, 2023.\n");
        Document joined = CompanionBibliography.join(report, Path.of("README.md"), readme.text(),
                CompanionBibliography.entries(readme));
        assertEquals(2, joined.bibliography().size());
        assertEquals("EAGAR, Gareth. *Data Engineering*. Birmingham: Packt, 2021.", joined.bibliography().get(0).text());
        assertEquals("BIBLIOGRAFIA", joined.bibliography().get(0).section());
        assertEquals(report.notes(), joined.notes());
    }

    @Test
    void aBibTexDatabaseGivesItsCitedEntriesInAuthorDateForm() {
        String tex = "A type theory\\footnote{See \\citet[p.~3]{ML84}.} and more \\cite{HS98, ML84}.\n"
                + "% \\cite{Commented}\n";
        Document chapter = new PlainTextStructurer().structure(new RawDocument("formal.tex", Path.of("formal.tex"), tex,
                InputFormat.TEXT, List.of()));
        assertEquals(List.of("ML84", "HS98"), CitationKeys.in(chapter));
        String bib = "@string{nap = {Naples}}\n"
                + "@book{ML84,\n  author = {Martin-L{\\\"o}f, Per},\n  title = {Intuitionistic type theory},\n"
                + "  publisher = {Bibliopolis},\n  address = nap,\n  year = 1984\n}\n\n"
                + "@incollection{HS98,\n  author = {Martin Hofmann and Thomas Streicher},\n"
                + "  title = {The groupoid interpretation of type theory},\n  booktitle = {Twenty-five years of constructive type theory},\n"
                + "  publisher = {Oxford University Press},\n  year = 1998,\n  pages = {83--111}\n}\n\n"
                + "@article{Unused,\n  author = {Ann Other},\n  title = {Never cited},\n  journal = {J},\n  year = 2000\n}\n";
        List<CompanionBibliography.Entry> all = CompanionBibliography.bibtexEntries(bib);
        assertEquals(List.of("ML84", "HS98", "Unused"), all.stream().map(CompanionBibliography.Entry::key).toList());
        assertEquals("Martin-Löf, Per (1984). *Intuitionistic type theory*. Naples: Bibliopolis.", all.get(0).entry().text());
        assertEquals("Hofmann, Martin, & Streicher, Thomas (1998). The groupoid interpretation of type theory."
                + " *Twenty-five years of constructive type theory*, 83–111. Oxford University Press.", all.get(1).entry().text());
        assertTrue(all.get(0).entry().span().of(bib).startsWith("@book{ML84,"));
        Document joined = CompanionBibliography.join(chapter, Path.of("refs.bib"), bib, all);
        assertEquals(2, joined.bibliography().size());
        assertFalse(joined.bibliography().stream().anyMatch(b -> b.text().contains("Never cited")));
    }

    @Test
    void textThatIsNotBibTexIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompanionBibliography.bibtexEntries("@book{x, title = {unclosed"));
        assertTrue(e.getMessage().startsWith("not BibTeX: "), e.getMessage());
    }

    @Test
    void generatedKeysMatchSurnameYearAndTitleWordsInOrder() {
        CompanionBibliography.Entry e = new CompanionBibliography.Entry(null,
                new BibEntry("van Fraassen, B. (1980). *The Scientific Image*. Oxford: OUP.", new Span(0, 1), "R"));
        assertTrue(CompanionBibliography.cites("vanFraassen_1980_The_Scientific_Image", e));
        assertFalse(CompanionBibliography.cites("vanFraassen_1981_The_Scientific_Image", e));
        assertFalse(CompanionBibliography.cites("Fraassen", e));
    }
}
