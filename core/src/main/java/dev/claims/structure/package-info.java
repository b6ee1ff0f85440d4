/**
 * Stage 2, structure: per-format readers that find a document's title, author and date, body paragraphs and
 * sentences, footnote markers, notes, bibliography entries and removed noise, each as a span into the original text.
 *
 * <ul>
 *   <li>{@link dev.claims.structure.FormatStructurer} picks the reader by format and never throws (a failing reader
 *       falls back to plain text with a warning).</li>
 *   <li>{@link dev.claims.structure.PlainTextStructurer}: text saved from web pages and exported from PDFs
 *       (superscript markers, notes after each page, page-break rejoining, bibliographies with sub-lists, index
 *       lines, boilerplate); {@link dev.claims.structure.MediaWikiStructurer}: wiki source with our own
 *       offset-keeping reader; {@link dev.claims.structure.MarkdownStructurer}: commonmark-java with footnotes;
 *       {@link dev.claims.structure.HtmlStructurer}: jsoup with position tracking.</li>
 *   <li>Cleaning (markers out, noise out, OCR and LaTeX repairs) keeps, for every character of a sentence's cleaned
 *       text, the offset of the original character it came from ({@code Sentence.offsets}).</li>
 *   <li>{@link dev.claims.structure.SentenceSplitter}: ICU4J's sentence break iterator plus abbreviation rules.</li>
 * </ul>
 *
 * <p>Data files beside this package ({@code core/src/main/resources/dev/claims/structure/}), each documented in its
 * header: {@code abbreviations.txt}, {@code sentence-starters.txt}, {@code section-headings.txt} (bibliography,
 * notes and sub-list headings) and {@code boilerplate.txt} (boilerplate lines with the reason recorded as noise).
 *
 * <p>Headings, the title line and the author/date lines are not sentences; they are recorded as noise with the
 * reasons "heading", "title", "author line", "date line" so that nothing leaves the body without a trace.
 */
package dev.claims.structure;
