package dev.claims.citation;

import dev.claims.model.Document;

/**
 * The default {@link CitationExtractor}: parses the bibliography and every note, and resolves each note reference to
 * a work with {@link NoteResolver}.
 */
public final class NoteCitationExtractor implements CitationExtractor {
    private final NoteResolver resolver = new NoteResolver();

    @Override
    public Result extract(Document document) {
        NoteResolver.Result r = resolver.resolve(document);
        return new Result(r.works(), r.citations());
    }
}
