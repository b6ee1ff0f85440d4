package dev.claims.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A MediaWiki citation template ({@code {{cite book|last=Butler|first=Susan|title=Roosevelt and Stalin|year=2015}}})
 * read into its named fields, and rendered as a Chicago-style citation with the title in {@code *italics*}, which is
 * the text a {@code Note} or {@code BibEntry} carries:
 *
 * <pre>{@code
 * CiteTemplate.parse("{{cite book|last=Butler|first=Susan|title=Roosevelt and Stalin|location=New York"
 *         + "|publisher=Knopf|year=2015|page=466}}").render();
 * // "Butler, Susan. *Roosevelt and Stalin*. New York: Knopf, 2015, 466."
 * }</pre>
 *
 * @param name   the template name in lower case ("cite book", "cite web", "sfn")
 * @param fields named parameters in order (keys lower case, values trimmed, markup kept)
 * @param positional unnamed parameters in order
 */
public record CiteTemplate(String name, Map<String, String> fields, List<String> positional) {
    public CiteTemplate {
        fields = Map.copyOf(fields);
        positional = List.copyOf(positional);
    }

    /** Reads {@code {{name|a=b|…}}}; the braces are optional. Never throws. */
    public static CiteTemplate parse(String source) {
        String s = source.strip();
        if (s.startsWith("{{")) {
            s = s.substring(2);
        }
        if (s.endsWith("}}")) {
            s = s.substring(0, s.length() - 2);
        }
        List<String> parts = splitTopLevel(s);
        String name = parts.isEmpty() ? "" : parts.get(0).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().matches("[\\p{L}\\p{N} _-]{1,40}")) {
                fields.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('_', '-'), p.substring(eq + 1).strip());
            } else {
                positional.add(p.strip());
            }
        }
        return new CiteTemplate(name, fields, positional);
    }

    /** Splits on '|' outside nested {{…}} and [[…]]. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '{' || c == '[') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                depth++;
                i++;
            } else if ((c == '}' || c == ']') && i + 1 < s.length() && s.charAt(i + 1) == c && depth > 0) {
                depth--;
                i++;
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** True for the citation templates we render ("cite …", "citation", "sfn", "sfnp", "harvnb"). */
    public boolean isCitation() {
        return name.startsWith("cite") || name.equals("citation") || isShortFootnote() || name.startsWith("harv");
    }

    private String f(String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The authors as written: "Last, First" for the first, "First Last" for the rest. */
    private String authors(String prefix, String single) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String n = i == 1 ? "" : String.valueOf(i);
            String last = f(prefix + "last" + n, prefix + "surname" + n, i == 1 ? prefix + "last1" : "\0");
            String first = f(prefix + "first" + n, prefix + "given" + n, i == 1 ? prefix + "first1" : "\0");
            if (last == null) {
                if (i > 1) {
                    break;
                }
                continue;
            }
            names.add(first == null ? last : names.isEmpty() ? last + ", " + first : first + " " + last);
        }
        if (names.isEmpty()) {
            String a = f(single, single + "s", single + "1");
            return a;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    /** Whether this is a short footnote ({@code {{sfn}}}, {@code {{sfnp}}}, {@code {{sfnm}}}): a note of its own. */
    public boolean isShortFootnote() {
        return name.equals("sfn") || name.equals("sfnp") || name.equals("sfnm");
    }

    /**
     * The authors and year of a short form as an author–date citation: {@code {{harvnb|de Berg|van Kreveld|2000}}} →
     * "de Berg and van Kreveld 2000"; with {@code {{harvtxt}}} or {@code {{harvs|txt}}} the year is in parentheses, as
     * the rendered sentence shows it.
     */
    public String authorDate() {
        List<String> names = new ArrayList<>();
        String year = "";
        for (String p : positional) {
            if (p.matches("\\d{4}[a-z]?|n\\.d\\.")) {
                year = p;
            } else if (!p.isBlank() && !p.equals("txt") && year.isEmpty()) {
                names.add(p.strip());
            }
        }
        for (int i = 1; i <= 4; i++) {
            // {{harvs|last=Thurston|year=1982}}: the first author may be unnumbered
            String last = i == 1 ? f("last1", "author1", "last", "author", "surname", "surname1") : f("last" + i, "author" + i);
            if (last != null) {
                names.add(last);
            }
        }
        if (year.isEmpty() && f("year", "year1") != null) {
            year = f("year", "year1");
        }
        String who = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        boolean inText = name.equals("harvtxt") || name.equals("harvs") && positional.contains("txt");
        return (who + (inText ? " (" + year + ")" : " " + year)).strip();
    }

    /** A Chicago-style rendering of the citation (titles in {@code *italics*}, URL last in angle brackets). */
    public String render() {
        if (isShortFootnote() || name.startsWith("harv")) {
            StringBuilder sb = new StringBuilder(authorDate());
            String p = f("p", "page");
            String pp = f("pp", "pages");
            String loc = f("loc", "at");
            if (p != null) {
                sb.append(", p. ").append(p);
            } else if (pp != null) {
                sb.append(", pp. ").append(pp);
            } else if (loc != null) {
                sb.append(", ").append(loc);
            }
            return (isShortFootnote() ? sb.append('.') : sb).toString().strip();
        }
        String authors = authors("", "author");
        String editors = authors("editor-", "editor");
        String title = f("title", "chapter");
        String container = f("journal", "work", "website", "newspaper", "magazine", "periodical", "encyclopedia");
        String publisher = f("publisher");
        String place = f("location", "place");
        String date = f("date", "year");
        String volume = f("volume");
        String issue = f("issue", "number");
        String pages = f("pages", "page", "at");
        String url = f("url");
        boolean book = name.contains("book") || (container == null && publisher != null && !name.contains("web"));
        List<String> parts = new ArrayList<>();
        if (authors != null) {
            parts.add(authors);
        } else if (editors != null) {
            parts.add(editors + ", ed");
        }
        if (title != null) {
            parts.add(book ? "*" + title + "*" : "\"" + title + ".\"");
        }
        StringBuilder tail = new StringBuilder();
        if (!book && container != null) {
            tail.append('*').append(container).append('*');
            if (volume != null) {
                tail.append(' ').append(volume);
            }
            if (issue != null) {
                tail.append(", no. ").append(issue);
            }
            if (date != null) {
                tail.append(" (").append(date).append(')');
            }
            if (pages != null) {
                tail.append(": ").append(pages);
            }
        } else {
            if (authors != null && editors != null) {
                tail.append("Edited by ").append(editors).append(". ");
            }
            if (place != null) {
                tail.append(place).append(publisher != null ? ": " : ", ");
            }
            if (publisher != null) {
                tail.append(publisher).append(date != null ? ", " : "");
            }
            if (date != null) {
                tail.append(date);
            }
            if (pages != null) {
                tail.append(tail.length() > 0 ? ", " : "").append(pages);
            }
        }
        if (tail.length() > 0) {
            parts.add(tail.toString());
        }
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            out.append(p);
            if (!p.endsWith(".") && !p.endsWith(".\"")) {
                out.append('.');
            }
            out.append(' ');
        }
        if (url != null) {
            out.append('<').append(url).append('>');
        }
        return out.toString().strip();
    }
}
