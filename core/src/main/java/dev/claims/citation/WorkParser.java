package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one bibliography entry or full note into a {@link Work}. Understands Chicago bibliography and note forms
 * (books with {@code *italic*} titles, articles with quoted titles in an italic journal), reading-list entries whose
 * titles are not marked ("Surname, Given. Title: Subtitle. Place: Publisher, Year. Annotation."), APA author-date
 * ("Butler, S. (2015). Title. Place: Publisher."), MediaWiki {@code {{cite book|...}}} templates, wiki links
 * {@code [https://… | label]} and bare URLs.
 *
 * <pre>{@code
 * WorkParser.parse("Susan Butler, *Roosevelt and Stalin* (New York: Knopf, 2015), 466-67.", span, Origin.NOTE)
 *     // Work(book, [Butler/Susan], "Roosevelt and Stalin", place "New York", publisher "Knopf", year "2015"),
 *     // locator "466-67"
 * }</pre>
 */
public final class WorkParser {
    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{P}\\s]");
    private static final java.util.regex.Pattern PARTICLE_WORDS = java.util.regex.Pattern.compile("(?i)\\b(?:van|von|de|der|den|du|da|di|la|le|del|dos|das)\\b");
    private static final java.util.regex.Pattern TWO_SENTENCES = java.util.regex.Pattern.compile(".*\\p{L}{2}\\.\\s+\\p{Lu}.*");
    private static final java.util.regex.Pattern SPACES_SPLIT = java.util.regex.Pattern.compile("\\s+");
    /** Where the text comes from: note forms give names in direct order, bibliographies invert the first. */
    public enum Origin {
        NOTE, BIBLIOGRAPHY
    }

    static final String LOCATOR = "(?:pp?\\.\\s{0,2})?[0-9ivxlcIVXLC]{1,6}(?:\\s{0,2}[-–]\\s{0,2}[0-9]{1,6})?"
            + "(?:\\s{0,2},\\s{0,2}[0-9]{1,6}(?:\\s{0,2}[-–]\\s{0,2}[0-9]{1,6})?){0,8}(?:\\s{0,2}n\\.\\s{0,2}\\d{1,3})?";
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>\\]|\"]{1,600})>?");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[(https?://[^\\s\\]|]{1,600})\\s{0,3}\\|?\\s{0,3}([^\\]]{0,300})\\]");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s{0,3}[Cc]ite\\s{1,3}(\\w{1,20})\\s{0,3}\\|([^{}]{0,3000})\\}\\}");
    private static final Pattern ITALIC = Pattern.compile("\\*([^*]{1,400})\\*");
    /** A quoted title: “…”, "…", or ‘…’ / '…' (an apostrophe inside, "Perelman's", does not close it). */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,400})”|\"([^\"]{1,400})\""
            + "|(?<![\\p{L}\\p{N}])[‘']([^‘'’\\n]{2,300}?(?:['’]\\p{L}[^‘'’\\n]{0,300}?)*)[’'](?=[,.;:)]?(?:\\s|$))");
    private static final Pattern PARENS = Pattern.compile("\\(([^()]{1,300})\\)");
    private static final Pattern NOTE_LOCATOR = Pattern.compile("^\\s{0,3}[,:]\\s{0,3}(" + LOCATOR + ")\\s{0,3}\\.{0,3}");
    private static final Pattern VOLUME_NO = Pattern.compile("\\b[Vv]ol(?:ume)?\\.?\\s{0,2}(\\d{1,4})");
    private static final Pattern LEADING_VOLUME = Pattern.compile("^[\\s,]{0,4}(\\d{1,4})\\b(?!\\s{0,2}[-–])");
    private static final Pattern ISSUE = Pattern.compile("\\b(?:[Nn]o|[Ii]ssue)\\.?\\s{0,2}(\\d{1,4})");
    private static final Pattern VOLUME_ISSUE_PAREN = Pattern.compile("^[\\s,]{0,4}(\\d{1,4})\\s{0,2}\\(\\s{0,2}(\\d{1,4})\\s{0,2},");
    private static final Pattern PAGES_AFTER = Pattern.compile("\\)\\s{0,2}[,:]\\s{0,3}(\\d{1,6}(?:\\s{0,2}[-–]\\s{0,2}\\d{1,6})?)");
    private static final Pattern APA = Pattern.compile("^(.{2,200}?)\\s\\((1[5-9]\\d\\d|20\\d\\d)[a-z]?(?:,[^)]{0,30})?\\)\\.\\s{1,3}(.{1,400})$");
    private static final Pattern UNMARKED_YEAR = Pattern.compile(",\\s{0,3}(1[5-9]\\d\\d|20\\d\\d)[a-z]?\\.(?:\\s|$)");
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s<>\"]{1,200})");
    private static final Pattern ISBN = Pattern.compile("\\bISBN(?:-1[03])?:?\\s{0,2}([0-9Xx][0-9Xx -]{8,20}[0-9Xx])");
    /** "…, 1996, 12." at the end of a note in bibliography style: the year, then the locator. */
    private static final Pattern BIB_STYLE_NOTE_TAIL = Pattern.compile(
            "(,\\s{0,2}(?:1[5-9]\\d\\d|20\\d\\d))[,.]\\s{0,2}(" + LOCATOR + ")\\s{0,2}\\.?\\s{0,2}$");
    private static final Pattern NAMES_YEAR = Pattern.compile("^(.{2,200}?)\\s{0,2}\\((1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)\\.?$");
    private static final Pattern PAGE_PARENS = Pattern.compile("^\\s{0,2}\\((pp?\\.\\s{0,2}" + LOCATOR + ")\\)");
    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    private WorkParser() {
    }

    /** Parses a work and, for notes, its locator; empty when the text is not a full reference. */
    public static Optional<ParsedReference> parse(String text, Span span, Origin origin) {
        String t = CitationText.squash(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher tm = TEMPLATE.matcher(t);
        if (t.contains("{{") && tm.find()) {
            return Optional.of(template(tm.group(1), tm.group(2), t, span));
        }
        // the link patterns need "http": most references are tried against none of them
        boolean http = t.contains("http");
        String url = "";
        Matcher um = URL.matcher(t);
        if (http && um.find()) {
            url = trimUrl(um.group(1));
        }
        Matcher wl = WIKI_LINK.matcher(t);
        if (http && wl.find()) {
            String label = CitationText.plain(wl.group(2));
            Work w = work("web", List.of(), List.of(), label, "", "", "", "", PublicationFacts.NONE, "",
                    trimUrl(wl.group(1)), t, span);
            return Optional.of(new ParsedReference("url", w, List.of(), "", "", t, span));
        }
        String withoutUrl = http ? CitationText.squash(URL.matcher(t).replaceAll("")) : t;
        if (!url.isEmpty() && PUNCTUATION_OR_SPACE.matcher(withoutUrl).replaceAll("").length() < 3) {
            Work w = work("web", List.of(), List.of(), "", "", "", "", "", PublicationFacts.NONE, "", url, t, span);
            return Optional.of(new ParsedReference("url", w, List.of(), "", "", t, span));
        }
        Optional<ParsedReference> marked = marked(withoutUrl, url, t, span, origin);
        if (marked.isPresent()) {
            return marked;
        }
        if (origin == Origin.BIBLIOGRAPHY) {
            Optional<ParsedReference> apa = authorDate(withoutUrl, url, t, span);
            if (apa.isPresent()) {
                return apa;
            }
            Optional<ParsedReference> plain = unmarked(withoutUrl, url, t, span);
            if (plain.isPresent()) {
                return plain;
            }
        }
        if (!url.isEmpty()) {
            // "Article: Recognition of the Soviet Union, 1933 <https://…>": a labelled link
            String label = CitationText.plain(withoutUrl.replaceFirst("^\\p{L}{1,20}:\\s{1,3}", ""));
            Work w = work("web", List.of(), List.of(), label, "", "", "", "", PublicationFacts.NONE, "", url, t, span);
            return Optional.of(new ParsedReference("url", w, List.of(), "", "", t, span));
        }
        return Optional.empty();
    }

    /**
     * The names, or none when one of them is not a name: a surname of more than three words or with a colon, a lower
     * case word ("also"), two sentences ("Plato. Rouse"), a digit or a citation key is a phrase the parse took in
     * ("A note before its use: Halvorsen"). No author is better than a wrong one.
     */
    static NameParser.Names confident(NameParser.Names names) {
        for (PersonName p : names.names()) {
            String family = PARTICLE_WORDS.matcher(p.family()).replaceAll(" ").strip();
            boolean word = !family.isEmpty() && Character.isLowerCase(family.charAt(0));
            boolean sentence = TWO_SENTENCES.matcher(family).matches() || (p.family() + p.given()).contains("@");
            if (family.contains(":") || SPACES_SPLIT.split(family).length > 3 || word || sentence
                    || family.chars().anyMatch(Character::isDigit)) {
                return new NameParser.Names(List.of(), names.editors());
            }
        }
        return names;
    }

    private static String quoted(Matcher q) {
        return q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
    }

    /** Titles marked by italics or quotation marks. */
    private static Optional<ParsedReference> marked(String s, String url, String raw, Span span, Origin origin) {
        Matcher it = ITALIC.matcher(s);
        boolean hasItalic = it.find();
        Matcher q = QUOTED.matcher(s);
        boolean hasQuote = false;
        while (q.find()) {
            String content = quoted(q);
            boolean inParens = q.start() > 0 && s.charAt(q.start() - 1) == '(';
            if (content.strip().length() >= 3 && !inParens) {
                hasQuote = true;
                break;
            }
        }
        if (!hasItalic && !hasQuote) {
            return Optional.empty();
        }
        boolean article = hasQuote && (!hasItalic || q.start() < it.start());
        int titleStart = article ? q.start() : it.start();
        int titleEnd = article ? q.end() : it.end();
        String titleText = article ? quoted(q) : it.group(1);
        String namePart = s.substring(0, titleStart).strip();
        // author–date: "Grudem, Wayne (2009). *Title* (p. 24). Zondervan." — the year after the names
        String authorYear = "";
        Matcher ay = NAMES_YEAR.matcher(namePart);
        if (ay.matches()) {
            namePart = ay.group(1);
            authorYear = ay.group(2);
        }
        // a note written in bibliography style ("Sibley, Katherine A. S. *Title*. Place: Publisher, 1996, 12.")
        boolean bibliographyStyle = origin == Origin.BIBLIOGRAPHY || namePart.endsWith(".") && namePart.contains(",")
                || !authorYear.isEmpty();
        NameParser.Names names = confident(NameParser.parse(namePart, bibliographyStyle));
        String rest = s.substring(titleEnd);
        if (!authorYear.isEmpty() && !article) {
            String locator = "";
            Matcher pl = PAGE_PARENS.matcher(rest);
            if (pl.lookingAt()) {
                locator = pl.group(1).strip();
                rest = rest.substring(pl.end());
            }
            String statement = rest.replaceFirst("^[\\s.]+", "");
            int dot = statement.indexOf(". ");
            PublicationFacts f = PublicationFacts.parse(dot >= 0 ? statement.substring(0, dot) : statement.replaceFirst("\\.$", ""));
            String[] ts = splitTitle(CitationText.plain(titleText));
            Work w = work("book", names, ts[0], ts[1], "", "", "", new PublicationFacts(f.place(), f.publisher(), authorYear),
                    "", url, raw, span);
            return Optional.of(new ParsedReference("full", w, List.of(), "", origin == Origin.NOTE ? locator : "", raw, span));
        }
        String container = "";
        String afterContainer = rest;
        if (article) {
            Matcher c = ITALIC.matcher(rest);
            if (c.find() && c.start() < 200) {
                container = CitationText.plain(c.group(1));
                afterContainer = rest.substring(c.end());
            }
        }
        String[] ts = splitTitle(CitationText.plain(titleText));
        String locator = "";
        if (article && !container.isEmpty()) {
            String volume = "";
            String issue = "";
            Matcher vi = VOLUME_ISSUE_PAREN.matcher(afterContainer);
            if (vi.find()) {
                volume = vi.group(1);
                issue = vi.group(2);
            } else {
                Matcher v = VOLUME_NO.matcher(afterContainer);
                Matcher lv = LEADING_VOLUME.matcher(afterContainer);
                volume = v.find() ? v.group(1) : lv.find() ? lv.group(1) : "";
                Matcher is = ISSUE.matcher(afterContainer);
                issue = is.find() ? is.group(1) : "";
            }
            String pages = "";
            Matcher pa = PAGES_AFTER.matcher(afterContainer);
            if (pa.find()) {
                pages = pa.group(1).replace(" ", "");
            }
            Matcher yr = PublicationFacts.YEAR.matcher(afterContainer);
            String year = "";
            while (yr.find()) {
                if (pages.isEmpty() || yr.start() < pa.start()) {
                    year = yr.group(1);
                }
            }
            if (year.isEmpty()) {
                // "“The Sinews of War,” March 5, 1946 speech at Fulton, *Society*": the date precedes the container
                Matcher before = PublicationFacts.YEAR.matcher(rest.substring(0, Math.max(0, rest.length() - afterContainer.length())));
                if (before.find()) {
                    year = before.group(1);
                }
            }
            if (origin == Origin.NOTE) {
                locator = pages;
                pages = "";
            }
            String type = !volume.isEmpty() || !issue.isEmpty() || !pages.isEmpty() || !locator.isEmpty() ? "article"
                    : !url.isEmpty() ? "web" : "article";
            Work w = work(type, names, ts[0], ts[1], container, volume, issue, new PublicationFacts("", "", year),
                    pages, url, raw, span);
            return Optional.of(new ParsedReference("full", w, List.of(), "", locator, raw, span));
        }
        // a book (or a quoted title without a journal): the publication statement follows the title
        PublicationFacts facts = PublicationFacts.NONE;
        if (origin == Origin.NOTE) {
            Matcher p = PARENS.matcher(rest);
            while (p.find()) {
                if (PublicationFacts.YEAR.matcher(p.group(1)).find()) {
                    facts = PublicationFacts.parse(p.group(1));
                    Matcher loc = NOTE_LOCATOR.matcher(rest.substring(p.end()));
                    if (loc.find()) {
                        locator = loc.group(1).strip();
                    }
                    break;
                }
            }
            if (facts == PublicationFacts.NONE && bibliographyStyle && rest.contains(":")) {
                Matcher tail = BIB_STYLE_NOTE_TAIL.matcher(rest);
                if (tail.find()) {
                    facts = PublicationFacts.parse(rest.substring(0, tail.start() + tail.group(1).length()));
                    locator = tail.group(2).strip();
                } else {
                    facts = PublicationFacts.parse(rest);
                }
            }
            if (facts == PublicationFacts.NONE && (PublicationFacts.YEAR.matcher(rest).find() || !url.isEmpty())) {
                Matcher yr = PublicationFacts.YEAR.matcher(rest);
                facts = new PublicationFacts("", "", yr.find() ? yr.group(1) : "");
            }
        } else if (PublicationFacts.YEAR.matcher(rest).find()) {
            facts = PublicationFacts.parse(rest);
        }
        if (facts == PublicationFacts.NONE && url.isEmpty()) {
            return Optional.empty();
        }
        String type = article ? (url.isEmpty() ? "article" : "web") : "book";
        Work w = work(type, names, ts[0], ts[1], "", "", "", facts, "", url, raw, span);
        return Optional.of(new ParsedReference("full", w, List.of(), "", locator, raw, span));
    }

    /** APA: "Butler, S. (2015). Roosevelt and Stalin. New York: Knopf." */
    private static Optional<ParsedReference> authorDate(String s, String url, String raw, Span span) {
        Matcher m = APA.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(3);
        int dot = rest.indexOf(". ");
        String title = dot >= 0 ? rest.substring(0, dot) : rest;
        String statement = dot >= 0 ? rest.substring(dot + 2) : "";
        PublicationFacts f = PublicationFacts.parse(statement);
        String[] ts = splitTitle(CitationText.plain(title));
        Work w = work("book", NameParser.parse(m.group(1).replace(" & ", ", and ")), ts[0], ts[1], "", "", "",
                new PublicationFacts(f.place(), f.publisher(), m.group(2)), "", url, raw, span);
        return Optional.of(new ParsedReference("full", w, List.of(), "", "", raw, span));
    }

    /** "Surname, Given. Title: Subtitle. Place: Publisher, Year. Annotation." with no marked title. */
    private static Optional<ParsedReference> unmarked(String s, String url, String raw, Span span) {
        Matcher y = UNMARKED_YEAR.matcher(s);
        if (!y.find()) {
            return Optional.empty();
        }
        String before = s.substring(0, y.start());
        int colon = before.lastIndexOf(": ");
        String place = "";
        String publisher;
        int headEnd;
        if (colon >= 0) {
            int sentence = before.lastIndexOf(". ", colon);
            if (sentence < 0) {
                return Optional.empty();
            }
            place = before.substring(sentence + 2, colon).strip();
            publisher = before.substring(colon + 2).strip();
            headEnd = sentence;
        } else {
            int sentence = before.lastIndexOf(". ");
            if (sentence < 0) {
                return Optional.empty();
            }
            publisher = before.substring(sentence + 2).strip();
            headEnd = sentence;
        }
        String head = before.substring(0, headEnd);
        int nameEnd = invertedNameEnd(head);
        if (nameEnd < 0) {
            return Optional.empty();
        }
        NameParser.Names names = NameParser.parse(head.substring(0, nameEnd));
        String[] ts = splitTitle(CitationText.plain(head.substring(nameEnd)));
        if (ts[0].isEmpty()) {
            return Optional.empty();
        }
        Work w = work("book", names, ts[0], ts[1], "", "", "", new PublicationFacts(place, publisher, y.group(1)), "",
                url, raw, span);
        return Optional.of(new ParsedReference("full", w, List.of(), "", "", raw, span));
    }

    /**
     * End of "Family, Given." at the start of an unmarked entry: the given part ends at a full word with a period,
     * or at an initial not followed by another initial once a full given name has been seen ("Katherine A. S.",
     * "M. Wayne.", "Edward M.").
     */
    static int invertedNameEnd(String head) {
        int comma = head.indexOf(", ");
        if (comma <= 0 || comma > 60) {
            return -1;
        }
        int pos = comma + 2;
        boolean sawWord = false;
        for (int tokens = 0; tokens < 6 && pos < head.length(); tokens++) {
            int sp = head.indexOf(' ', pos);
            int end = sp < 0 ? head.length() : sp;
            String tok = head.substring(pos, end);
            if (tok.endsWith(".")) {
                boolean initial = INITIAL.matcher(tok).matches();
                String next = sp < 0 ? "" : head.substring(sp + 1, Math.max(sp + 1, nextSpace(head, sp + 1)));
                boolean nextInitial = INITIAL.matcher(next).matches();
                if (!initial || (!nextInitial && sawWord)) {
                    return end;
                }
            } else {
                sawWord = true;
            }
            if (sp < 0) {
                return -1;
            }
            pos = sp + 1;
        }
        return -1;
    }

    private static int nextSpace(String s, int from) {
        int i = s.indexOf(' ', from);
        return i < 0 ? s.length() : i;
    }

    /** {{cite book |last=… |first=… |title=… }} */
    private static ParsedReference template(String kind, String body, String raw, Span span) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : body.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                f.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
            }
        }
        List<PersonName> authors = templateNames(f, "", "author");
        List<PersonName> editors = templateNames(f, "editor-", "editor");
        String title = f.getOrDefault("title", "");
        String container = first(f, "journal", "work", "website", "newspaper", "magazine", "periodical");
        String year = first(f, "year", "date");
        Matcher y = PublicationFacts.YEAR.matcher(year);
        year = y.find() ? y.group(1) : "";
        String type = switch (kind.toLowerCase(Locale.ROOT)) {
            case "book" -> "book";
            case "journal", "news", "magazine" -> "article";
            case "web" -> "web";
            default -> "document";
        };
        String[] ts = splitTitle(CitationText.plain(title));
        String locator = first(f, "page", "at");
        Work w = new Work(type, authors, editors, ts[0], ts[1], container, f.getOrDefault("volume", ""),
                f.getOrDefault("issue", ""), first(f, "location", "place"), f.getOrDefault("publisher", ""), year,
                f.getOrDefault("pages", ""), f.getOrDefault("url", ""), f.getOrDefault("doi", ""),
                f.getOrDefault("isbn", ""), raw, span);
        return new ParsedReference("full", w, List.of(), "", locator, raw, span);
    }

    private static List<PersonName> templateNames(Map<String, String> f, String prefix, String whole) {
        List<PersonName> out = new ArrayList<>();
        for (int i = 0; i <= 9; i++) {
            String n = i == 0 ? "" : String.valueOf(i);
            String last = f.get(prefix + "last" + n);
            if (last == null) {
                last = f.get(prefix + "surname" + n);
            }
            if (last != null && !last.isBlank()) {
                String given = f.getOrDefault(prefix + "first" + n, f.getOrDefault(prefix + "given" + n, ""));
                out.add(new PersonName(last.strip(), given.strip(), given.isBlank() ? last.strip() : last.strip() + ", " + given.strip()));
            }
        }
        if (out.isEmpty()) {
            for (String key : List.of(whole, whole + "1", whole + "s")) {
                String v = f.get(key);
                if (v != null && !v.isBlank()) {
                    out.addAll(NameParser.parse(v).names());
                    break;
                }
            }
        }
        return out;
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            String v = f.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** "Roosevelt and Stalin: Portrait of a Partnership" → ["Roosevelt and Stalin", "Portrait of a Partnership"]. */
    static String[] splitTitle(String title) {
        int colon = title.indexOf(':');
        if (colon > 0 && colon < title.length() - 1 && "'\"‘“".indexOf(title.substring(colon + 1).strip().charAt(0)) < 0) {
            return new String[] {title.substring(0, colon).strip(), title.substring(colon + 1).strip()};
        }
        return new String[] {title, ""};
    }

    static String trimUrl(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;)>".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static Work work(String type, NameParser.Names names, String title, String subtitle, String container,
                             String volume, String issue, PublicationFacts facts, String pages, String url, String raw,
                             Span span) {
        List<PersonName> authors = names.editors() ? List.of() : names.names();
        List<PersonName> editors = names.editors() ? names.names() : List.of();
        return work(type, authors, editors, title, subtitle, container, volume, issue, facts, pages, url, raw, span);
    }

    private static Work work(String type, List<PersonName> authors, List<PersonName> editors, String title,
                             String subtitle, String container, String volume, String issue, PublicationFacts facts,
                             String pages, String url, String raw, Span span) {
        Matcher d = DOI.matcher(raw);
        Matcher i = ISBN.matcher(raw);
        return new Work(type, authors, editors, title, subtitle, container, volume, issue, facts.place(),
                facts.publisher(), facts.year(), pages, url, d.find() ? trimUrl(d.group(1)) : "",
                i.find() ? i.group(1).replace(" ", "") : "", raw, span);
    }
}
