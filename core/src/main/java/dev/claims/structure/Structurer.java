package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.RawDocument;

/**
 * Stage 2: finds a raw document's structure (title, paragraphs, sentences, footnote markers, notes, bibliography,
 * noise), every part a span into the original text. Implementations must not throw on any input text.
 */
public interface Structurer {
    Document structure(RawDocument raw);
}
