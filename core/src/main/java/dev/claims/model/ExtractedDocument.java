package dev.claims.model;

import java.util.List;

/**
 * What the extract stage found in one document: its structure, its claims, mentions, cited works and citations.
 *
 * @param document  the structured document
 * @param claims    claims in document order
 * @param mentions  named-entity mentions in document order
 * @param works     works described by the bibliography and full notes
 * @param citations one per reference in a note, in note order
 * @param frames    what each claim is about, keyed by claim id (claims without a frame are absent)
 */
public record ExtractedDocument(Document document, List<Claim> claims, List<Mention> mentions, List<Work> works,
                                List<Citation> citations, java.util.Map<String, Frame> frames) {
    public ExtractedDocument {
        frames = java.util.Map.copyOf(frames);
        claims = List.copyOf(claims);
        mentions = List.copyOf(mentions);
        works = List.copyOf(works);
        citations = List.copyOf(citations);
    }

    public ExtractedDocument(Document document, List<Claim> claims, List<Mention> mentions, List<Work> works,
                             List<Citation> citations) {
        this(document, claims, mentions, works, citations, java.util.Map.of());
    }

    public String id() {
        return document.id();
    }
}
