package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import dev.claims.compare.OfficeClasses.OfficeClass;
import dev.claims.knowledge.OfficeLexicon;
import dev.claims.model.OfficeValue;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Office classes come from the office lexicon, including a user's additions. */
class OfficeClassesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OfficeClasses classes = dev.claims.compare.OfficeClasses.of(dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET));

    private static OfficeValue known(String text, String canonical) {
        return new OfficeValue(text, canonical, true);
    }

    private static OfficeValue unknown(String text) {
        return new OfficeValue(text, text, false);
    }

    @Test
    void aKnownOfficeHasItsEntrysClass() {
        assertEquals(Optional.of(new OfficeClass("foreign-minister", true)),
                classes.classify(known("Foreign Commissar", "People's Commissar for Foreign Affairs (USSR)")));
        assertEquals(Optional.of(new OfficeClass("ambassador", true)),
                classes.classify(known("Soviet Ambassador", "Ambassador of the USSR to the United States")));
        assertEquals(Optional.empty(), classes.classify(known("Foreign Secretary", "Foreign Secretary (UK)")));
    }

    @Test
    void anUnknownWordingIsClassedByTheLexiconWordingItContains() {
        assertEquals(Optional.of(new OfficeClass("foreign-minister", true)),
                classes.classify(unknown("Finnish foreign minister")));
        assertEquals(Optional.of(new OfficeClass("ambassador", true)), classes.classify(unknown("Soviet Ambassador")));
        assertEquals(Optional.of(new OfficeClass("secretary-of-war", true)), classes.classify("the Secretary of War"));
        assertEquals(Optional.empty(), classes.classify(unknown("Grand Vizier")));
    }

    @Test
    void qualifierWordsComeFromTheLexicon() {
        assertTrue(classes.isRelative(unknown("later ambassador")));
        assertTrue(classes.isRelative(unknown("ex-ambassador")));
        assertFalse(classes.isRelative(unknown("ambassador")));
        assertTrue(classes.isSubordinate(known("Acting Secretary of the Treasury", "Acting Secretary of the Treasury (US)")));
        assertTrue(classes.isSubordinate(unknown("Deputy Foreign Minister")));
        assertFalse(classes.isSubordinate(unknown("Secretary of State")));
    }

    @Test
    void entriesSayHowManyHoldTheOffice() {
        OfficeLexicon lexicon = dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET);
        assertTrue(lexicon.entry("President of the United States").orElseThrow().oneHolder());
        assertTrue(lexicon.entry("Ambassador of the USSR to the United States").orElseThrow().oneHolder());
        assertFalse(lexicon.entry("United States Senator").orElseThrow().oneHolder());
        assertFalse(lexicon.entry("Ambassador (post not stated)").orElseThrow().oneHolder());
    }

    @Test
    void aUsersEntryBringsItsClassExclusivityAndHolders() throws Exception {
        OfficeLexicon mine = dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET).withEntriesFrom(JSON.readTree("""
                {"offices": [{"canonical": "Grand Vizier (Ottoman Empire)", "aliases": ["Grand Vizier"],
                              "class": "grand-vizier", "exclusive": true, "holders": "one"},
                             {"canonical": "Pasha", "exclusive": true}]}
                """), Path.of("claims.json"));
        OfficeClasses with = OfficeClasses.of(mine);
        assertEquals(Optional.of(new OfficeClass("grand-vizier", true)), with.classify(unknown("the Grand Vizier")));
        assertEquals(Optional.of(new OfficeClass("pasha", true)), with.classify(known("Pasha", "Pasha")));
        assertTrue(mine.entry("Grand Vizier (Ottoman Empire)").orElseThrow().oneHolder());
        assertEquals(Optional.of(new OfficeClass("foreign-minister", true)), with.classify(unknown("Foreign Commissar")));
    }

    @Test
    void aBadHoldersValueNamesTheFile() {
        ClaimsException e = assertThrows(ClaimsException.class, () -> dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET).withEntriesFrom(
                JSON.readTree("{\"offices\": [{\"canonical\": \"Grand Vizier\", \"holders\": \"two\"}]}"),
                Path.of("claims.json")));
        assertTrue(e.getMessage().contains("claims.json") && e.getMessage().contains("\"holders\" must be"),
                e.getMessage());
    }
}
