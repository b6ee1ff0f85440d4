/**
 * Stage 1, load: paths to decoded raw documents, with format detection and every skipped input accounted for;
 * and the input {@link dev.claims.load.Limits} with the guards that apply them: {@link dev.claims.load.HtmlDepth}
 * here, {@code dev.claims.structure.NoteLimit} around the structure stage and {@code dev.claims.extract.SentenceLimit}
 * around the extract stage. See docs/limits.md.
 */
package dev.claims.load;
