package dev.claims.structure;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Joins a document to the file that holds its bibliography: a Markdown report whose references are in the
 * project's README, a Pandoc chapter with its {@code bibs/*.txt} list, a LaTeX chapter and its {@code .bib}.
 *
 * <p>The joined document's text is the document's text, a blank line, and the companion's text, so every span of
 * the document stays where it was (and its line numbers with it); the companion's bibliography entries are shifted
 * to where its text now starts. A companion with no bibliography section of its own (a file of references, one per
 * line) gives each non-blank line as an entry. When the document cites by key ({@code @key}, {@code [@key]},
 * {@code \cite{key}}), the bibliography is what Pandoc or BibTeX would print: the entries cited, found by their key,
 * or, for a list without keys, by the surname, year and title words a generated key is made of
 * ({@code Miller_2014_Realism} → "Miller, A. (2014). Realism.").
 *
 * <pre>{@code
 * Document joined = CompanionBibliography.join(report, readme.path(), readme.text(),
 *         CompanionBibliography.entries(readme));   // report's notes, readme's BIBLIOGRAFIA entries
 * }</pre>
 */
public final class CompanionBibliography {
    /** One companion entry; {@code key} is null for a list without citation keys. */
    public record Entry(String key, BibEntry entry) {
    }

    private CompanionBibliography() {
    }

    /** The entries of a structured companion: its bibliography sections, else each non-blank line. */
    public static List<Entry> entries(Document companion) {
        List<BibEntry> list = companion.bibliography().isEmpty() ? lines(companion.text()) : companion.bibliography();
        return list.stream().map(e -> new Entry(null, e)).toList();
    }

    /** The entries of a BibTeX companion, with their keys. */
    public static List<Entry> bibtexEntries(String bibText) {
        return BibTexBibliography.read(bibText).stream().map(k -> new Entry(k.key(), k.entry())).toList();
    }

    /** The document with the companion's entries (those it cites, when it cites by key) after its own. */
    public static Document join(Document document, Path companionPath, String companionText, List<Entry> entries) {
        String separator = document.text().endsWith("\n") ? "\n" : "\n\n";
        int offset = document.text().length() + separator.length();
        List<String> keys = CitationKeys.in(document);
        List<BibEntry> bibliography = new ArrayList<>(document.bibliography());
        for (Entry e : entries) {
            if (!keys.isEmpty() && keys.stream().noneMatch(k -> cites(k, e))) {
                continue;
            }
            BibEntry b = e.entry();
            bibliography.add(new BibEntry(b.text(), new Span(b.span().start() + offset, b.span().end() + offset),
                    b.section()));
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add("bibliography read from " + companionPath);
        return new Document(document.id(), document.path(), document.format(),
                document.text() + separator + companionText, document.title(), document.author(), document.date(),
                document.paragraphs(), document.sentences(), document.markers(), document.notes(), bibliography,
                document.noise(), warnings);
    }

    /** Whether a citation key denotes an entry: the entry's own key, else the parts of a generated key in order. */
    static boolean cites(String key, Entry e) {
        if (e.key() != null) {
            return e.key().equals(key);
        }
        String text = squash(e.entry().text());
        String[] parts = key.split("[_:]");
        if (parts.length < 2 || !text.startsWith(squash(parts[0]))) {
            return false;
        }
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(squash(part), at);
            if (found < 0) {
                return false;
            }
            at = found + squash(part).length();
        }
        return true;
    }

    /** Letters and digits only, lower case, accents dropped. */
    static String squash(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Each non-blank line of a file of references. */
    static List<BibEntry> lines(String text) {
        List<BibEntry> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String body = line.strip();
            if (!body.isEmpty()) {
                int lead = line.indexOf(body);
                out.add(new BibEntry(body, new Span(start + lead, start + lead + body.length()), "References"));
            }
            start = end + 1;
        }
        return out;
    }

}
