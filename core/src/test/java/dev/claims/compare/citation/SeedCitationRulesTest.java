package dev.claims.compare.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The citation findings on the seeds, read and verified by hand; no false alarms. */
class SeedCitationRulesTest {
    private static List<Finding> citationFindings(List<java.nio.file.Path> paths) {
        return Checker.withOptions(dev.claims.TestPacks.options()).check(paths).findings().stream().filter(f -> f.kind() == FindingKind.CITATION).toList();
    }

    @Test
    void seedsGiveExactlyTheseCitationProblems() {
        List<Finding> all = citationFindings(List.of(TestPaths.seeds()));
        List<String> got = all.stream().filter(f -> !f.rule().equals("uncited-claim"))
                .map(f -> f.rule() + " | " + f.message()).sorted().toList();
        String e003 = "003_dfd405f7cf95968d.txt";
        String e000 = "000_15c50b5358dc4dcb.txt";
        List<String> expected = List.of(
                "citation-conflict | place of publication: 'Topeka, KA' in note 11, but University Press of Kentucky"
                        + " publishes in Lexington, Kentucky, and 'KA' is not a US state abbreviation (the bibliography"
                        + " gives no place).",
                "citation-variant | author's surname: 'Siegal' in note 13, 'Siegel' in the bibliography.",
                "citation-variant | journal or site: 'The New Statesman' in note 16, 'The New Statesmen' in the bibliography.",
                "citation-variant | short title: 'Dear Mr. Stalin' in note 52 is not the opening of the title 'My Dear Mr."
                        + " Stalin' in the bibliography.",
                "citation-variant | title: 'The Sinews of War' in note 68, but its URL names 'the-sinews-of-peace'.",
                "locator-out-of-range | Note 69 cites page 26 of Mayers, The Great Patriotic War, FDR's Embassy Moscow,"
                        + " and Soviet—US Relations, which the bibliography gives as pages 299–333.");
        assertEquals(expected, got);
        assertTrue(all.stream().filter(f -> f.rule().equals("uncited-claim"))
                .allMatch(f -> f.severity() == Severity.NOTE && !f.evidence().get(0).document().startsWith("002")));
    }

    @Test
    void uncitedClaimsAreTheSixSentencesOfSeed003WithoutANote() {
        // read by hand: each states a date or figure, and neither it nor a later sentence of its paragraph has a note
        // (line 71: Japan's invasion of Manchuria in 1931, a paragraph without a note; line 129: "the December 7th
        // Japanese attack on Pearl Harbor", dated 1941 by the event, in a paragraph without a note);
        // 001 has one reference only (not a notes apparatus), 000/002/004 have no notes
        List<String> got = citationFindings(List.of(TestPaths.seeds())).stream().filter(f -> f.rule().equals("uncited-claim"))
                .map(f -> f.evidence().get(0).document().substring(0, 3) + ":" + f.evidence().get(0).line()).sorted().toList();
        assertEquals(List.of("003:129", "003:135", "003:191", "003:23", "003:71", "003:89"), got);
    }

    @Test
    void conflictingFactsAboutACitedWorkAreContradictions() throws java.io.IOException {
        String e003 = "003_dfd405f7cf95968d.txt";
        String e000 = "000_15c50b5358dc4dcb.txt";
        List<String> got = workContradictions(List.of(TestPaths.seeds())).stream()
                .map(f -> f.rule() + " " + f.severity().id() + " | " + f.subject() + " | " + f.message()).sorted().toList();
        assertEquals(List.of(
                "name-conflict error | Sibley, Loans and Legitimacy | author's surname: 'Sibley' in the Further Reading"
                        + " list of " + e000 + ", 'Siegel' in the bibliography of " + e003
                        + ": the same work is attributed to different people.",
                "work-mismatch warning | Craig et al., America's Cold War | place of publication: 'Boston' in note 67,"
                        + " 'Cambridge' in the bibliography: the descriptions of the same work disagree.",
                "work-mismatch warning | Sibley, Loans and Legitimacy | place of publication: 'Lexington' in the Further"
                        + " Reading list of " + e000 + ", 'Topeka, KA' in note 11 of " + e003
                        + ": the descriptions of the same work disagree."), got);
        Finding boston = workContradictions(List.of(TestPaths.seed("003"))).stream().findFirst().orElseThrow();
        assertEquals(FindingKind.CONTRADICTION, boston.kind());
        assertEquals(List.of("Boston", "Cambridge"), boston.evidence().stream().map(e -> e.value()).toList());
        String text = java.nio.file.Files.readString(TestPaths.seed("003"));
        // each side's span is its whole note or entry, which states the value
        List<String> spanned = boston.evidence().stream().map(e -> text.substring(e.span().start(), e.span().end())).toList();
        assertTrue(spanned.get(0).startsWith("Campbell Craig, and Fredrik Logevall, *America's Cold War")
                && spanned.get(0).contains("(Boston: Harvard University Press, 2009)"), spanned.get(0));
        assertTrue(spanned.get(1).startsWith("Craig, Campbell, and Fredrik Logevall. *America's Cold War")
                && spanned.get(1).contains("Cambridge: Harvard University Press, 2009"), spanned.get(1));
        assertEquals(List.of(235, 305), boston.evidence().stream().map(e -> e.line()).toList());
        assertEquals(0.8, boston.confidence());
    }

    private static List<Finding> workContradictions(List<java.nio.file.Path> paths) {
        return Checker.withOptions(dev.claims.TestPacks.options()).check(paths).findings().stream()
                .filter(f -> f.rule().equals("name-conflict") || f.rule().equals("work-mismatch")).toList();
    }

    @Test
    void theSiegelSibleyBookIsMatchedAcrossDocumentsWithEvidenceInBoth() {
        List<Finding> pair = workContradictions(List.of(TestPaths.seed("000"), TestPaths.seed("003")));
        Finding author = pair.stream().filter(f -> f.message().startsWith("author's surname: 'Sibley'")).findFirst().orElseThrow();
        assertEquals("name-conflict", author.rule());
        assertEquals(List.of("000_15c50b5358dc4dcb.txt", "003_dfd405f7cf95968d.txt"),
                author.evidence().stream().map(e -> e.document()).toList());
        assertEquals(List.of(64, 317), author.evidence().stream().map(e -> e.line()).toList());
        Finding place = pair.stream().filter(f -> f.message().startsWith("place of publication: 'Lexington'")).findFirst().orElseThrow();
        assertEquals(List.of("Lexington", "Topeka, KA"), place.evidence().stream().map(e -> e.value()).toList());
        assertEquals(51, place.evidence().get(1).line());
        // Glantz wrote different books for 000 and 003, Butler two books in 003: neither is a conflict
        assertTrue(pair.stream().noneMatch(f -> f.subject().startsWith("Glantz") || f.subject().startsWith("Butler, Roosevelt")));
    }

    @Test
    void noCitationFindingsOnTheExhibitPage() {
        assertEquals(List.of(), citationFindings(List.of(TestPaths.seed("002"))));
        assertEquals(List.of(), citationFindings(List.of(TestPaths.seed("004"))));
    }
}
