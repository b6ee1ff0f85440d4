package dev.claims.citation.export;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes works as BibTeX entries ({@code @book}, {@code @article}, {@code @misc}) with special characters escaped.
 *
 * <pre>{@code
 * @book{butler2015roosevelt,
 *   author = {Butler, Susan},
 *   title = {Roosevelt and Stalin: Portrait of a Partnership},
 *   publisher = {Knopf Doubleday},
 *   address = {New York},
 *   year = {2015}
 * }
 * }</pre>
 */
public final class BibTexExporter {
    public void write(List<Work> works, Writer out) throws IOException {
        out.write(toBibTex(works));
    }

    public static String toBibTex(List<Work> works) {
        StringBuilder sb = new StringBuilder();
        CitationKeys keys = new CitationKeys();
        for (Work w : works) {
            String type = switch (w.type()) {
                case "book" -> "book";
                case "article" -> "article";
                case "chapter" -> "incollection";
                default -> "misc";
            };
            sb.append('@').append(type).append('{').append(keys.next(w));
            field(sb, "author", names(w.authors()));
            field(sb, "editor", names(w.editors()));
            field(sb, "title", CslJsonExporter.fullTitle(w));
            field(sb, type.equals("article") ? "journal" : type.equals("incollection") ? "booktitle" : "howpublished",
                    w.container());
            field(sb, "volume", w.volume());
            field(sb, "number", w.issue());
            field(sb, "pages", w.pages().replace("–", "--").replaceAll("(?<=\\d)-(?=\\d)", "--"));
            field(sb, "publisher", w.publisher());
            field(sb, "address", w.place());
            field(sb, "year", w.year());
            field(sb, "url", w.url());
            field(sb, "doi", w.doi());
            field(sb, "isbn", w.isbn());
            sb.append("\n}\n\n");
        }
        return sb.toString();
    }

    private static String names(List<PersonName> names) {
        return names.stream().map(n -> n.given().isEmpty() ? "{" + n.family() + "}" : n.family() + ", " + n.given())
                .collect(Collectors.joining(" and "));
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        String v = name.equals("url") || name.equals("doi") ? value : escape(value);
        if (name.equals("author") || name.equals("editor")) {
            v = value.replace("&", "\\&");
        }
        sb.append(",\n  ").append(name).append(" = {").append(v).append('}');
    }

    /** Escapes BibTeX/LaTeX special characters. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\\' -> out.append("\\textbackslash{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
