package dev.claims.extract;

import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Sentence;
import dev.claims.extract.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the extract stage so that no extractor looks at a sentence longer than {@code Limits.maxSentenceChars()}
 * characters (a several-megabyte line with no full stop is one "sentence"). Such sentences keep their place, span
 * and index in the document, they are only blanked in the copy the extractors see; the document gets a warning
 * saying how many were passed over and how to raise the limit.
 *
 * <pre>{@code
 * Extractor e = new SentenceLimit(new DefaultExtractor(), limits.maxSentenceChars());
 * }</pre>
 */
public final class SentenceLimit implements Extractor {
    private final Extractor delegate;
    private final int maxChars;

    public SentenceLimit(Extractor delegate, int maxChars) {
        this.delegate = delegate;
        this.maxChars = maxChars;
    }

    @Override
    public ExtractedDocument extract(Document document) {
        List<Sentence> seen = new ArrayList<>(document.sentences().size());
        int passedOver = 0;
        for (Sentence s : document.sentences()) {
            if (s.text().length() > maxChars) {
                passedOver++;
                seen.add(new Sentence(s.span(), "", new int[] {s.span().end()}, s.paragraph(), s.markers(),
                        s.layout()));
            } else {
                seen.add(s);
            }
        }
        if (passedOver == 0) {
            return delegate.extract(document);
        }
        ExtractedDocument r = delegate.extract(with(document, seen, document.warnings()));
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add(warning(passedOver, maxChars));
        return new ExtractedDocument(with(document, document.sentences(), warnings), r.claims(), r.mentions(),
                r.works(), r.citations());
    }

    /** The warning added to a document with over-long sentences. */
    public static String warning(int sentences, int maxChars) {
        return sentences + (sentences == 1 ? " sentence" : " sentences") + " longer than " + maxChars
                + " characters not searched for claims (raise the limit with --max-sentence-length)";
    }

    private static Document with(Document d, List<Sentence> sentences, List<String> warnings) {
        return new Document(d.id(), d.path(), d.format(), d.text(), d.title(), d.author(), d.date(), d.paragraphs(),
                sentences, d.markers(), d.notes(), d.bibliography(), d.noise(), warnings);
    }
}
