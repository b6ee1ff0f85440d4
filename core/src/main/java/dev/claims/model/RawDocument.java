package dev.claims.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A document as read from disk: decoded text, its detected format, and any warnings about how it
 * was read (for example a windows-1252 fallback).
 *
 * @param id       stable identifier: the path relative to the root it was found under, with '/' separators
 * @param path     the path as given or found, for reports
 * @param text     the decoded original text; all spans index into it
 * @param format   detected or forced format
 * @param warnings sentences describing how the document was read, empty when nothing was unusual
 */
public record RawDocument(String id, Path path, String text, InputFormat format, List<String> warnings) {
    public RawDocument {
        warnings = List.copyOf(warnings);
    }
}
