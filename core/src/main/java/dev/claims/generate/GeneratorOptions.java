package dev.claims.generate;

/**
 * What to generate. Rates are probabilities per opportunity, so the number planted is known from the gold file.
 *
 * <pre>{@code
 * GeneratorOptions o = GeneratorOptions.of(1000, 42);   // defaults for the rates
 * }</pre>
 *
 * @param documents          how many documents
 * @param seed               random seed: the same options give byte-identical output
 * @param officeConflictRate per person of a cluster: one document gives another office for the same year
 * @param variantRate        per person of a cluster: one document spells the name differently
 * @param citationErrorRate  per essay: one full note gives another year than the bibliography
 * @param dateConflictRate   per mention of a real event: the date is shifted, until {@code maxWrongPerFact}
 * @param quantityConflictRate per mention of a figure: million and billion are switched, at most once per figure
 * @param maxWrongPerFact    cap on wrong dates per real event in the whole corpus (keeps groups of shared facts
 *                           small enough that every contradiction is planted on purpose)
 */
public record GeneratorOptions(int documents, long seed, double officeConflictRate, double variantRate,
                               double citationErrorRate, double dateConflictRate, double quantityConflictRate,
                               int maxWrongPerFact) {
    public GeneratorOptions {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1, not " + documents);
        }
        checkRate("officeConflictRate", officeConflictRate);
        checkRate("variantRate", variantRate);
        checkRate("citationErrorRate", citationErrorRate);
        checkRate("dateConflictRate", dateConflictRate);
        checkRate("quantityConflictRate", quantityConflictRate);
        if (maxWrongPerFact < 0) {
            throw new IllegalArgumentException("maxWrongPerFact must not be negative");
        }
    }

    public static GeneratorOptions of(int documents, long seed) {
        return new GeneratorOptions(documents, seed, 0.25, 0.2, 0.25, 0.05, 0.05, 3);
    }

    private static void checkRate(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + v);
        }
    }
}
