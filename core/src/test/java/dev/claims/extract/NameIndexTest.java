package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    @Test
    void surnamesExpandToTheFullestForm() {
        NameIndex names = new NameIndex();
        names.add("Maxim Litvinov", "");
        names.add("Maksim Maksimovich Litvinov", "");
        assertEquals("Maksim Maksimovich Litvinov", names.resolve("Litvinov", ""));
    }

    @Test
    void aSharedSurnameStaysAmbiguousUnlessATitleDecides() {
        NameIndex names = new NameIndex();
        names.add("Franklin D. Roosevelt", "President");
        names.add("Elliott Roosevelt", "");
        names.add("Elliot Roosevelt", "");
        assertEquals("Roosevelt", names.resolve("Roosevelt", ""));
        assertEquals("Franklin D. Roosevelt", names.resolve("Roosevelt", "President"));
        assertEquals("Franklin D. Roosevelt", names.resolve("FDR", ""));
        assertEquals("Elliott Roosevelt", names.resolve("Elliot Roosevelt", ""));
    }

    @Test
    void mentionsOfPeoplePlacesAndOrganisations() {
        var doc = TestDocuments.of(List.of("Franklin D. Roosevelt met Maxim Litvinov in Washington.",
                "Later Litvinov spoke to the League of Nations about Roosevelt and FDR."));
        List<Mention> mentions = new DefaultExtractor(dev.claims.TestPacks.lexicons()).extract(doc).mentions();
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Maxim Litvinov") && m.kind().equals("person")));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Litvinov") && m.kind().equals("person")));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Washington") && m.kind().equals("place")));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("League of Nations") && m.kind().equals("organisation")));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("FDR") && m.kind().equals("person")));
    }
}
