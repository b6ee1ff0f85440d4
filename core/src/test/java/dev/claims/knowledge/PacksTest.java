package dev.claims.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.extract.EventLexicon;
import dev.claims.extract.Gazetteer;
import dev.claims.resolve.NameLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default pack names no person, place, organisation or event; the soviet pack adds them when it is on. */
class PacksTest {
    private static final Packs SOVIET = Packs.of(List.of("soviet"));
    /** The data files that list particular people, places, organisations or events. */
    private static final List<String> NAMED = List.of("lexicon/places.txt", "lexicon/organisations.txt",
            "lexicon/surnames.txt", "lexicon/events.tsv", "resolve/aliases.tsv", "resolve/subject-aliases.tsv",
            "resolve/calendar-events.tsv");
    /** The general-English word lists of {@code dev/claims/knowledge/} (read by {@link WordList}). */
    private static final List<String> WORD_LISTS = List.of("hedges.txt", "ordinals.txt", "auxiliaries.txt",
            "aside-openers.txt", "relative-pronouns.txt", "opening-prepositions.txt", "group-numbers.txt", "negations.txt", "date-adjuncts.txt",
            "function-words.txt", "designation-stops.txt", "weekdays.txt", "clause-openers.txt", "place-name-words.txt",
            "title-dropped.txt", "not-in-titles.txt", "name-suffixes.txt", "not-names.txt", "name-title-words.txt",
            "note-subject-stopwords.txt", "nationalities.txt", "not-places.txt", "name-particles.txt",
            "year-context.txt", "ordinal-numbers.txt", "not-counted-after-one.txt", "one-phrase-ends.txt",
            "quantity-verbs.txt", "quantity-stopwords.txt", "not-a-source.txt", "source-pronouns.txt",
            "relational-qualifiers.txt", "publisher-noise.txt", "legal-forms.txt", "name-connectors.txt", "naming-verbs.txt",
            "place-labels.txt", "organisation-heads.txt", "place-followers.txt");

    @Test
    void theDefaultPackListsNoNamedEntity() {
        for (String file : NAMED) {
            assertEquals(0, Packs.defaultOnly().rows(file, 1).size(), file);
            assertFalse(SOVIET.rows(file, 1).isEmpty(), file);
        }
    }

    @Test
    void theDefaultPackHoldsNoRowOfTheSovietPack() {
        for (String file : List.of("lexicon/given-names.txt", "lexicon/person-titles.txt", "resolve/given-names.tsv",
                "knowledge/predicates.tsv", "knowledge/measures.tsv",
                "knowledge/titles.tsv", "knowledge/time-zones.tsv", "knowledge/months.tsv")) {
            Set<String> soviet = new HashSet<>();
            for (String named : NAMED) {
                // a given name may also be someone's surname ("Ludwig"): given names are checked against the rest
                if (!(file.contains("given-names") && named.endsWith("surnames.txt"))) {
                    SOVIET.rows(named, 1).forEach(r -> soviet.add(r[0].toLowerCase(java.util.Locale.ROOT)));
                }
            }
            Set<String> cells = new HashSet<>();
            Packs.defaultOnly().rows(file, 1).forEach(r -> {
                for (String c : r) {
                    cells.add(c.toLowerCase(java.util.Locale.ROOT));
                }
            });
            cells.retainAll(soviet);
            assertEquals(Set.of(), cells, file);
        }
    }

    /**
     * The general-English word lists of {@code dev/claims/knowledge/} hold no name of the soviet pack but a few words
     * that are general English too: the country qualifiers a title is written with ("U.S. Attorney General") and the
     * common nouns of two institutions ("the Senate", "a congress").
     */
    @Test
    void theWordListsHoldNoNamedEntity() {
        Set<String> allowed = Set.of("us", "u.s.", "united states", "senate", "congress");
        Set<String> named = new HashSet<>();
        for (String file : NAMED) {
            SOVIET.rows(file, 1).forEach(r -> named.add(r[0].toLowerCase(java.util.Locale.ROOT)));
        }
        named.removeAll(allowed);
        for (String file : WORD_LISTS) {
            Set<String> cells = new HashSet<>();
            Packs.defaultOnly().rows("knowledge/" + file, 1).forEach(r -> {
                for (String c : r) {
                    cells.add(c.toLowerCase(java.util.Locale.ROOT));
                }
            });
            cells.retainAll(named);
            assertEquals(Set.of(), cells, file);
            assertFalse(WordList.of(file).isEmpty(), file);
        }
        assertEquals(12, WordList.months().size());
        assertEquals(6, WordList.monthNumber("june"));
    }

    @Test
    void theDefaultOfficesAreBoundToNoCountry() {
        OfficeLexicon defaults = OfficeLexicon.defaults();
        for (OfficeLexicon.Entry e : defaults.entries()) {
            assertEquals("", e.country(), e.canonical());
        }
        assertEquals(List.of("Ambassador (post not stated)", "Foreign Minister", "diplomat", "President",
                "Attorney General", "Senator"),
                defaults.entries().stream().map(OfficeLexicon.Entry::canonical).toList());
        assertTrue(OfficeLexicon.of(SOVIET).entries().stream().anyMatch(e -> e.country().equals("USSR")));
        assertEquals(47, OfficeLexicon.of(SOVIET).entries().size());
    }

    @Test
    void aPackIsOnlyWhereItIsTurnedOn() {
        assertNull(Gazetteer.defaults().kindOf("Soviet Union"));
        assertEquals("place", Gazetteer.of(SOVIET).kindOf("Soviet Union"));
        assertEquals(0, EventLexicon.load().events().size());
        assertFalse(EventLexicon.of(SOVIET).events().isEmpty());
        assertEquals("Hitler-Stalin Pact", NameLexicon.defaults().canonicalSubject("Hitler-Stalin Pact"));
        assertEquals("Nazi-Soviet Pact", NameLexicon.of(SOVIET).canonicalSubject("Hitler-Stalin Pact"));
    }

    @Test
    void anUnknownPackIsOneClearSentence() {
        ClaimsException e = assertThrows(ClaimsException.class, () -> Packs.of(List.of("soviet", "nope")));
        assertEquals("unknown knowledge pack 'nope' (known: soviet)", e.getMessage());
        assertEquals(Set.of("soviet"), Packs.known());
        assertEquals(List.of("soviet"), Packs.of(List.of("soviet", " soviet")).names());
        assertTrue(Packs.of(List.of()).isDefault());
    }
}
