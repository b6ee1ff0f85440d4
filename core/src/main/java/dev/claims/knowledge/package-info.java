/**
 * The knowledge layer: general-English data every stage reads (predicate classes, what quantities measure, title
 * grammar, time zones, given names, the word lists of {@link dev.claims.knowledge.WordList}: hedges, auxiliaries,
 * function words, months, …) and the office lexicon, loaded once from data files under
 * {@code dev/claims/knowledge/} and {@code dev/claims/lexicon/}. Machinery lives in the stages; this package only
 * loads and looks up data. Depends on {@code model} only (and the library's one exception type).
 */
package dev.claims.knowledge;
