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

    /** Whether "Commissar for Finance" in sentence a and "Commissar for Foreign Affairs" in b are one occasion. */
    private static Optional<List<String>> shared(String a, String b) {
        return OCCASIONS.shared(office("a", "Commissar for Finance", a), office("b", "Commissar for Foreign Affairs", b),
                List.of("Fyodor Kuznetsin"));
    }

    private static final String FINANCE = "In 1940, Commissar for Finance Fyodor Kuznetsin ";
    private static final String FOREIGN = "In 1940, Commissar for Foreign Affairs Fyodor Kuznetsin ";

    @Test
    void theSameSentenceApartFromOfficeNameAndDateIsOneOccasion() {
        assertEquals(Optional.of(List.of("took", "part", "talks", "Kiev")),
                shared(FINANCE + "took part in the talks in Kiev.",
                        "During 1940 the Commissar for Foreign Affairs, Kuznetsin, took part in talks in Kiev."));
    }

    @Test
    void anotherPlaceOrPersonIsAnotherOccasion() {
        assertEquals(Optional.empty(), shared(FINANCE + "met the delegation in Kiev.",
                FOREIGN + "met the delegation in Leningrad."));
        assertEquals(Optional.empty(), shared(FINANCE + "met the delegation.", FOREIGN + "met the delegation in Leningrad."));
        assertEquals(Optional.empty(), shared(FINANCE + "met Stalin.", FOREIGN + "met Churchill."));
    }

    @Test
    void fewSharedWordsAreNotEnough() {
        // {met, trade, delegation} against {met, delegation, signed, treaty}: Jaccard 2/5 = 0.4
        assertEquals(Optional.empty(), shared(FINANCE + "met the trade delegation.",
                FOREIGN + "met the delegation and signed a treaty."));
        // one shared word: "spoke"
        assertEquals(Optional.empty(), shared(FINANCE + "spoke.", FOREIGN + "spoke."));
    }

    @Test
    void atTheThresholdIsOneOccasion() {
        // {met, trade, delegation} against {met, welcomed, visiting, trade, delegation}: Jaccard 3/5 = 0.6
        assertEquals(Optional.of(List.of("met", "trade", "delegation")), shared(FINANCE + "met the trade delegation.",
                FOREIGN + "met and welcomed the visiting trade delegation."));
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
