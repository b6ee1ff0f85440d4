/**
 * The project configuration file ({@code claims.json} or {@code .claims.json}): which documents to include, rule
 * severities, and additions to the lexicons. {@link dev.claims.config.ConfigLoader} reads and validates it into an
 * immutable {@link dev.claims.config.ClaimsConfig}; see docs/config.md.
 */
package dev.claims.config;
