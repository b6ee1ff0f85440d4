/**
 * Exports a corpus's cited works for reference managers: CSL-JSON (Zotero, Pandoc, citeproc) and BibTeX.
 */
package dev.claims.citation.export;
