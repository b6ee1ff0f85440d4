package dev.claims.citation;

import dev.claims.model.Work;
import dev.claims.model.Citation;
import dev.claims.model.BibEntry;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document's works seen from the citation checks: which came from the bibliography and which from a note, and
 * how to name and quote where each is.
 */
public final class DocumentCitations {
    /** Longest quote of a note or entry in a finding. */
    static final int QUOTE_CHARS = 400;
    private final ExtractedDocument document;
    private final List<Work> bibliography = new ArrayList<>();
    private final List<Work> notes = new ArrayList<>();

    public DocumentCitations(ExtractedDocument document) {
        this.document = document;
        for (Work w : document.works()) {
            if (noteOf(w.span()).isPresent()) {
                notes.add(w);
            } else {
                bibliography.add(w);
            }
        }
    }

    public ExtractedDocument document() {
        return document;
    }

    public String id() {
        return document.id();
    }

    /** Works described by bibliography entries. */
    public List<Work> bibliography() {
        return bibliography;
    }

    /** Works described by full notes. */
    public List<Work> noteWorks() {
        return notes;
    }

    /** The note whose span contains {@code span}. */
    public Optional<Note> noteOf(Span span) {
        return document.document().notes().stream().filter(n -> n.span().contains(span)).findFirst();
    }

    /** The citation made by the note reference at {@code span}. */
    public Optional<Citation> citationAt(Span span) {
        return document.citations().stream().filter(c -> c.span().equals(span)).findFirst();
    }

    /** "note 11" or "the bibliography" / "the Further Reading list" for a work's description. */
    public String where(Work w) {
        Optional<Note> n = noteOf(w.span());
        if (n.isPresent()) {
            return "note " + n.get().label();
        }
        return section(w.span()).map(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("bibliography") ? "the bibliography" : "the " + s + " list")
                .orElse("the bibliography");
    }

    private Optional<String> section(Span span) {
        for (BibEntry b : document.document().bibliography()) {
            if (b.span().overlaps(span) || span.contains(b.span())) {
                return Optional.of(b.section());
            }
        }
        return Optional.empty();
    }

    /** A place pointing at a work's note or entry. */
    public CitationIssue.Place place(Work w, String value) {
        return new CitationIssue.Place(document.id(), w.span(), CitationText.excerpt(w.raw(), QUOTE_CHARS), value);
    }

    /** A place pointing at a citation's note. */
    public CitationIssue.Place place(Citation c, String value) {
        return new CitationIssue.Place(document.id(), c.span(), CitationText.excerpt(c.text(), QUOTE_CHARS), value);
    }
}
