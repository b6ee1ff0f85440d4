package dev.claims.model;

/**
 * The typed value of a claim. Each value type is its own record; a new type is a new class.
 * {@link #normalized()} follows a published standard where one exists (EDTF for dates,
 * ISO 4217 for currencies).
 */
public interface Value {
    /** {@code date}, {@code quantity}, {@code office}, {@code name} or {@code event}. */
    String type();

    /** The value as written in the document. */
    String text();

    /** The normalised form that comparison and reports use. */
    String normalized();
}
