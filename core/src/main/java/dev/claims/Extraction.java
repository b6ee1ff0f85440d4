package dev.claims;

import dev.claims.model.ExtractedDocument;
import dev.claims.model.Skipped;
import java.util.List;

/** What extraction produced for a corpus: the documents read (sorted by id) and the inputs skipped. */
public record Extraction(List<ExtractedDocument> documents, List<Skipped> skipped) {
    public Extraction {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }
}
