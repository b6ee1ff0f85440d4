package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkAgreementAuditTest {
    private static Work book(String family, String given, String title, String subtitle, String place, String publisher,
                             String year) {
        return new Work("book", List.of(new PersonName(family, given, family)), List.of(), title, subtitle, "", "", "",
                place, publisher, year, "", "", "", "", title, new Span(0, 1));
    }

    @Test
    void urlSlugsThatRenameTheTitle() {
        assertEquals("the-sinews-of-peace", WorkAgreementAudit.urlSlug(
                "https://winstonchurchill.org/resources/speeches/1946-1963-elder-statesman/the-sinews-of-peace/"));
        assertEquals("", WorkAgreementAudit.urlSlug("https://history.state.gov/"));
        assertTrue(WorkAgreementAudit.slugContradictsTitle("The Sinews of War", "the-sinews-of-peace"));
        // a slug that only drops small words is the same title
        assertFalse(WorkAgreementAudit.slugContradictsTitle(
                "H G Wells: 'It seems to me that I am more to the Left than you, Mr. Stalin'",
                "h-g-wells-it-seems-me-i-am-more-left-you-mr-stalin"));
        assertFalse(WorkAgreementAudit.slugContradictsTitle("Stalin and the Cold War, 1945-1953", "stalin_and_the_cold_war_1945-53"));
    }

    @Test
    void sameWorkAndItsDifferences() {
        Work siegel = book("Siegel", "Katherine A.", "Loans and Legitimacy", "The Evolution of Soviet-American Relations, 1919-1933",
                "Topeka, KA", "University Press of Kentucky", "1996");
        Work sibley = book("Sibley", "Katherine A. S.", "Loans and Legitimacy", "The Evolution of Soviet-American Relations, 1919-1933",
                "Lexington", "University Press of Kentucky", "1996");
        assertTrue(WorkMatcher.sameWork(siegel, sibley));
        assertEquals(List.of(new FactDifference("author", "author's surname", "Siegel", "Sibley", true),
                new FactDifference("place", "place of publication", "Topeka, KA", "Lexington", true)),
                WorkMatcher.differences(siegel, sibley));
        // same author, different books; same surname and title but other given name and years: different works
        Work glantzA = book("Glantz", "Mary E.", "FDR and the Soviet Union", "", "Lawrence", "University Press of Kansas", "2005");
        Work glantzB = book("Glantz", "Mary", "An Officer and a Diplomat?", "", "", "", "2008");
        assertFalse(WorkMatcher.sameWork(glantzA, glantzB));
        assertFalse(WorkMatcher.sameWork(book("Eastonwoodfield", "Charles", "Debts", "Roosevelt and Stalin, 1917-1933", "", "", "2002"),
                book("Eastonwoodfield", "Joseph", "Debts", "Roosevelt and Stalin, 1917-1947", "", "", "1980")));
        Work knopf = book("Butler", "Susan", "Roosevelt and Stalin", "", "New York", "Knopf", "2015");
        Work doubleday = book("Butler", "Susan", "Roosevelt and Stalin", "Portrait of a Partnership", "New York", "Knopf Doubleday", "2015");
        assertEquals(List.of(), WorkMatcher.differences(knopf, doubleday));
    }
}
