package dev.claims.load;

import dev.claims.model.RawDocument;
import dev.claims.model.Skipped;
import java.util.List;

/** Everything a load produced: the documents read and the inputs skipped, each with its reason. */
public record LoadResult(List<RawDocument> documents, List<Skipped> skipped) {
    public LoadResult {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }
}
