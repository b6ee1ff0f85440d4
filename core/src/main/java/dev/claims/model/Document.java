package dev.claims.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A structured document: the original text and, for everything found in it, spans into that text.
 *
 * @param id           stable document id (relative path)
 * @param path         path for reports
 * @param format       source format
 * @param text         the original text; every span indexes into it
 * @param title        title, or the file name when none is found
 * @param author       author where stated, else null
 * @param date         date line where stated, else null
 * @param paragraphs   body paragraphs
 * @param sentences    body sentences in order
 * @param markers      footnote markers in the body, in order
 * @param notes        notes in order
 * @param bibliography bibliography entries in order
 * @param noise        removed noise with reasons
 * @param warnings     how the document was read (encoding fallback, limits hit)
 */
public record Document(String id, Path path, InputFormat format, String text, String title, String author, String date,
                       List<Span> paragraphs, List<Sentence> sentences, List<Marker> markers, List<Note> notes,
                       List<BibEntry> bibliography, List<Noise> noise, List<String> warnings) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
        bibliography = List.copyOf(bibliography);
        noise = List.copyOf(noise);
        warnings = List.copyOf(warnings);
    }

    public LineMap lineMap() {
        return LineMap.of(text);
    }
}
