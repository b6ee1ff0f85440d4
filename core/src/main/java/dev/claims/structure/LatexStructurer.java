package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structures LaTeX source. The preamble gives the title and author; in the body, blank lines end paragraphs,
 * {@code \section}s are headings (a "Bibliography"/"References" section's paragraphs are its entries),
 * {@code \footnote{…}} is a note whose marker stands where it was written (numbered 1, 2, 3…, or as
 * {@code \footnote[7]{…}} says), {@code \emph}/{@code \textit} are kept as {@code *…*} in notes and entries, comments
 * are noise, and TeX's typography is spelled out ({@code ``…''} “…”, {@code --} –, {@code ---} —, {@code ~} a space,
 * {@code \'e} é).
 *
 * <p>Citations: {@code \cite[12]{key}}, {@code \citep}, {@code \citet}, {@code \parencite}, {@code \textcite} and
 * {@code \footcite} are written out from the {@code .bib} file named by {@code \bibliography{…}} or
 * {@code \addbibresource{…}} beside the source (parsed by {@link BibFile} with jbibtex): in a note as a short
 * citation ("Price, *A History of Lisbourne Harbour*, 12"), in the body as author and year ("Price (1904)",
 * "(Price 1904, 12)"); the works cited become the bibliography, in the Chicago style, at the place of the command.
 * {@code \input{…}} and {@code \include{…}} of sibling files are read in place; their text is positioned at the
 * command. A file that cannot be read is a warning on the document.
 *
 * <pre>{@code
 * Arden's log survives.\footnote{Arden, \emph{Soundings}, 3.}
 *     // sentence "Arden’s log survives." with marker 1; note 1 "Arden, *Soundings*, 3."
 * }</pre>
 */
public final class LatexStructurer implements Structurer {
    private static final int MAX_INPUT_DEPTH = 5;
    private static final long MAX_SIBLING_BYTES = 10L << 20;
    /** Commands dropped with all their arguments. */
    private static final Set<String> DROPPED = Set.of("label", "vspace", "hspace", "usepackage", "documentclass",
            "setlength", "setcounter", "addtolength", "bibliographystyle", "pagestyle", "thispagestyle", "includegraphics",
            "newcommand", "renewcommand", "providecommand", "newenvironment", "geometry", "hypersetup", "nocite",
            "index", "pagenumbering", "newpage", "clearpage", "maketitle", "tableofcontents", "noindent", "par",
            "centering", "small", "footnotesize", "large", "Large", "normalsize", "bigskip", "medskip", "smallskip",
            "printbibliography", "date", "title", "author");
    private static final Set<String> SECTIONS = Set.of("part", "chapter", "section", "subsection", "subsubsection",
            "paragraph");
    private static final Set<String> CITES = Set.of("cite", "citep", "citet", "parencite", "textcite", "autocite",
            "footcite", "citeauthor", "citeyear");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("oe", "œ"), Map.entry("o", "ø"), Map.entry("l", "ł"),
            Map.entry("AE", "Æ"), Map.entry("OE", "Œ"), Map.entry("O", "Ø"), Map.entry("L", "Ł"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("i", "ı"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"), Map.entry("textellipsis", "…"));
    private static final Map<Character, Character> ACCENTS = Map.of('\'', '\u0301', '`', '\u0300', '^', '\u0302',
            '"', '\u0308', '~', '\u0303', 'c', '\u0327', 'v', '\u030C', 'u', '\u0306', '=', '\u0304', '.', '\u0307');

    @Override
    public Document structure(RawDocument raw) {
        DocumentAssembler asm = new DocumentAssembler(raw);
        String text = raw.text();
        int begin = text.indexOf("\\begin{document}");
        int end = text.indexOf("\\end{document}");
        int from = begin < 0 ? 0 : begin + "\\begin{document}".length();
        int to = end < from ? text.length() : end;
        Reader r = new Reader(raw, asm, text, -1, 0);
        r.preamble(0, begin < 0 ? 0 : begin);
        if (begin > 0) {
            asm.noise(0, from, "LaTeX preamble");
        }
        r.body(from, to);
        if (to < text.length()) {
            asm.noise(to, text.length(), "LaTeX end of document");
        }
        r.finish();
        return asm.build();
    }

    /** The text of a LaTeX fragment (a BibTeX field) as in a note: {@code \emph{X}} is {@code *X*}. */
    static String inline(String latex) {
        RawDocument raw = new RawDocument("", null, latex, dev.claims.model.InputFormat.LATEX, List.of());
        MappedText out = new MappedText();
        new Reader(raw, new DocumentAssembler(raw), latex, 0, 0).render(0, latex.length(), Mode.NOTE, out);
        out.trimEnd();
        return out.text();
    }

    private enum Mode { BODY, NOTE }

    /** Reads one source (the document, or a file it inputs, whose characters all stand at {@code fixed}). */
    private static final class Reader {
        private final RawDocument raw;
        private final DocumentAssembler asm;
        private final String src;
        private final int fixed;
        private final int depth;
        private final Shared shared;
        private MappedText para = new MappedText();
        private SectionHeadings.Kind section;
        private String sectionName;

        /** State shared by a document and the files it inputs. */
        private static final class Shared {
            int notes;
            BibFile bib;
            final Set<String> cited = new LinkedHashSet<>();
            final Set<Path> inputs = new HashSet<>();
            int bibliographyAt = -1;
        }

        Reader(RawDocument raw, DocumentAssembler asm, String src, int fixed, int depth) {
            this(raw, asm, src, fixed, depth, new Shared());
        }

        private Reader(RawDocument raw, DocumentAssembler asm, String src, int fixed, int depth, Shared shared) {
            this.raw = raw;
            this.asm = asm;
            this.src = src;
            this.fixed = fixed;
            this.depth = depth;
            this.shared = shared;
        }

        private int origin(int i) {
            return fixed >= 0 ? fixed : i;
        }

        void preamble(int from, int to) {
            for (String cmd : List.of("\\title", "\\author", "\\date")) {
                int at = src.indexOf(cmd + "{", from);
                if (at < 0 || at >= to) {
                    continue;
                }
                int open = at + cmd.length();
                int close = matching(open);
                MappedText t = new MappedText();
                render(open + 1, close, Mode.BODY, t);
                t.trimEnd();
                switch (cmd) {
                    case "\\title" -> asm.title(t.text());
                    case "\\author" -> asm.author(t.text());
                    default -> asm.date(t.text());
                }
            }
            // the .bib is read first, wherever its command stands: citations before it are written out from it
            for (String cmd : List.of("\\addbibresource{", "\\bibliography{")) {
                for (int i = src.indexOf(cmd); i >= 0; i = src.indexOf(cmd, i + 1)) {
                    bibFile(i + cmd.length() - 1);
                }
            }
        }

        void body(int from, int to) {
            render(from, to, Mode.BODY, null);
            endParagraph();
        }

        void finish() {
            if (shared.bib != null && !shared.cited.isEmpty()) {
                int at = shared.bibliographyAt;
                for (String entry : shared.bib.bibliography(shared.cited)) {
                    asm.bib(entry, at < 0 ? new Span(raw.text().length(), raw.text().length()) : new Span(at, at + 1), "Bibliography");
                }
            }
        }

        private void endParagraph() {
            para.trimEnd();
            if (para.isEmpty() && para.anchors().isEmpty()) {
                return;
            }
            if (section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                Span s = para.sourceSpan();
                if (s != null) {
                    asm.bib(para.text(), s, sectionName);
                }
            } else {
                asm.paragraph(para);
            }
            para = new MappedText();
        }

        /**
         * Renders {@code src[from, to)}. In the body ({@code out == null}) text goes to the current paragraph and
         * structure (paragraph breaks, sections, notes) is recorded; otherwise everything goes to {@code out}.
         */
        private void render(int from, int to, Mode mode, MappedText out) {
            int i = from;
            while (i < to) {
                MappedText t = out != null ? out : para;
                char c = src.charAt(i);
                if (c == '%') {
                    int eol = src.indexOf('\n', i);
                    int stop = eol < 0 || eol > to ? to : eol;
                    if (fixed < 0) {
                        asm.noise(i, stop, "LaTeX comment");
                    }
                    i = stop + 1; // a comment swallows its line break
                } else if (c == '\\') {
                    i = command(i, to, mode, out);
                } else if (c == '{' || c == '}' || c == '$') {
                    i++;
                } else if (c == '\n' && out == null && blankLineFollows(i, to)) {
                    endParagraph();
                    i++;
                } else if (c == '~') {
                    t.append(' ', origin(i));
                    i++;
                } else if (c == '-' && src.startsWith("---", i)) {
                    t.append('—', origin(i));
                    i += 3;
                } else if (c == '-' && src.startsWith("--", i)) {
                    t.append('–', origin(i));
                    i += 2;
                } else if (c == '`' && src.startsWith("``", i)) {
                    t.append('“', origin(i));
                    i += 2;
                } else if (c == '\'' && src.startsWith("''", i)) {
                    t.append('”', origin(i));
                    i += 2;
                } else if (c == '`') {
                    t.append('‘', origin(i));
                    i++;
                } else if (c == '\'') {
                    t.append('’', origin(i));
                    i++;
                } else {
                    t.append(c, origin(i));
                    i++;
                }
            }
        }

        private boolean blankLineFollows(int nl, int to) {
            for (int k = nl + 1; k < to; k++) {
                char c = src.charAt(k);
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return false;
        }

        /** Handles the command at {@code at} (a backslash); returns where reading goes on. */
        private int command(int at, int to, Mode mode, MappedText out) {
            MappedText t = out != null ? out : para;
            if (at + 1 >= to) {
                return to;
            }
            char next = src.charAt(at + 1);
            if (!Character.isLetter(next)) {
                if (ACCENTS.containsKey(next) && at + 2 < to) {
                    return accent(at, next, to, t);
                }
                if (next == '\\' || next == ' ' || next == ',' || next == ';' || next == '\n') {
                    t.append(' ', origin(at));
                } else if ("%&$#_{}".indexOf(next) >= 0) {
                    t.append(next, origin(at + 1));
                }
                return at + 2;
            }
            int e = at + 1;
            while (e < to && Character.isLetter(src.charAt(e))) {
                e++;
            }
            String name = src.substring(at + 1, e);
            int star = e < to && src.charAt(e) == '*' ? e + 1 : e;
            int optEnd = optional(star, to);
            String opt = optEnd > star ? src.substring(star + 1, optEnd - 1) : null;
            int brace = skipSpaces(optEnd, to);
            boolean hasArg = brace < to && src.charAt(brace) == '{';
            int close = hasArg ? Math.min(matching(brace), to) : -1;
            int after = hasArg ? Math.min(close + 1, to) : e;
            if (name.equals("footnote") && hasArg) {
                footnote(at, brace, close, opt, mode, t);
                return after;
            }
            if (CITES.contains(name) && hasArg) {
                cite(at, name, opt, src.substring(brace + 1, close), mode, t);
                return after;
            }
            if ((name.equals("emph") || name.equals("textit") || name.equals("textsl")) && hasArg) {
                if (mode == Mode.NOTE || section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                    t.append('*', origin(at));
                    render(brace + 1, close, mode, t);
                    t.append('*', origin(close));
                } else {
                    render(brace + 1, close, mode, out);
                }
                return after;
            }
            if (SECTIONS.contains(name) && hasArg && out == null) {
                endParagraph();
                MappedText h = new MappedText();
                render(brace + 1, close, Mode.BODY, h);
                h.trimEnd();
                if (fixed < 0) {
                    asm.noise(at, after, "heading");
                }
                SectionHeadings.Kind kind = SectionHeadings.of(h.text());
                section = kind == SectionHeadings.Kind.SUBSECTION ? section : kind;
                sectionName = h.text();
                return after;
            }
            if ((name.equals("bibliography") || name.equals("addbibresource")) && hasArg) {
                shared.bibliographyAt = origin(at);
                return after;
            }
            if (name.equals("printbibliography")) {
                shared.bibliographyAt = origin(at);
                return after;
            }
            if ((name.equals("input") || name.equals("include")) && hasArg && out == null) {
                input(at, src.substring(brace + 1, close).strip());
                return after;
            }
            if ((name.equals("begin") || name.equals("end")) && hasArg) {
                String env = src.substring(brace + 1, close);
                if (out == null && (env.equals("itemize") || env.equals("enumerate") || env.equals("quote")
                        || env.equals("quotation") || env.equals("description"))) {
                    endParagraph();
                }
                return after;
            }
            if (name.equals("item")) {
                if (out == null) {
                    endParagraph();
                }
                return optEnd;
            }
            String symbol = SYMBOLS.get(name);
            if (symbol != null) {
                t.appendAll(symbol, origin(at));
                return e < to && src.charAt(e) == '{' && e + 1 < to && src.charAt(e + 1) == '}' ? e + 2 : e;
            }
            if (DROPPED.contains(name)) {
                int k = optEnd;
                while (true) {
                    int b = skipSpaces(k, to);
                    if (b < to && src.charAt(b) == '{') {
                        k = Math.min(matching(b), to - 1) + 1;
                    } else {
                        return Math.max(k, e);
                    }
                }
            }
            // any other command: its name goes, its argument's text stays
            return hasArg ? brace : optEnd;
        }

        private int accent(int at, char accent, int to, MappedText t) {
            int k = at + 2;
            boolean braced = src.charAt(k) == '{';
            int letter = braced ? k + 1 : k;
            if (accent != '\'' && accent != '`' && accent != '^' && accent != '"' && accent != '~' && accent != '='
                    && accent != '.' && src.charAt(k) == ' ') {
                letter = k + 1;
            }
            if (letter >= to) {
                return to;
            }
            char base = src.charAt(letter);
            String composed = Normalizer.normalize(base + String.valueOf(ACCENTS.get(accent)), Normalizer.Form.NFC);
            t.appendAll(composed, origin(at));
            int end = letter + 1;
            if (braced && end < to && src.charAt(end) == '}') {
                end++;
            }
            return end;
        }

        private void footnote(int at, int brace, int close, String opt, Mode mode, MappedText t) {
            shared.notes++;
            String label = opt != null && !opt.isBlank() ? opt.strip() : Integer.toString(shared.notes);
            MappedText n = new MappedText();
            render(brace + 1, close, Mode.NOTE, n);
            n.trimEnd();
            Span span = new Span(origin(at), fixed >= 0 ? fixed + 1 : close + 1);
            asm.note(label, n.text(), span);
            if (mode == Mode.BODY) {
                t.anchor(label, span);
            }
        }

        private void cite(int at, String name, String post, String keys, Mode mode, MappedText t) {
            List<String> ks = new ArrayList<>();
            for (String k : keys.split(",")) {
                if (!k.isBlank()) {
                    ks.add(k.strip());
                    shared.cited.add(k.strip());
                }
            }
            BibFile bib = shared.bib;
            if (name.equals("footcite")) {
                shared.notes++;
                String label = Integer.toString(shared.notes);
                String note = bib == null ? String.join(", ", ks) : bib.shortCitation(ks, post) + ".";
                Span span = new Span(origin(at), origin(at) + 1);
                asm.note(label, note, span);
                t.anchor(label, span);
                return;
            }
            String s;
            if (bib == null) {
                s = "[" + String.join(", ", ks) + "]";
            } else if (mode == Mode.NOTE) {
                s = bib.shortCitation(ks, post);
            } else if (name.equals("citet") || name.equals("textcite")) {
                s = bib.authorYear(ks, post, true);
            } else if (name.equals("citeauthor")) {
                s = bib.authors(ks);
            } else if (name.equals("citeyear")) {
                s = bib.years(ks);
            } else {
                s = "(" + bib.authorYear(ks, post, false) + ")";
            }
            t.appendAll(s, origin(at));
        }

        private void bibFile(int brace) {
            int close = matching(brace);
            String names = src.substring(brace + 1, close);
            for (String n : names.split(",")) {
                String name = n.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Path p = sibling(name.endsWith(".bib") ? name : name + ".bib");
                if (p == null) {
                    asm.warning("bibliography " + name + " not found beside the source; citations of it are left as keys");
                    continue;
                }
                try {
                    BibFile b = BibFile.parse(Files.readString(p));
                    shared.bib = shared.bib == null ? b : shared.bib.merge(b);
                } catch (IOException | RuntimeException e) {
                    asm.warning("bibliography " + p.getFileName() + " could not be read (" + e.getMessage() + ")");
                }
            }
        }

        private void input(int at, String name) {
            Path p = sibling(name);
            if (p == null && !name.endsWith(".tex")) {
                p = sibling(name + ".tex");
            }
            if (p == null) {
                asm.warning("\\input{" + name + "} not found beside the source; its text is missing");
                return;
            }
            if (depth >= MAX_INPUT_DEPTH || !shared.inputs.add(p.toAbsolutePath().normalize())) {
                asm.warning("\\input{" + name + "} not read again (inputs nested too deep or in a loop)");
                return;
            }
            String content;
            try {
                content = Files.readString(p);
            } catch (IOException | RuntimeException e) {
                asm.warning("\\input{" + name + "} could not be read (" + e.getMessage() + ")");
                return;
            }
            Reader inner = new Reader(raw, asm, content, origin(at), depth + 1, shared);
            inner.para = para;
            inner.section = section;
            inner.sectionName = sectionName;
            inner.render(0, content.length(), Mode.BODY, null);
            para = inner.para;
            section = inner.section;
            sectionName = inner.sectionName;
        }

        /** A readable regular file of at most 10 MB in the source's folder, or null. */
        private Path sibling(String name) {
            if (raw.path() == null || name.contains("..")) {
                return null;
            }
            Path dir = raw.path().toAbsolutePath().getParent();
            Path p = dir == null ? Path.of(name) : dir.resolve(name);
            try {
                return Files.isRegularFile(p) && Files.size(p) <= MAX_SIBLING_BYTES ? p : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private int optional(int from, int to) {
            if (from < to && src.charAt(from) == '[') {
                int close = src.indexOf(']', from);
                return close < 0 || close >= to ? from : close + 1;
            }
            return from;
        }

        private int skipSpaces(int from, int to) {
            int k = from;
            while (k < to && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) {
                k++;
            }
            return k;
        }

        /** The index of the brace closing the one at {@code open}, or the end of the source. */
        private int matching(int open) {
            int level = 0;
            for (int k = open; k < src.length(); k++) {
                char c = src.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == '{') {
                    level++;
                } else if (c == '}' && --level == 0) {
                    return k;
                }
            }
            return src.length();
        }
    }
}
