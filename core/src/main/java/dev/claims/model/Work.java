package dev.claims.model;

import dev.claims.model.Span;
import java.util.List;

/**
 * A cited work as one bibliography entry or full note describes it. Fields a source does not give are empty strings.
 *
 * @param type       "book", "article", "chapter", "web" or "document"
 * @param authors    authors in order
 * @param editors    editors in order
 * @param title      main title (without subtitle)
 * @param subtitle   subtitle, empty when none
 * @param container  journal, magazine, collection or site
 * @param volume     volume
 * @param issue      issue or number
 * @param place      place of publication
 * @param publisher  publisher
 * @param year       year of publication as written
 * @param pages      page range of an article or chapter
 * @param url        URL where given
 * @param doi        DOI where given
 * @param isbn       ISBN where given
 * @param raw        the text it was parsed from
 * @param span       where that text is in the document
 */
public record Work(String type, List<PersonName> authors, List<PersonName> editors, String title, String subtitle,
                   String container, String volume, String issue, String place, String publisher, String year,
                   String pages, String url, String doi, String isbn, String raw, Span span) {
    public Work {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
    }
}
