package dev.claims.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.DateValue;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET));
    private int offset;

    private EntityMention m(String doc, String text) {
        return m(doc, text, "person");
    }

    private EntityMention m(String doc, String text, String kind) {
        offset += 100;
        return new EntityMention(doc, text, kind, new Span(offset, offset + text.length()), -1, "");
    }

    private static Map<String, String> clusterOf(EntityResolver.Result r) {
        Map<String, String> byText = new TreeMap<>();
        for (EntityCluster c : r.clusters()) {
            for (EntityMention em : c.mentions()) {
                byText.put(em.documentId() + ":" + em.text(), c.name());
            }
        }
        return byText;
    }

    @Test
    void transliterationsTyposAndBareSurnamesOfLitvinovAreOnePerson() {
        List<EntityMention> ms = List.of(m("000", "Maksim Maksimovich Litvinov"), m("000", "Litvinov"),
                m("001", "Maxim Litvinov"), m("001", "Litinov"), m("003", "Maxim Litvinov"), m("003", "Litvinov"));
        EntityResolver.Result r = resolver.resolve(ms);
        assertEquals(1, r.clusters().size());
        assertEquals("Maxim Litvinov", r.clusters().get(0).name());
        assertEquals("person:maxim litvinov", r.clusters().get(0).key());
        assertEquals(List.of("given name Maksim/Maxim transliteration", "surname Litinov/Litvinov spelling"),
                r.variants().stream().map(v -> v.part() + " " + String.join("/", v.spellings()) + " " + v.relation())
                        .toList());
    }

    @Test
    void franklinAndElliottRooseveltAreDifferentPeopleAndFdrIsAnAliasNotAVariant() {
        List<EntityMention> ms = List.of(m("a", "Franklin D. Roosevelt"), m("a", "FDR"), m("a", "Elliott Roosevelt"),
                m("a", "Elliot Roosevelt"), m("a", "Roosevelt"), m("b", "President Roosevelt"), m("b", "Roosevelt"));
        EntityResolver.Result r = resolver.resolve(ms);
        Map<String, String> c = clusterOf(r);
        assertEquals("Franklin D. Roosevelt", c.get("a:FDR"));
        assertEquals("Franklin D. Roosevelt", c.get("a:Franklin D. Roosevelt"));
        assertEquals("Franklin D. Roosevelt", c.get("b:President Roosevelt"));
        assertEquals("Elliot Roosevelt", c.get("a:Elliott Roosevelt"));
        assertEquals(c.get("a:Elliott Roosevelt"), c.get("a:Elliot Roosevelt"));
        // in a, "Roosevelt" may be Franklin or Elliott: left ambiguous, never guessed; in b only Franklin is named
        assertTrue(c.get("a:Roosevelt").endsWith("(ambiguous)"), c.get("a:Roosevelt"));
        assertEquals("Franklin D. Roosevelt", c.get("b:Roosevelt"));
        assertEquals(List.of("Elliot/Elliott"), r.variants().stream().map(v -> String.join("/", v.spellings())).toList());
    }

    @Test
    void transliteratedAndAnglicisedGivenNamesAreOnePerson() {
        EntityResolver.Result r = resolver.resolve(List.of(m("a", "Konstantin Zolovsky"), m("b", "Constantine Zolovsky"),
                m("c", "Yakov Ryabev"), m("d", "Jakov Ryabev"), m("e", "Pavel Milyukov"), m("f", "Paul Milyukov")));
        assertEquals(3, r.clusters().size(), r.clusters().toString());
        assertEquals(List.of("Constantine/Konstantin transliteration", "Jakov/Yakov transliteration",
                        "Paul/Pavel transliteration"),
                r.variants().stream().map(v -> String.join("/", v.spellings()) + " " + v.relation()).sorted().toList());
    }

    @Test
    void harryAndHenryHopkinsAreAVariantWithLowerConfidence() {
        EntityResolver.Result r = resolver.resolve(List.of(m("003", "Harry Hopkins"), m("003", "Henry Hopkins")));
        assertEquals(1, r.clusters().size());
        SpellingVariant v = r.variants().get(0);
        assertEquals("nickname", v.relation());
        assertEquals(List.of("Harry", "Henry"), v.spellings());
        assertTrue(v.confidence() < 0.7);
    }

    @Test
    void similarButDifferentNamesStayApart() {
        EntityResolver.Result r = resolver.resolve(List.of(m("a", "Herbert Hoover"), m("a", "Harry Hopkins"),
                m("b", "Austria", "place"), m("b", "Australia", "place"), m("b", "Austrian", "place"),
                m("c", "Tehran", "place"), m("c", "Teheran", "place")));
        assertEquals(6, r.clusters().size(), r.clusters().toString());
        assertEquals(List.of("Teheran/Tehran"), r.variants().stream().map(v -> String.join("/", v.spellings())).toList());
    }

    @Test
    void closeSpellingNeedsStructureNotSimilarityAlone() {
        assertTrue(EntityResolver.closeSpelling("litinov", "litvinov"));
        assertTrue(EntityResolver.closeSpelling("tehran", "teheran"));
        assertFalse(EntityResolver.closeSpelling("russia", "prussia"));
        assertFalse(EntityResolver.closeSpelling("german", "germans"));
        assertFalse(EntityResolver.closeSpelling("sibley", "siegel"));
        assertFalse(EntityResolver.closeSpelling("austria", "australia"));
        assertTrue(EntityResolver.closeSurname("petrov", "petroff"));
        assertTrue(EntityResolver.closeSurname("sokolsky", "sokolski"));
        assertTrue(EntityResolver.closeSurname("bradman", "bradmann"));
        assertFalse(EntityResolver.closeSurname("roosevelt", "roosevelts"));
        assertFalse(EntityResolver.closeSurname("ivanov", "ivanova"));
    }

    @Test
    void samePersonMatchesAsClusteringDoes() {
        assertTrue(resolver.samePerson("Maxim Litvinov", "Maksim Maksimovich Litvinov"));
        assertTrue(resolver.samePerson("Maxim Litvinov", "Litinov"));
        assertTrue(resolver.samePerson("Franklin D. Roosevelt", "FDR"));
        assertFalse(resolver.samePerson("Franklin D. Roosevelt", "Elliott Roosevelt"));
    }

    @Test
    void resultDoesNotDependOnMentionOrder() {
        List<EntityMention> ms = new ArrayList<>(List.of(m("000", "Maksim Maksimovich Litvinov"), m("001", "Litinov"),
                m("001", "Maxim Litvinov"), m("002", "Vyachevslav Molotov"), m("003", "Vyacheslav Molotov"),
                m("003", "Averill Harriman"), m("002", "Averell Harriman"), m("003", "Averell Harriman"),
                m("003", "Harry Hopkins"), m("003", "Henry Hopkins"), m("002", "Tehran", "place")));
        EntityResolver.Result first = resolver.resolve(ms);
        Collections.shuffle(ms, new Random(7));
        EntityResolver.Result second = resolver.resolve(ms);
        assertEquals(first.clusters(), second.clusters());
        assertEquals(first.variants().toString(), second.variants().toString());
        assertEquals("Averell Harriman", clusterOf(first).get("003:Averill Harriman"));
    }

    // ---- context: close spellings written far apart ----

    private static HeldOffice office(String doc, String person, String officeClass, int year) {
        return new HeldOffice(doc, person, officeClass, DateValue.year(Integer.toString(year), year));
    }

    private static List<String> variantLines(EntityResolver.Result r) {
        return r.variants().stream().map(v -> v.entity() + ": " + String.join("/", v.spellings())).toList();
    }

    /** "Andrei Marganov" in a1, a2 and "Andrei Margenov" in b1, b2, each with Moscow, which every document names. */
    private List<EntityMention> marganovAndMargenov() {
        return List.of(m("a1", "Andrei Marganov"), m("a1", "Moscow", "place"), m("a2", "Andrei Marganov"),
                m("a2", "Moscow", "place"), m("b1", "Andrei Margenov"), m("b1", "Moscow", "place"),
                m("b2", "Andrei Margenov"), m("b2", "Moscow", "place"));
    }

    @Test
    void closeSurnamesInSeparateDocumentsWithDifferentOfficesAreTwoPeople() {
        EntityResolver.Result r = resolver.resolve(marganovAndMargenov(), List.of(
                office("a1", "Andrei Marganov", "commissar-for-finance", 1930),
                office("a2", "Andrei Marganov", "commissar-for-finance", 1930),
                office("b1", "Andrei Margenov", "commissar-for-foreign-trade", 1930),
                office("b2", "Andrei Margenov", "commissar-for-foreign-trade", 1930)));
        Map<String, String> c = clusterOf(r);
        assertEquals("Andrei Marganov", c.get("a1:Andrei Marganov"));
        assertEquals("Andrei Margenov", c.get("b1:Andrei Margenov"));
        assertEquals(List.of(), variantLines(r));
        // without any office, Moscow (in every document) is no shared company either
        assertEquals(List.of(), variantLines(resolver.resolve(marganovAndMargenov())));
    }

    @Test
    void closeSurnamesInSeparateDocumentsSharingAnOfficeClassAtOverlappingTimesAreOnePerson() {
        List<HeldOffice> offices = List.of(office("a1", "Andrei Marganov", "foreign-minister", 1933),
                office("a2", "Marganov", "foreign-minister", 1933),
                new HeldOffice("b1", "Andrei Margenov", "foreign-minister",
                        DateValue.day("November 16, 1933", java.time.LocalDate.of(1933, 11, 16))));
        EntityResolver.Result r = resolver.resolve(marganovAndMargenov(), offices);
        assertEquals(List.of("Andrei Marganov: Marganov/Margenov"), variantLines(r));
        assertEquals(2, r.clusters().size()); // the person and Moscow
    }

    @Test
    void anOfficeAtAnotherTimeOrStatedByOneDocumentAgainstTheOthersIsNoContext() {
        List<HeldOffice> otherYear = List.of(office("a1", "Andrei Marganov", "foreign-minister", 1933),
                office("b1", "Andrei Margenov", "foreign-minister", 1939));
        assertEquals(List.of(), variantLines(resolver.resolve(marganovAndMargenov(), otherYear)));
        // b2's foreign-minister is one document against b1's finance and b3's finance: Margenov is the finance man
        List<EntityMention> ms = new ArrayList<>(marganovAndMargenov());
        ms.add(m("b3", "Andrei Margenov"));
        List<HeldOffice> outvoted = List.of(office("a1", "Andrei Marganov", "foreign-minister", 1933),
                office("b1", "Andrei Margenov", "commissar-for-finance", 1933),
                office("b2", "Andrei Margenov", "foreign-minister", 1933),
                office("b3", "Andrei Margenov", "commissar-for-finance", 1933));
        assertEquals(List.of(), variantLines(resolver.resolve(ms, outvoted)));
    }

    @Test
    void wellAttestedSpellingsWrittenTogetherInOneDocumentAreOnePerson() {
        List<EntityMention> ms = new ArrayList<>(marganovAndMargenov());
        ms.add(m("a2", "Andrei Margenov"));
        assertEquals(List.of("Andrei Margenov: Marganov/Margenov"), variantLines(resolver.resolve(ms)));
    }

    @Test
    void sharedCompanyLinksSpellingsButANameTheWholeCorpusUsesDoesNot() {
        List<EntityMention> ms = new ArrayList<>(marganovAndMargenov());
        ms.addAll(List.of(m("a1", "Grigori Sokolnikov"), m("b2", "Sokolnikov"), m("c1", "Moscow", "place"),
                m("c2", "Kiev", "place")));
        assertEquals(List.of("Andrei Marganov: Marganov/Margenov"), variantLines(resolver.resolve(ms)));
        // Sokolnikov named in most documents, as a head of state would be: no evidence about who Marganov is
        List<EntityMention> everywhere = new ArrayList<>(marganovAndMargenov());
        for (String d : List.of("a1", "a2", "b1", "b2", "c1")) {
            everywhere.add(m(d, "Sokolnikov"));
        }
        assertEquals(List.of(), variantLines(resolver.resolve(everywhere)));
    }

    @Test
    void aSpellingWrittenInOneDocumentJoinsTheMostSimilarOfTwoPeople() {
        List<EntityMention> ms = new ArrayList<>(marganovAndMargenov());
        ms.add(m("c1", "Andrei Marganoff"));
        EntityResolver.Result r = resolver.resolve(ms);
        assertEquals("Andrei Marganov", clusterOf(r).get("c1:Andrei Marganoff"));
        assertEquals(List.of("Andrei Marganov: Marganoff/Marganov"), variantLines(r));
    }
}
