package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation keys a document cites, in first-use order: Pandoc's {@code @key} and {@code [@key, p. 12]} in the
 * body and the notes (not in code), and LaTeX's {@code \cite{a,b}}, {@code \citep[p.~3]{a}} outside comments.
 *
 * <pre>{@code
 * CitationKeys.in(doc)   // "as @Miller_2014 says [@Quine_1969, p. 114]" → [Miller_2014, Quine_1969]
 * }</pre>
 */
public final class CitationKeys {
    /** Pandoc: "@" not after a letter, digit or dot (so not an e-mail address), a key ending in a letter or digit. */
    static final Pattern PANDOC = Pattern.compile(
            "(?<![\\p{L}\\p{N}@.])@(\\p{L}[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])");
    static final Pattern LATEX = Pattern.compile(
            "\\\\(?:[a-zA-Z]*cite[a-zA-Z]*|nocite)\\*?(?:\\s*\\[[^\\]\\n]*\\]){0,2}\\s*\\{([^}\\n]+)\\}");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");
    private static final Pattern TEX_COMMENT = Pattern.compile("(?<!\\\\)%[^\\n]*");

    private CitationKeys() {
    }

    /** The keys cited, each once, in order of first use. */
    public static List<String> in(Document d) {
        Set<String> keys = new LinkedHashSet<>();
        String text = d.text();
        Matcher tex = LATEX.matcher(blank(text, TEX_COMMENT));
        while (tex.find()) {
            for (String k : tex.group(1).split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.strip());
                }
            }
        }
        List<Span> regions = new ArrayList<>(d.paragraphs());
        d.notes().stream().map(Note::span).forEach(regions::add);
        regions.sort(java.util.Comparator.comparingInt(Span::start));
        for (Span region : regions) {
            Matcher m = PANDOC.matcher(blank(region.of(text), CODE_SPAN));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return List.copyOf(keys);
    }

    /** The text with every match replaced by spaces, so offsets stay. */
    private static String blank(String text, Pattern p) {
        StringBuilder b = new StringBuilder(text);
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
