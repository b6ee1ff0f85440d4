package dev.claims.citation.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.citation.NameParser;
import dev.claims.model.PersonName;
import dev.claims.model.Work;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes works as CSL-JSON, the format Zotero, Pandoc and citeproc read: an array of items with {@code id},
 * {@code type}, {@code title}, {@code author}, {@code issued} and so on.
 *
 * <pre>{@code
 * new CslJsonExporter().write(CorpusWorks.of(docs).stream().map(CorpusWorks.Entry::work).toList(), writer);
 * // [ {"id": "butler2015roosevelt", "type": "book", "title": "Roosevelt and Stalin: Portrait of a Partnership", ...} ]
 * }</pre>
 */
public final class CslJsonExporter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    public void write(List<Work> works, Writer out) throws IOException {
        MAPPER.writeValue(out, toJson(works));
        out.write('\n');
    }

    public static ArrayNode toJson(List<Work> works) {
        ArrayNode items = MAPPER.createArrayNode();
        CitationKeys keys = new CitationKeys();
        for (Work w : works) {
            ObjectNode item = items.addObject();
            item.put("id", keys.next(w));
            item.put("type", type(w));
            put(item, "title", fullTitle(w));
            names(item, "author", w.authors());
            names(item, "editor", w.editors());
            put(item, "container-title", w.container());
            put(item, "volume", w.volume());
            put(item, "issue", w.issue());
            put(item, "page", w.pages());
            put(item, "publisher", w.publisher());
            put(item, "publisher-place", w.place());
            if (w.year().matches("\\d{4}")) {
                item.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(w.year()));
            }
            put(item, "URL", w.url());
            put(item, "DOI", w.doi());
            put(item, "ISBN", w.isbn());
        }
        return items;
    }

    static String fullTitle(Work w) {
        return w.subtitle().isEmpty() ? w.title() : w.title() + ": " + w.subtitle();
    }

    private static String type(Work w) {
        return switch (w.type()) {
            case "book" -> "book";
            case "chapter" -> "chapter";
            case "article" -> w.volume().isEmpty() && w.issue().isEmpty() ? "article-magazine" : "article-journal";
            case "web" -> w.container().isEmpty() ? "webpage" : "article-magazine";
            default -> "document";
        };
    }

    private static void names(ObjectNode item, String field, List<PersonName> names) {
        if (names.isEmpty()) {
            return;
        }
        ArrayNode a = item.putArray(field);
        for (PersonName n : names) {
            if (n.given().isEmpty() && NameParser.isInstitution(n.family())) {
                a.addObject().put("literal", n.family());
                continue;
            }
            ObjectNode o = a.addObject().put("family", n.family());
            if (!n.given().isEmpty()) {
                o.put("given", n.given());
            }
        }
    }

    private static void put(ObjectNode item, String field, String value) {
        if (!value.isEmpty()) {
            item.put(field, value);
        }
    }
}
