package dev.claims.model;

/** A stretch of the original text removed as noise (index lines, boilerplate, markup), with the reason. */
public record Noise(Span span, String reason) {
}
