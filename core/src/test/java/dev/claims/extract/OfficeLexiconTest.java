package dev.claims.extract;

import dev.claims.knowledge.OfficeLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.model.OfficeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeLexiconTest {
    private final OfficeLexicon offices = dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET);
    private static final String COMMISSAR = "People's Commissar for Foreign Affairs (USSR)";

    @Test
    void sovietForeignMinisterWordingsShareOneCanonicalBefore1946() {
        for (String w : new String[] {"foreign minister", "Commissar for Foreign Affairs", "People's Commissar for Foreign Affairs",
            "People’s Commissar for Foreign Affairs", "Foreign Commissar", "the Soviet foreign minister"}) {
            assertEquals(COMMISSAR, offices.lookup(w, "USSR", 1933).canonical(), w);
        }
        assertEquals("Minister of Foreign Affairs (USSR)", offices.lookup("foreign minister", "USSR", 1947).canonical());
    }

    @Test
    void ambassadorsKeepTheirDirection() {
        assertEquals("Ambassador of the USSR to the United States",
                offices.lookup("ambassador to the United States", null, 1933).canonical());
        assertEquals("Ambassador of the United States to the USSR",
                offices.lookup("American ambassador to the Soviet Union", null, 1933).canonical());
    }

    @Test
    void headOfStateIsTheChairmanOfTheCentralExecutiveCommittee() {
        assertEquals(offices.lookup("Chairman of the Central Executive Committee", null, 1933).canonical(),
                offices.lookup("official head of state", "USSR", 1933).canonical());
    }

    @Test
    void unknownWordingIsKeptAndMarked() {
        OfficeValue v = offices.lookup("the Grand Vizier", null, 1933);
        assertFalse(v.known());
        assertEquals("Grand Vizier", v.canonical());
        assertEquals("the Grand Vizier", v.text());
    }

    @Test
    void userEntriesAreAddedAndWin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offices.json");
        Files.writeString(file, "{\"offices\": [{\"canonical\": \"Grand Vizier (Ottoman Empire)\", \"country\": \"Ottoman\","
                + " \"from\": 1300, \"to\": 1922, \"aliases\": [\"Grand Vizier\", \"vizier\"]}]}");
        OfficeLexicon mine = offices.withEntriesFrom(file);
        OfficeValue v = mine.lookup("the Grand Vizier", null, 1900);
        assertTrue(v.known());
        assertEquals("Grand Vizier (Ottoman Empire)", v.canonical());
        assertEquals(COMMISSAR, mine.lookup("Foreign Commissar", "USSR", 1939).canonical());
        assertTrue(mine.wordings().matcher("the vizier spoke").find());
    }

    @Test
    void aBadUserFileNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"offices\": [{\"aliases\": []}]}");
        ClaimsException e = assertThrows(ClaimsException.class, () -> offices.withEntriesFrom(file));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }

    @Test
    void aSpecificWordingNamesOnePostAndNoOther() {
        OfficeLexicon.Entry soviet = offices.entry("Ambassador of the USSR to the United States").orElseThrow();
        OfficeLexicon.Entry american = offices.entry("Ambassador of the United States to the USSR").orElseThrow();
        OfficeLexicon.Entry president = offices.entry("President of the United States").orElseThrow();
        OfficeLexicon.Entry state = offices.entry("Secretary of State (US)").orElseThrow();
        assertTrue(offices.specific("the Soviet ambassador to the United States", soviet));
        assertFalse(offices.specific("Soviet ambassador", soviet));           // also the one in London
        assertFalse(offices.specific("ambassador to the United States", soviet)); // whose?
        assertTrue(offices.specific("American ambassador to the Soviet Union", american));
        assertFalse(offices.specific("American ambassador", american));
        assertFalse(offices.specific("President", president));                // three entries list it
        assertTrue(offices.specific("American president", president));
        assertTrue(offices.specific("Secretary of State", state));
        assertFalse(offices.specific("Secretary of State", soviet));
    }
}
