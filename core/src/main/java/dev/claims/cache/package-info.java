/**
 * Re-runs that do not redo work: {@link dev.claims.cache.ExtractionCache} keeps each document's extraction by the
 * hash of its content and of the options that shape it.
 */
package dev.claims.cache;
