package dev.claims.generate;

/** The shapes of the seeds that generated documents imitate. */
public enum DocumentStyle {
    /** A PDF-exported essay: Unicode superscript markers, notes after each paragraph, a BIBLIOGRAPHY. */
    ESSAY("essay", "txt"),
    /** An encyclopedia entry with a "Further Reading" list of bulleted works. */
    ENCYCLOPEDIA("encyclopedia", "txt"),
    /** MediaWiki source saved as text: {@code __NOTOC__}, {@code <ref>} notes, headings and categories. */
    WIKI("wiki", "txt"),
    /** An HTML page with paragraphs and a list of sources. */
    HTML("page", "html");

    final String slug;
    final String extension;

    DocumentStyle(String slug, String extension) {
        this.slug = slug;
        this.extension = extension;
    }
}
