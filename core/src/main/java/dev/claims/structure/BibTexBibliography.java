package dev.claims.structure;

import dev.claims.model.BibEntry;
import dev.claims.model.Span;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * The entries of a BibTeX database (parsed by jbibtex), each written out as a reference in author–date style so the
 * citation reader parses it like any bibliography entry, with its key and its extent in the {@code .bib} text.
 *
 * <pre>{@code
 * @book{ML84, author = {Martin-L{\"o}f, Per}, title = {Intuitionistic type theory}, publisher = {Bibliopolis},
 *             address = {Naples}, year = 1984}
 *   → key "ML84", text "Martin-Löf, Per (1984). *Intuitionistic type theory*. Naples: Bibliopolis."
 * }</pre>
 */
public final class BibTexBibliography {
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*(\\w+)\\s*[{(]\\s*([^,\\s]+)\\s*,");

    /** One entry: its citation key and the entry as a bibliography line. */
    public record Keyed(String key, BibEntry entry) {
    }

    private BibTexBibliography() {
    }

    /**
     * Every entry of the database, in file order.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not BibTeX
     */
    public static List<Keyed> read(String text) {
        BibTeXDatabase db;
        try {
            db = new LenientParser().parse(new StringReader(text));
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalArgumentException("not BibTeX: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Span> spans = new java.util.HashMap<>();
        Matcher m = ENTRY_START.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            keys.add(m.group(2));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            spans.putIfAbsent(keys.get(i), new Span(start, end));
        }
        List<Keyed> out = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            String key = e.getKey().getValue();
            Span span = spans.getOrDefault(key, new Span(0, 0));
            out.add(new Keyed(key, new BibEntry(reference(e.getValue()), span, "References")));
        }
        out.sort(java.util.Comparator.comparingInt(k -> k.entry().span().start()));
        return out;
    }

    /** "Family, Given, & Family, Given (Year). Title. *Journal*, 12(3), 1–20. Place: Publisher." */
    static String reference(BibTeXEntry e) {
        StringBuilder b = new StringBuilder();
        String authors = field(e, BibTeXEntry.KEY_AUTHOR);
        if (authors.isEmpty()) {
            authors = field(e, BibTeXEntry.KEY_EDITOR);
        }
        String[] people = authors.isEmpty() ? new String[0] : authors.split("\\s+and\\s+");
        for (int i = 0; i < people.length; i++) {
            if (i > 0) {
                b.append(i == people.length - 1 ? ", & " : ", ");
            }
            b.append(inverted(people[i].strip()));
        }
        String year = field(e, BibTeXEntry.KEY_YEAR);
        if (!year.isEmpty()) {
            b.append(b.length() == 0 ? "" : " ").append('(').append(year).append(')');
        }
        b.append(b.length() == 0 ? "" : ". ");
        String container = field(e, BibTeXEntry.KEY_JOURNAL);
        if (container.isEmpty()) {
            container = field(e, BibTeXEntry.KEY_BOOKTITLE);
        }
        String title = field(e, BibTeXEntry.KEY_TITLE);
        boolean book = container.isEmpty();
        b.append(book ? "*" + title + "*" : title).append('.');
        if (!container.isEmpty()) {
            b.append(" *").append(container).append('*');
            String volume = field(e, BibTeXEntry.KEY_VOLUME);
            String number = field(e, BibTeXEntry.KEY_NUMBER);
            if (!volume.isEmpty()) {
                b.append(", ").append(volume).append(number.isEmpty() ? "" : "(" + number + ")");
            }
            String pages = field(e, BibTeXEntry.KEY_PAGES).replace("--", "–");
            if (!pages.isEmpty()) {
                b.append(", ").append(pages);
            }
            b.append('.');
        }
        String publisher = field(e, BibTeXEntry.KEY_PUBLISHER);
        if (publisher.isEmpty()) {
            publisher = field(e, BibTeXEntry.KEY_SCHOOL);
        }
        if (publisher.isEmpty()) {
            publisher = field(e, BibTeXEntry.KEY_INSTITUTION);
        }
        String place = field(e, BibTeXEntry.KEY_ADDRESS);
        if (!publisher.isEmpty()) {
            b.append(' ').append(place.isEmpty() ? "" : place + ": ").append(publisher).append('.');
        }
        String doi = field(e, BibTeXEntry.KEY_DOI);
        if (!doi.isEmpty()) {
            b.append(" https://doi.org/").append(doi);
        } else if (!field(e, BibTeXEntry.KEY_URL).isEmpty()) {
            b.append(' ').append(field(e, BibTeXEntry.KEY_URL));
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** "Per Martin-Löf" → "Martin-Löf, Per"; "Martin-Löf, Per" stays; an institution ("{HoTT Project}") stays. */
    static String inverted(String name) {
        if (name.contains(",") || !name.contains(" ")) {
            return name;
        }
        int last = name.lastIndexOf(' ');
        String family = name.substring(last + 1);
        String given = name.substring(0, last);
        // particles stay with the family name: "Ludwig van Beethoven" → "van Beethoven, Ludwig"
        Matcher particle = Pattern.compile("^(.*?)\\s((?:van|von|de|der|den|du|da|del|la|le)(?:\\s\\S+)*)$").matcher(given);
        if (particle.matches()) {
            return particle.group(2) + " " + family + ", " + particle.group(1);
        }
        return family + ", " + given;
    }

    private static String field(BibTeXEntry e, Key key) {
        Value v = e.getField(key);
        if (v == null) {
            return "";
        }
        String raw = v.toUserString();
        return plain(raw);
    }

    /** LaTeX markup to plain text ("Martin-L{\"o}f" → "Martin-Löf"); braces dropped where it cannot be parsed. */
    static String plain(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0) {
            return latex.replaceAll("\\s+", " ").strip();
        }
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(new StringReader(latex));
            return new LaTeXPrinter().print(objects).replaceAll("\\s+", " ").strip();
        } catch (ParseException | RuntimeException e) {
            return latex.replaceAll("\\\\[a-zA-Z]+\\s?|[{}\\\\]", "").replaceAll("\\s+", " ").strip();
        }
    }

    /** Undefined @string macros and cross-references are kept as written instead of failing the whole file. */
    private static final class LenientParser extends BibTeXParser {
        LenientParser() throws TokenMgrException, ParseException {
            super();
        }

        @Override
        public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
        }
    }
}
