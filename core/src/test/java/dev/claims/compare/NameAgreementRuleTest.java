package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names written in forms that are one name ({@link NameAgreementRule}), on invented pages. */
class NameAgreementRuleTest {
    private static List<Finding> findings(Path dir, Map<String, String> pages, String rule) throws IOException {
        return PageFindings.of(dir, pages, rule);
    }

    @Test
    void hyphenLegalFormAndAcronymMakeOneName(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "In 1951 the ferries passed to a new firm, the Nordhavn Ferge Selskab (NFS), based in the port.\n",
                "b.txt", "The ferry was sold in 1951 to Nordhavn Ferge-Selskab GmbH of the same port.\n"), "name-agreement");
        assertEquals(1, f.size());
        assertEquals("nordhavn ferge selskab: written Nordhavn Ferge Selskab (NFS) / Nordhavn Ferge-Selskab GmbH",
                f.get(0).subject());
        assertEquals("\"Nordhavn Ferge Selskab (NFS)\" (a.txt) and \"Nordhavn Ferge-Selskab GmbH\" (b.txt) write one "
                + "name: the forms differ only in a legal-form suffix (GmbH); a hyphen for a space; an acronym in "
                + "brackets (NFS).", f.get(0).message());
        assertEquals(List.of("a.txt", "b.txt"), f.get(0).evidence().stream().map(e -> e.document()).toList());
    }

    @Test
    void anAcronymAloneIsNotAnotherForm(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), findings(dir, Map.of(
                "a.txt", "The Harbour Pilots Guild (HPG) met in 1960.\n",
                "b.txt", "The Harbour Pilots Guild met in 1960.\n"), "name-agreement"));
    }

    @Test
    void designationWithSpaceAndHyphenIsOneButOtherNumbersAreNot(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "The prototype KX 210 first flew in 1958, a year before the KX 211.\n",
                "b.txt", "Test pilots praised the KX-210 in 1958.\n",
                "c.txt", "The KX-212 never flew.\n"), "name-agreement");
        assertEquals(1, f.size());
        assertEquals("KX 210: designation written KX 210 / KX-210", f.get(0).subject());
        assertEquals("\"KX 210\" (a.txt) and \"KX-210\" (b.txt) write one designation: the letters and the number are "
                + "the same, joined by a space in one form and a hyphen in the other.", f.get(0).message());
    }

    @Test
    void aFormalNameWithOneWordMoreIsProbablyOneBody(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "In 1961 the House Special Committee on Coastal Shipping Safety began its hearings.\n",
                "b.txt", "In 1961 the House Special Committee on Coastal Safety heard the pilots.\n"), "name-agreement");
        assertEquals(1, f.size());
        assertEquals("\"House Special Committee on Coastal Safety\" (b.txt) and \"House Special Committee on Coastal "
                + "Shipping Safety\" (a.txt) write one formal name: one form omits the word \"shipping\" and is "
                + "otherwise word for word the other. Probably one body; check.", f.get(0).message());
        assertEquals(0.6, f.get(0).confidence());
    }

    @Test
    void twoDifferentBodiesAreNotOneName(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), findings(dir, Map.of(
                "a.txt", "The Northern Harbour Board met in 1960.\n",
                "b.txt", "The Southern Harbour Board met in 1960.\n"), "name-agreement"));
    }

    @Test
    void aDescribedThingGivenOneNameAgrees(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(dir, Map.of(
                "a.txt", "The expedition had two boats: the supply barge, Heron, and the survey launch, Petrel.\n",
                "b.txt", "The Survey Launch (SL) \"Petrel\" left first.\n",
                "c.txt", "The SL, dubbed \"Petrel,\" left at dawn.\n",
                "d.txt", "In the war, Petrel, ...\n"), "thing-name-agreement");
        assertEquals(1, f.size());
        assertEquals("the survey launch: named Petrel", f.get(0).subject());
        assertEquals("a.txt, b.txt and c.txt name the survey launch \"Petrel\" (the description, or an acronym a "
                + "document defines for it, followed by the name).", f.get(0).message());
        assertTrue(f.get(0).evidence().stream().noneMatch(e -> e.document().equals("d.txt")));
    }
}
