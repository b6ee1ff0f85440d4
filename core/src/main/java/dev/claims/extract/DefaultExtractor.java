package dev.claims.extract;

import dev.claims.citation.CitationExtractor;
import dev.claims.citation.NoteCitationExtractor;
import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs every registered {@link ClaimExtractor} and the citation extractor over a document, and numbers the claims
 * in document order.
 */
public final class DefaultExtractor implements Extractor {
    private final List<ClaimExtractor> extractors;
    private final CitationExtractor citations;

    public DefaultExtractor() {
        this(ServiceLoader.load(ClaimExtractor.class, DefaultExtractor.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ClaimExtractor::name))
                .toList(), new NoteCitationExtractor());
    }

    public DefaultExtractor(List<ClaimExtractor> extractors, CitationExtractor citations) {
        this.extractors = List.copyOf(extractors);
        this.citations = citations;
    }

    @Override
    public ExtractedDocument extract(Document document) {
        List<Claim> found = new ArrayList<>();
        for (ClaimExtractor e : extractors) {
            found.addAll(e.extract(document));
        }
        found.sort(Comparator.comparing(Claim::span).thenComparing(Claim::attribute));
        List<Claim> numbered = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Claim c = found.get(i);
            numbered.add(new Claim("c" + (i + 1), c.documentId(), c.span(), c.sentence(), c.quote(), c.subject(),
                    c.attribute(), c.value(), c.time(), c.sources(), c.attribution()));
        }
        CitationExtractor.Result cited = citations.extract(document);
        return new ExtractedDocument(document, numbered, List.of(), cited.works(), cited.citations());
    }
}
