package dev.claims.structure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * A BibTeX database parsed by jbibtex, and the works in it written out in the Chicago style the rest of claims reads:
 * "Price, Walter. *A History of Lisbourne Harbour*. Bristol: Westgate, 1904." for a book, "Hale, Margaret. “Tides and
 * Old Charts.” *Journal of Coastal Works* 14, no. 2 (1861): 33–58." for an article; short citations
 * "Price, *A History of Lisbourne Harbour*, 12" in notes; "Price 1904" in the body. Field values are LaTeX, read as
 * {@link LatexStructurer} reads text.
 */
final class BibFile {
    private final Map<String, Map<String, String>> entries;

    private BibFile(Map<String, Map<String, String>> entries) {
        this.entries = entries;
    }

    /** @throws IllegalArgumentException when the text is not BibTeX jbibtex can parse */
    static BibFile parse(String bibtex) {
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(bibtex));
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalArgumentException("not valid BibTeX: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        Map<String, Map<String, String>> entries = new HashMap<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            Map<String, String> fields = new HashMap<>();
            fields.put("type", e.getValue().getType().getValue().toLowerCase(Locale.ROOT));
            for (Map.Entry<Key, Value> f : e.getValue().getFields().entrySet()) {
                fields.put(f.getKey().getValue().toLowerCase(Locale.ROOT), LatexStructurer.inline(f.getValue().toUserString()));
            }
            entries.put(e.getKey().getValue(), fields);
        }
        return new BibFile(entries);
    }

    BibFile merge(BibFile other) {
        Map<String, Map<String, String>> all = new HashMap<>(entries);
        all.putAll(other.entries);
        return new BibFile(all);
    }

    /** The bibliography of the works cited (those in the file), sorted as a bibliography is. */
    List<String> bibliography(Set<String> cited) {
        List<String> out = new ArrayList<>();
        for (String key : cited) {
            Map<String, String> e = entries.get(key);
            if (e != null) {
                out.add(entry(e));
            }
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    private static String entry(Map<String, String> e) {
        StringBuilder sb = new StringBuilder(authorsInverted(e.getOrDefault("author", e.getOrDefault("editor", ""))));
        String title = e.getOrDefault("title", "");
        if (e.get("type").equals("article")) {
            sb.append(" “").append(title).append(".” *").append(e.getOrDefault("journal", "")).append('*');
            append(sb, " ", e.get("volume"));
            append(sb, ", no. ", e.get("number"));
            append(sb, " (", e.get("year"), ")");
            append(sb, ": ", e.get("pages"));
            return sb.append('.').toString();
        }
        sb.append(" *").append(title).append("*.");
        String place = e.get("address");
        String publisher = e.get("publisher");
        if (place != null || publisher != null) {
            sb.append(' ').append(place == null ? "" : place + ": ").append(publisher == null ? "" : publisher);
            append(sb, ", ", e.get("year"));
        } else {
            append(sb, " ", e.get("year"));
        }
        return sb.append('.').toString();
    }

    private static void append(StringBuilder sb, String before, String value) {
        append(sb, before, value, "");
    }

    private static void append(StringBuilder sb, String before, String value, String after) {
        if (value != null && !value.isBlank()) {
            sb.append(before).append(value).append(after);
        }
    }

    /** "Price, Walter." or "Price, Walter, and Anna Keller." */
    private static String authorsInverted(String authors) {
        List<String[]> names = names(authors);
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(names.get(0)[0]);
        if (!names.get(0)[1].isEmpty()) {
            sb.append(", ").append(names.get(0)[1]);
        }
        for (int i = 1; i < names.size(); i++) {
            sb.append(i == names.size() - 1 ? ", and " : ", ").append(names.get(i)[1]).append(' ').append(names.get(i)[0]);
        }
        String s = sb.toString().strip();
        return s.endsWith(".") ? s : s + ".";
    }

    /** Each name as {surname, given names}. */
    private static List<String[]> names(String authors) {
        List<String[]> out = new ArrayList<>();
        for (String a : authors.split("\\s+and\\s+")) {
            String n = a.strip();
            if (n.isEmpty()) {
                continue;
            }
            int comma = n.indexOf(',');
            if (comma >= 0) {
                out.add(new String[] {n.substring(0, comma).strip(), n.substring(comma + 1).strip()});
            } else {
                int space = n.lastIndexOf(' ');
                out.add(space < 0 ? new String[] {n, ""} : new String[] {n.substring(space + 1), n.substring(0, space)});
            }
        }
        return out;
    }

    private String surnames(Map<String, String> e) {
        List<String[]> names = names(e.getOrDefault("author", e.getOrDefault("editor", "")));
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0)[0];
        }
        if (names.size() == 2) {
            return names.get(0)[0] + " and " + names.get(1)[0];
        }
        return names.get(0)[0] + " et al.";
    }

    /** "Price, *A History of Lisbourne Harbour*, 12" (the title up to its colon); several joined by "; ". */
    String shortCitation(List<String> keys, String post) {
        return each(keys, "; ", e -> {
            String title = e.getOrDefault("title", "");
            int colon = title.indexOf(':');
            String shortTitle = colon > 0 ? title.substring(0, colon).strip() : title;
            String cited = e.get("type").equals("article") ? "“" + shortTitle + (post == null ? "”" : ",”")
                    : "*" + shortTitle + "*" + (post == null ? "" : ",");
            return surnames(e) + ", " + cited + (post == null ? "" : " " + LatexStructurer.inline(post));
        });
    }

    /** "Price 1904, 12" or, in running text, "Price (1904, 12)". */
    String authorYear(List<String> keys, String post, boolean textual) {
        return each(keys, textual ? ", " : "; ", e -> {
            String year = e.getOrDefault("year", "n.d.") + (post == null ? "" : ", " + LatexStructurer.inline(post));
            return textual ? surnames(e) + " (" + year + ")" : surnames(e) + " " + year;
        });
    }

    /** Each work cited written by {@code write} (a key not in the file as itself), joined. */
    private String each(List<String> keys, String joiner, java.util.function.Function<Map<String, String>, String> write) {
        return String.join(joiner, keys.stream().map(k -> entries.containsKey(k) ? write.apply(entries.get(k)) : k).toList());
    }

    String authors(List<String> keys) {
        return each(keys, ", ", this::surnames);
    }

    String years(List<String> keys) {
        return each(keys, ", ", e -> e.getOrDefault("year", "n.d."));
    }
}
