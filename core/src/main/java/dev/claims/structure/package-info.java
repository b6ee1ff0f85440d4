/**
 * Stage 2, structure: per-format readers (plain text, HTML, MediaWiki, Markdown) that find body paragraphs,
 * sentences, footnote markers, notes, bibliography and noise, each as spans into the original text.
 */
package dev.claims.structure;
