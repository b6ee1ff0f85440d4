package dev.claims.extract;

/**
 * What the analysis extractors share: the name they are known by and the lexicons they analyse a document with when
 * used alone. A subclass only says what it finds in each sentence; {@link SentenceAnalysis#claim} builds its claims.
 */
abstract class SentenceExtractor implements AnalysisExtractor {
    private final String name;
    private final Lexicons lexicons;

    SentenceExtractor(String name, Lexicons lexicons) {
        this.name = name;
        this.lexicons = lexicons;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Lexicons lexicons() {
        return lexicons;
    }
}
