package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.OfficeValue;
import dev.claims.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameOccasionTest {
    private static final SameOccasion OCCASIONS = SameOccasion.defaults();

    private static Claim office(String doc, String office, String sentence) {
        return new Claim("c1", doc, new Span(0, 1), 0, sentence, "Fyodor Kuznetsin", "office",
                new OfficeValue(office, office, false), ClaimSpecs.date("1940", "1940", ""), List.of(),
                Attribution.ASSERTED);
    }

    private static Optional<List<String>> shared(String officeA, String a, String officeB, String b) {
        return OCCASIONS.shared(office("a", officeA, a), office("b", officeB, b), List.of("Fyodor Kuznetsin"));
    }

    @Test
    void theSameSentenceApartFromOfficeNameAndDateIsOneOccasion() {
        assertEquals(Optional.of(List.of("took", "part", "talks", "Kiev")), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin took part in the talks in Kiev.",
                "Commissar for Foreign Affairs",
                "During 1940 the Commissar for Foreign Affairs, Kuznetsin, took part in talks in Kiev."));
    }

    @Test
    void anotherPlaceOrPersonIsAnotherOccasion() {
        assertEquals(Optional.empty(), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin met the delegation in Kiev.",
                "Commissar for Foreign Affairs",
                "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin met the delegation in Leningrad."));
        assertEquals(Optional.empty(), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin met the delegation.",
                "Commissar for Foreign Affairs",
                "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin met the delegation in Leningrad."));
    }

    @Test
    void fewSharedWordsAreNotEnough() {
        // {met, delegation, trade} against {met, delegation, signed, treaty}: Jaccard 2/5 = 0.4
        assertEquals(Optional.empty(), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin met the trade delegation.",
                "Commissar for Foreign Affairs",
                "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin met the delegation and signed a treaty."));
        // one shared word: "spoke"
        assertEquals(Optional.empty(), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin spoke.",
                "Commissar for Foreign Affairs", "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin spoke."));
    }

    @Test
    void atTheThresholdIsOneOccasion() {
        // {met, delegation, trade} against {met, delegation, trade, visiting, welcomed}: Jaccard 3/5 = 0.6
        assertEquals(Optional.of(List.of("met", "trade", "delegation")), shared(
                "Commissar for Finance", "In 1940, Commissar for Finance Fyodor Kuznetsin met the trade delegation.",
                "Commissar for Foreign Affairs",
                "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin met and welcomed the visiting trade delegation."));
    }

    @Test
    void lemmasAreLowercaseWithoutPluralOrPossessive() {
        assertEquals("delegation", SameOccasion.lemma("Delegations"));
        assertEquals("talk", SameOccasion.lemma("talks"));
        assertEquals("policy", SameOccasion.lemma("policies"));
        assertEquals("church", SameOccasion.lemma("churches"));
        assertEquals("stalin", SameOccasion.lemma("Stalin's"));
        assertEquals("congress", SameOccasion.lemma("Congress"));
        assertEquals("was", SameOccasion.lemma("was"));
    }
}
