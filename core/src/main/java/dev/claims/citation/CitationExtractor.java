package dev.claims.citation;

import dev.claims.model.Work;
import dev.claims.model.Citation;
import dev.claims.model.Document;
import java.util.List;

/** Parses a document's bibliography and notes into works, and resolves every note reference to a work. */
public interface CitationExtractor {
    record Result(List<Work> works, List<Citation> citations) {
        public Result {
            works = List.copyOf(works);
            citations = List.copyOf(citations);
        }
    }

    Result extract(Document document);
}
