package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The default structurer: picks the reader for the document's format. It never throws: should a reader fail on
 * some input, the document is read again as plain text with a warning saying so, and should that fail too, it comes
 * back with no body and a warning.
 */
public final class FormatStructurer implements Structurer {
    private final Map<InputFormat, Structurer> byFormat = new EnumMap<>(InputFormat.class);
    private final Structurer plain = new PlainTextStructurer();

    public FormatStructurer() {
        byFormat.put(InputFormat.TEXT, plain);
        byFormat.put(InputFormat.MEDIAWIKI, new MediaWikiStructurer());
        byFormat.put(InputFormat.HTML, new HtmlStructurer());
        byFormat.put(InputFormat.MARKDOWN, new MarkdownStructurer());
        byFormat.put(InputFormat.LATEX, new LatexStructurer());
    }

    @Override
    public Document structure(RawDocument raw) {
        Structurer s = byFormat.getOrDefault(raw.format(), plain);
        try {
            return s.structure(raw);
        } catch (RuntimeException | StackOverflowError e) {
            RawDocument retry = new RawDocument(raw.id(), raw.path(), raw.text(), raw.format(),
                    concat(raw.warnings(), "could not be read as " + raw.format().id() + " (" + e + "); read as plain text"));
            try {
                return plain.structure(retry);
            } catch (RuntimeException | StackOverflowError e2) {
                return new Document(raw.id(), raw.path(), raw.format(), raw.text(), raw.id(), null, null, List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(),
                        concat(retry.warnings(), "could not be structured (" + e2 + ")"));
            }
        }
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
