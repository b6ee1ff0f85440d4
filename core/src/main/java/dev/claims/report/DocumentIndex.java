package dev.claims.report;

import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.LineMap;
import dev.claims.model.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A report's documents by id, with line maps built once, for writers that need positions beyond evidence starts. */
final class DocumentIndex {
    private final Map<String, ExtractedDocument> byId = new HashMap<>();
    private final Map<String, LineMap> lineMaps = new HashMap<>();

    DocumentIndex(Report report) {
        for (ExtractedDocument d : report.corpus()) {
            byId.put(d.id(), d);
        }
    }

    Optional<ExtractedDocument> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Line and column of an offset in a document, or empty when the document is not in the corpus. */
    Optional<int[]> position(String id, int offset) {
        ExtractedDocument d = byId.get(id);
        if (d == null || offset > d.document().text().length()) {
            return Optional.empty();
        }
        LineMap map = lineMaps.computeIfAbsent(id, k -> d.document().lineMap());
        return Optional.of(new int[] {map.line(offset), map.column(offset)});
    }

    /** The paragraph containing the span, else the span widened to its lines; empty when the document is unknown. */
    Optional<Span> surrounding(String id, Span span) {
        ExtractedDocument ed = byId.get(id);
        if (ed == null || span.end() > ed.document().text().length()) {
            return Optional.empty();
        }
        Document d = ed.document();
        for (Span p : d.paragraphs()) {
            if (p.contains(span)) {
                return Optional.of(p);
            }
        }
        String text = d.text();
        int start = span.start();
        while (start > 0 && text.charAt(start - 1) != '\n' && span.start() - start < 600) {
            start--;
        }
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n' && end - span.end() < 600) {
            end++;
        }
        return Optional.of(new Span(start, end));
    }
}
