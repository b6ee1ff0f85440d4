package dev.claims.extract;

import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;

/** Stage 3: claims, mentions, works and citations of one structured document. */
public interface Extractor {
    ExtractedDocument extract(Document document);
}
