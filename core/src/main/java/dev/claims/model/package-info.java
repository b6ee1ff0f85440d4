/**
 * The immutable records that flow between the pipeline stages: spans into the original text, documents and their
 * structure, claims with typed values, and findings with evidence. No behaviour beyond small derivations.
 */
package dev.claims.model;
