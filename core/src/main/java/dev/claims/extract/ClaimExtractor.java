package dev.claims.extract;

import dev.claims.model.Claim;
import dev.claims.model.Document;
import java.util.List;

/**
 * One family of claims (dates, quantities, offices, events). Implementations are small, stateless after
 * construction, thread-safe, and registered in {@code META-INF/services/dev.claims.extract.ClaimExtractor}.
 */
public interface ClaimExtractor {
    /** Short name for reports and configuration ("dates", "quantities"). */
    String name();

    /** Claims found in the document's sentences, in document order. Must not throw on any input. */
    List<Claim> extract(Document document);
}
