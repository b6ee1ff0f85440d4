package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.Extraction;
import dev.claims.TestPaths;
import dev.claims.eval.EvalResult;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldMatcher;
import dev.claims.eval.Score;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds scored against fixtures/gold/crossdoc-seeds.json with the default pack only: no named people, places,
 * organisations, events or state offices, so what the general machinery finds alone. The figures are the ones
 * measured (README "Knowledge packs"); the soviet pack's figures are {@link CrossDocQualityTest}'s.
 */
class DefaultPackSeedQualityTest {
    @Test
    void seedsWithTheDefaultPackOnly() {
        Path gold = TestPaths.fixtures().resolve("gold/crossdoc-seeds.json");
        Checker checker = Checker.withOptions(CheckerOptions.defaults());
        Extraction extraction = checker.extract(List.of(TestPaths.seeds()));
        Report report = checker.check(extraction);
        EvalResult r = new GoldMatcher(GoldFile.read(gold), gold).score(extraction.documents(), report.findings());
        Score contradictions = r.kind(FindingKind.CONTRADICTION);
        Score agreements = r.kind(FindingKind.AGREEMENT);
        Score variants = r.kind(FindingKind.VARIANT);
        // the Iron Curtain speech: a named event the body dates, against the note cited for it; Molotov "Soviet
        // Ambassador" in 1942 inside the foreign minister's tenure that "replaced Foreign Commissar X with Molotov"
        // (1939) and a caption's "the Soviet foreign minister" (1945) bound, by the default pack's general offices
        assertEquals(List.of(8, 6, 6), List.of(contradictions.rows(), contradictions.findings(),
                contradictions.truePositives()), "contradictions: rows, findings, true positives");
        // Litvinov's "Commissar for Foreign Affairs" comes as role-agreement, which meets an office-agreement row;
        // the conferences by the list "conferences in Tehran (1943), Yalta (…)" and the Comintern's dissolution by
        // its general verb; the recognition by the clause "when" opens after a date ("in 1933 when … recognized"),
        // Hoover's title after a possessor ("Coolidge's Secretary of Commerce"), Molotov's by succession ("replaced
        // Foreign Commissar X with Molotov"), a given name misspelled by one letter, and the Tehran conference by an
        // image caption
        assertEquals(List.of(22, 16, 16), List.of(agreements.rows(), agreements.findings(), agreements.truePositives()),
                "agreements: rows, findings, true positives");
        // Litinov/Litvinov and Izvestia/Izvestiya by two spellings in one document, Tehran/Teheran a vowel apart
        assertEquals(List.of(8, 8, 8), List.of(variants.rows(), variants.findings(), variants.truePositives()),
                "variants: rows, findings, true positives");
    }
}
