/**
 * Stage 3, extract: claims, entity mentions and their attribution.
 *
 * <p>{@link dev.claims.extract.DocumentAnalysis} reads a document once: per sentence it finds time expressions
 * ({@link dev.claims.extract.TimeExpressionParser}, EDTF, with the document's running time context), event triggers
 * ({@link dev.claims.extract.EventLexicon}) and which date belongs to which event ({@link dev.claims.extract.EventLinker}),
 * attribution and hedge cues ({@link dev.claims.extract.AttributionDetector}) and person names with within-document
 * coreference ({@link dev.claims.extract.NameIndex}). The claim extractors — one class per value family, registered as
 * {@link dev.claims.extract.ClaimExtractor} services: {@link dev.claims.extract.DateExtractor},
 * {@link dev.claims.extract.QuantityExtractor}, {@link dev.claims.extract.OfficeExtractor},
 * {@link dev.claims.extract.EventExtractor} — read that analysis instead of re-scanning sentences.
 * {@link dev.claims.extract.DefaultExtractor} runs them and fills the document's mentions, and
 * {@link dev.claims.extract.FrameBuilder} reads each claim's sentence into a frame from its parts: the sentence's
 * reading ({@code SentenceReading}), the predicate chosen ({@code PredicateChoice}), what a value measures
 * ({@code Measures}), the person of a fact ({@code PersonOfFact}), named events ({@code NamedEvents}), designations
 * ({@code Designations}) and date lines ({@code DateLines}). All data (offices, events, gazetteers, cues) lives in
 * {@code dev/claims/lexicon/} and is described in the README there.
 */
package dev.claims.extract;
