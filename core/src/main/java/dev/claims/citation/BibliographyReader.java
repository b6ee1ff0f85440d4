package dev.claims.citation;

import dev.claims.model.Work;
import dev.claims.model.BibEntry;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a document's bibliography entries into works. Sub-headings ("BOOKS", "ARTICLES") and entries that are not
 * references are skipped; a bare URL on its own line after an entry becomes that entry's URL.
 */
public final class BibliographyReader {
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[•*·\\-–]\\s{0,3}");
    private static final Pattern HEADING = Pattern.compile("^[\\p{Lu}\\s&/,-]{2,60}$|^[\\p{L} ]{2,40}:?$");

    private BibliographyReader() {
    }

    /** The works of a bibliography, in order. */
    public static List<Work> read(List<BibEntry> entries) {
        return read(entries, null);
    }

    /** The works of a bibliography; with the document text, entries holding several bullets are split. */
    public static List<Work> read(List<BibEntry> entries, String documentText) {
        List<Work> works = new ArrayList<>();
        for (BibEntry e : split(entries, documentText)) {
            String text = CitationText.squash(BULLET.matcher(e.text()).replaceFirst(""));
            if (text.isEmpty() || HEADING.matcher(text).matches()) {
                continue;
            }
            Optional<ParsedReference> p = WorkParser.parse(text, e.span(), WorkParser.Origin.BIBLIOGRAPHY);
            if (p.isEmpty()) {
                continue;
            }
            Work w = p.get().work();
            if (w.title().isEmpty() && w.authors().isEmpty() && !w.url().isEmpty() && !works.isEmpty()
                    && works.get(works.size() - 1).url().isEmpty()) {
                Work prev = works.remove(works.size() - 1);
                works.add(withUrl(prev, w.url(), new Span(prev.span().start(), e.span().end())));
                continue;
            }
            works.add(w);
        }
        return works;
    }

    /** Splits an entry that holds several "•" bullet items (a list read as one paragraph) into one per item. */
    static List<BibEntry> split(List<BibEntry> entries, String text) {
        List<BibEntry> out = new ArrayList<>();
        for (BibEntry e : entries) {
            if (text == null || e.text().indexOf('•') == e.text().lastIndexOf('•')) {
                out.add(e);
                continue;
            }
            String region = e.span().of(text);
            int at = region.indexOf('•');
            while (at >= 0) {
                int next = region.indexOf('•', at + 1);
                int end = next < 0 ? region.length() : next;
                String item = region.substring(at + 1, end);
                int lead = item.length() - item.stripLeading().length();
                String body = item.strip();
                if (!body.isEmpty()) {
                    int start = e.span().start() + at + 1 + lead;
                    out.add(new BibEntry(CitationText.squash(body), new Span(start, start + body.length()), e.section()));
                }
                at = next;
            }
        }
        return out;
    }

    static Work withUrl(Work w, String url, Span span) {
        return new Work(w.type(), w.authors(), w.editors(), w.title(), w.subtitle(), w.container(), w.volume(),
                w.issue(), w.place(), w.publisher(), w.year(), w.pages(), url, w.doi(), w.isbn(), w.raw(), span);
    }
}
