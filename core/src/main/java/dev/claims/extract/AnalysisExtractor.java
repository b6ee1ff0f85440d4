package dev.claims.extract;

import dev.claims.model.Claim;
import dev.claims.model.Document;
import java.util.List;

/**
 * A {@link ClaimExtractor} that reads the shared {@link DocumentAnalysis} instead of re-scanning sentences.
 * {@link DefaultExtractor} computes the analysis once per document and hands it to every such extractor; used
 * alone, {@link #extract(Document)} computes it with the extractor's lexicons.
 */
public interface AnalysisExtractor extends ClaimExtractor {
    /** The lexicons used when the extractor computes the analysis itself. */
    Lexicons lexicons();

    /** Claims found in an analysed document, in document order. Must not throw on any input. */
    List<Claim> extract(DocumentAnalysis analysis);

    @Override
    default List<Claim> extract(Document document) {
        return extract(DocumentAnalysis.of(document, lexicons()));
    }
}
