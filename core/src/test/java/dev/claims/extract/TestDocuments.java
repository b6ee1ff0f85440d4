package dev.claims.extract;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small structured documents for extractor tests: sentences of one paragraph, text as given; an empty string
 * among the sentences starts a new paragraph.
 */
final class TestDocuments {
    private TestDocuments() {
    }

    static Document of(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (String s : sentences) {
            if (s.isEmpty()) {
                paragraph++;
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            out.add(Sentence.verbatim(s, text.length(), paragraph, List.of()));
            text.append(s);
        }
        return new Document("test.txt", Path.of("test.txt"), InputFormat.TEXT, text.toString(), "test", null, null,
                List.of(new Span(0, text.length())), out, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The span of {@code needle} inside the last sentence of {@code doc}. */
    static Span spanInLast(Document doc, String needle) {
        Sentence last = doc.sentences().get(doc.sentences().size() - 1);
        int i = last.text().indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("'" + needle + "' is not in: " + last.text());
        }
        return new Span(last.span().start() + i, last.span().start() + i + needle.length());
    }
}
