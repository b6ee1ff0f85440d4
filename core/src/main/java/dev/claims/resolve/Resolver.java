package dev.claims.resolve;

import dev.claims.model.ExtractedDocument;
import java.util.List;

/** Stage 4: resolves the same entity, event and work across documents and groups claims for comparison. */
public interface Resolver {
    ResolvedCorpus resolve(List<ExtractedDocument> documents);
}
