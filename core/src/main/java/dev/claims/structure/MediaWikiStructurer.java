package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.Layout;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Structures MediaWiki source with a small reader of our own that keeps every character's original offset.
 *
 * <ul>
 *   <li>{@code <ref>…</ref>} becomes a note and a marker at the same place; notes are numbered in order of first use,
 *       as the rendered page shows them, and a named ref ({@code <ref name="x">}) re-used as {@code <ref name="x"/>}
 *       gives another marker with the same number. Refs defined inside {@code <references>…</references>} are
 *       notes too.</li>
 *   <li>Citation templates ({@code {{cite book|…}}}, {@code {{cite web|…}}}) in notes and bibliography entries
 *       are rendered by {@link CiteTemplate} as Chicago-style text with {@code *italic*} titles and the URL last in
 *       angle brackets. A short footnote ({@code {{sfn}}}, {@code {{sfnp}}}, {@code {{sfnm}}}) is a marker and a
 *       note reading "de Berg and van Kreveld 2000, p. 3."; identical ones are one note, as MediaWiki renders them.
 *       {@code {{harvnb}}}, {@code {{harvtxt}}}, {@code {{harvs}}} read as author–date text, in a note or in a
 *       sentence. {@code {{reflist|refs=…}}} holds list-defined refs. Other templates are removed as noise.</li>
 *   <li>{@code [[target|label]]} reads as its label, {@code [url label]} as its label in the body and as
 *       "label &lt;url&gt;" in notes and bibliography; {@code [[File:…]]}, {@code [[Category:…]]}, magic words
 *       ({@code __NOTOC__}), comments and tables are noise; {@code ''italics''} become {@code *italics*} in notes and
 *       bibliography entries and vanish from body text.</li>
 *   <li>{@code ==Headings==} are structure, not sentences; a "Works Cited", "References", "Bibliography",
 *       "Further reading" heading makes the following list items ({@code * …}) bibliography entries; "External
 *       links" does not.</li>
 *   <li>Lines of a saved page view ("Changes", "Jump to: navigation, search", "no edit summary",
 *       "Navigation menu") are boilerplate noise.</li>
 * </ul>
 */
public final class MediaWikiStructurer implements Structurer {
    /** Infobox parameters that hold no fact to compare: images, captions, signatures, sites, styling. */
    private static final Pattern INFOBOX_SKIP = Pattern.compile("image|caption|alt$|signature|website|url|logo|map|"
            + "size|style|module|embed|footnotes|width");
    /** Templates that write a date from year, month and day arguments. */
    private static final java.util.Set<String> DATE_TEMPLATES = java.util.Set.of("birth date", "death date",
            "birth date and age", "death date and age", "start date", "end date", "start date and age", "dts", "date");
    private static final Pattern HEADING = Pattern.compile("(={1,6})([^=\\n]{1,200}?)\\1");
    private static final Pattern REF_NAME = Pattern.compile("(?i)\\bname\\s{0,3}=\\s{0,3}(?:\"([^\"]{0,100})\"|'([^']{0,100})'|([^\\s/>]{1,100}))");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]{2,30}__");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\\s[^<>\\n]{0,300})?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern URL_START = Pattern.compile("(?i)(?:https?:|ftp:)?//");
    private static final int WINDOW = 50_000;
    private static final Pattern EXTERNAL_LINKS = Pattern.compile("(?i)external\\s+links?");
    /** Templates whose last argument is ordinary text of the sentence. */
    private static final Set<String> TEXT_TEMPLATES = Set.of("lang", "nowrap", "nobr", "small", "smaller", "transl",
            "transliteration", "lang-ru", "lang-de", "lang-fr", "noitalic", "nobold", "abbr", "ill");

    @Override
    public Document structure(RawDocument raw) {
        DocumentAssembler asm = new DocumentAssembler(raw);
        new Reader(raw.text(), asm).read();
        return asm.build();
    }

    private enum Mode { BODY, NOTE }

    private static final class Reader {
        private final String text;
        private final String lower;
        private final DocumentAssembler asm;
        private final Map<String, String> labelsByName = new HashMap<>();
        private final Set<String> defined = new HashSet<>();
        private int counter;
        private MappedText pending;
        private SectionHeadings.Kind section;
        private String sectionName;
        private boolean seenBody;

        private final Map<Integer, Integer> braceClose = new HashMap<>();
        private final Map<Integer, Integer> linkClose = new HashMap<>();
        private final int[] refCloses;
        private final int[] commentCloses;
        private final int[] tagCloses;
        private final int[] referencesCloses;

        Reader(String text, DocumentAssembler asm) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.asm = asm;
            pairs('{', '}', braceClose);
            pairs('[', ']', linkClose);
            refCloses = occurrences(lower, "</ref");
            commentCloses = occurrences(text, "-->");
            tagCloses = occurrences(text, ">");
            referencesCloses = occurrences(lower, "</references>");
        }

        /** Matches every "{{" with its "}}" (or "[[" with "]]") in one pass with a stack. */
        private void pairs(char open, char close, Map<Integer, Integer> out) {
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            int i = 0;
            while (i + 1 < text.length()) {
                char c = text.charAt(i);
                if (c == open && text.charAt(i + 1) == open) {
                    stack.push(i);
                    i += 2;
                } else if (c == close && text.charAt(i + 1) == close) {
                    if (!stack.isEmpty()) {
                        out.put(stack.pop(), i + 2);
                    }
                    i += 2;
                } else {
                    i++;
                }
            }
        }

        private static int[] occurrences(String s, String what) {
            java.util.List<Integer> found = new java.util.ArrayList<>();
            for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + 1)) {
                found.add(k);
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The first occurrence at or after {@code from} recorded in {@code sorted}, or -1. */
        private static int next(int[] sorted, int from) {
            int i = java.util.Arrays.binarySearch(sorted, from);
            if (i < 0) {
                i = -i - 1;
            }
            return i < sorted.length ? sorted[i] : -1;
        }

        void read() {
            int i = 0;
            int lineNo = 0;
            boolean inTable = false;
            while (i < text.length()) {
                int end = lineEnd(i);
                lineNo++;
                int s = i;
                int e = end;
                while (s < e && PlainTextStructurer.isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && PlainTextStructurer.isSpace(text.charAt(e - 1))) {
                    e--;
                }
                i = end + 1;
                if (inTable) {
                    asm.noise(s, e, "wiki table");
                    inTable = !text.startsWith("|}", s);
                    continue;
                }
                if (s == e) {
                    flush();
                    continue;
                }
                String reason = BoilerplateRules.wholeLine(text.substring(s, e), !seenBody && lineNo <= 8);
                if (reason != null) {
                    flush();
                    asm.noise(s, e, reason);
                    continue;
                }
                if (text.startsWith("{|", s)) {
                    flush();
                    asm.noise(s, e, "wiki table");
                    inTable = true;
                    continue;
                }
                line(s, e);
            }
            flush();
        }

        /** The end of the logical line starting at {@code i}: newlines inside refs, templates and links do not count. */
        private int lineEnd(int i) {
            int j = i;
            while (j < text.length() && text.charAt(j) != '\n') {
                int c = constructEnd(j, text.length());
                j = c > j ? c : j + 1;
            }
            return Math.min(j, text.length());
        }

        /** If a ref, template, link or comment starts at {@code i}, where it ends; else -1. */
        private int constructEnd(int i, int limit) {
            char c = text.charAt(i);
            if (c == '{' && text.startsWith("{{", i)) {
                return matchDouble(i, '{', '}', limit);
            }
            if (c == '[' && text.startsWith("[[", i)) {
                return matchDouble(i, '[', ']', limit);
            }
            if (c == '<') {
                if (text.startsWith("<!--", i)) {
                    int close = indexOf("-->", i + 4, limit);
                    return close < 0 ? -1 : close + 3;
                }
                if (isRefTag(i)) {
                    int[] ref = refExtent(i, limit);
                    return ref == null ? -1 : ref[2];
                }
            }
            return -1;
        }

        private int indexOf(String s, int from, int limit) {
            int k = s.equals("-->") ? next(commentCloses, from) : text.indexOf(s, from);
            return k < 0 || k + s.length() > Math.min(limit, from + WINDOW) ? -1 : k;
        }

        /** End (exclusive) of a balanced {{…}} or [[…]] starting at i (and ending by {@code limit}), or -1. */
        private int matchDouble(int i, char open, char close, int limit) {
            Integer end = (open == '{' ? braceClose : linkClose).get(i);
            return end == null || end > limit ? -1 : end;
        }

        private boolean isRefTag(int i) {
            return lower.startsWith("<ref", i) && i + 4 < text.length() && " \t\n/>".indexOf(text.charAt(i + 4)) >= 0;
        }

        /** {tagEnd, contentEnd, elementEnd} for a ref starting at i (contentEnd = tagEnd when self-closing), or null. */
        private int[] refExtent(int i, int limit) {
            int gt = next(tagCloses, i);
            if (gt < 0 || gt - i > 500 || gt >= limit) {
                return null;
            }
            if (text.charAt(gt - 1) == '/') {
                return new int[] {gt + 1, gt + 1, gt + 1};
            }
            int close = next(refCloses, gt + 1);
            if (close < 0 || close > Math.min(limit, gt + WINDOW)) {
                return null;
            }
            int closeGt = next(tagCloses, close);
            int end = closeGt < 0 || closeGt - close > 10 ? close + 5 : closeGt + 1;
            return new int[] {gt + 1, close, end};
        }

        private void line(int s, int e) {
            Matcher h = HEADING.matcher(text).region(s, e);
            if (h.lookingAt()) {
                flush();
                String heading = TextCleaner.cleanString(text, h.start(2), h.end(2), TextCleaner.Mode.NOTE).strip();
                asm.noise(h.start(), h.end(), "heading");
                if (h.group(1).length() == 1 && !asm.hasTitle()) {
                    asm.title(heading);
                }
                SectionHeadings.Kind kind = SectionHeadings.of(heading);
                if (EXTERNAL_LINKS.matcher(heading).matches()) {
                    section = null; // links to other sites, not works the article cites
                } else if (kind == SectionHeadings.Kind.BIBLIOGRAPHY || kind == SectionHeadings.Kind.NOTES) {
                    section = kind;
                    sectionName = heading;
                } else if (kind != SectionHeadings.Kind.SUBSECTION) {
                    section = null;
                }
                int rest = h.end();
                while (rest < e && PlainTextStructurer.isSpace(text.charAt(rest))) {
                    rest++;
                }
                if (rest < e) {
                    line(rest, e);
                }
                return;
            }
            char c = text.charAt(s);
            if (c == '*' || c == '#') {
                flush();
                listItems(s, e);
                return;
            }
            int from = s;
            while (from < e && (text.charAt(from) == ':' || text.charAt(from) == ';')) {
                from++;
            }
            if (section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                bibEntry(from, e);
                return;
            }
            if (pending == null) {
                pending = new MappedText();
            } else if (!pending.isEmpty()) {
                pending.append(' ', from - 1);
            }
            render(from, e, Mode.BODY, pending);
            if (!pending.isEmpty()) {
                seenBody = true;
            }
        }

        /** List items: split at '*' / '#' outside links, templates and refs (saved pages may lose the newlines). */
        private void listItems(int s, int e) {
            int itemStart = -1;
            int j = s;
            while (j < e) {
                char c = text.charAt(j);
                if (c == '*' || c == '#') {
                    if (itemStart >= 0) {
                        item(itemStart, j);
                    }
                    while (j < e && (text.charAt(j) == '*' || text.charAt(j) == '#')) {
                        j++;
                    }
                    itemStart = j;
                    continue;
                }
                int ce = constructEnd(j, e);
                if (ce > j) {
                    j = ce;
                } else if (c == '[' && j + 1 < e && URL_START.matcher(text).region(j + 1, e).lookingAt()) {
                    int close = j;
                    while (close < e && close - j < 2000 && text.charAt(close) != ']') {
                        close++;
                    }
                    j = close < e && text.charAt(close) == ']' ? close + 1 : j + 1;
                } else {
                    j++;
                }
            }
            if (itemStart >= 0) {
                item(itemStart, e);
            }
        }

        private void item(int s, int e) {
            while (s < e && (PlainTextStructurer.isSpace(text.charAt(s)) || ",;:".indexOf(text.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && PlainTextStructurer.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s >= e) {
                return;
            }
            if (section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                bibEntry(s, e);
                return;
            }
            if (section == SectionHeadings.Kind.NOTES) {
                MappedText t = new MappedText();
                render(s, e, Mode.NOTE, t);
                t.trimEnd();
                if (!t.isEmpty()) {
                    asm.note(nextLabel(null), t.text(), new Span(s, e));
                }
                return;
            }
            MappedText p = new MappedText();
            render(s, e, Mode.BODY, p);
            asm.paragraph(p);
        }

        private void bibEntry(int s, int e) {
            MappedText t = new MappedText();
            render(s, e, Mode.NOTE, t);
            t.trimEnd();
            String entry = t.text().replaceFirst("^[\\s,;:.]+", "");
            if (entry.isEmpty()) {
                return;
            }
            Span span = t.sourceSpan();
            asm.bib(entry, span == null ? new Span(s, e) : new Span(Math.max(s, span.start()), Math.max(e, span.end())),
                    sectionName);
        }

        private String nextLabel(String name) {
            if (name != null && labelsByName.containsKey(name)) {
                return labelsByName.get(name);
            }
            String label = String.valueOf(++counter);
            if (name != null) {
                labelsByName.put(name, label);
            }
            return label;
        }

        private static String refName(String tag) {
            Matcher m = REF_NAME.matcher(tag);
            if (!m.find()) {
                return null;
            }
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return n == null || n.isBlank() ? null : n.strip();
        }

        /** Renders wikitext {@code [from, to)} into {@code out}. */
        private void render(int from, int to, Mode mode, MappedText out) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                int next = -1;
                if (c == '<') {
                    next = tag(i, to, mode, out);
                } else if (c == '{' && text.startsWith("{{", i)) {
                    int end = matchDouble(i, '{', '}', to);
                    if (end > 0) {
                        template(i, end, mode, out);
                        next = end;
                    }
                } else if (c == '[' && text.startsWith("[[", i)) {
                    next = wikiLink(i, to, mode, out);
                } else if (c == '[' && i + 1 < to && URL_START.matcher(text).region(i + 1, to).lookingAt()) {
                    next = externalLink(i, to, mode, out);
                } else if (c == '\'' && text.startsWith("''", i)) {
                    int n = 2;
                    while (i + n < to && n < 5 && text.charAt(i + n) == '\'') {
                        n++;
                    }
                    if (mode == Mode.NOTE && n != 3) {
                        out.append('*', i);
                    }
                    next = i + n;
                } else if (c == '_' && text.startsWith("__", i)) {
                    Matcher m = MAGIC_WORD.matcher(text).region(i, to);
                    if (m.lookingAt()) {
                        asm.noise(i, m.end(), "wiki magic word");
                        next = m.end();
                    }
                } else if (c == '&') {
                    Matcher m = ENTITY.matcher(text).region(i, to);
                    if (m.lookingAt()) {
                        out.appendAll(Parser.unescapeEntities(m.group(), false), i);
                        next = m.end();
                    }
                }
                if (next > i) {
                    i = next;
                } else {
                    out.append(c, i);
                    i++;
                }
            }
        }

        /**
         * A template: citations render in notes; a short-footnote template ({@code {{sfn|Butler|2015|p=466}}}) in the
         * body is a note of its own with a marker; text-carrying templates ({@code {{lang|ru|…}}}, {@code {{nowrap|…}}})
         * read as their last argument; any other template is noise.
         */
        private void template(int i, int end, Mode mode, MappedText out) {
            CiteTemplate t = CiteTemplate.parse(text.substring(i, end));
            if (mode == Mode.NOTE && t.isCitation()) {
                out.appendAll(t.render(), i);
            } else if (mode == Mode.BODY && t.isShortFootnote()) {
                // identical short footnotes are one note, as MediaWiki renders them
                String note = t.render();
                String label = nextLabel("sfn\u0000" + note);
                Span span = new Span(i, end);
                if (defined.add(label)) {
                    asm.note(label, note, span);
                }
                out.anchor(label, span);
            } else if (mode == Mode.BODY && (t.name().equals("efn") || t.name().startsWith("efn-"))) {
                String label = nextLabel(null);
                Span span = new Span(i, end);
                asm.note(label, noteText(i + 2, end - 2).replaceFirst("^efn[\\w-]*\\s*\\|", "").strip(), span);
                out.anchor(label, span);
            } else if (mode == Mode.BODY && t.name().startsWith("harv")) {
                // an in-text citation ("de Berg et al. (2000) show…"): part of the sentence, not a footnote
                out.appendAll(t.authorDate(), i);
            } else if ((t.name().equals("reflist") || t.name().equals("references")) && t.fields().containsKey("refs")) {
                int refs = lower.indexOf("refs", i);
                int eq = refs < 0 ? -1 : text.indexOf('=', refs);
                if (eq > 0 && eq < end) {
                    definitions(eq + 1, end - 2);
                }
                asm.noise(i, end, "wiki references list");
            } else if (mode == Mode.BODY && t.name().startsWith("infobox")) {
                infobox(i, end, out);
            } else if (DATE_TEMPLATES.contains(t.name())) {
                String date = templateDate(i + 2, end - 2);
                if (date == null) {
                    asm.noise(i, end, "wiki template");
                } else { // the date written stands for the whole template
                    out.appendAll(date.substring(0, date.length() - 1), i);
                    out.append(date.charAt(date.length() - 1), end - 1);
                }
            } else if (TEXT_TEMPLATES.contains(t.name())) {
                int last = topLevelPipe(i + 2, end - 2, true);
                if (last > 0) {
                    render(last + 1, end - 2, mode, out);
                }
            } else {
                asm.noise(i, end, "wiki template");
            }
        }

        /**
         * {@code {{Infobox person | birth_date = {{birth date|1884|5|8}} | …}}}: each parameter with a value is a field
         * of its own ("birth date: 8 May 1884"), its label mapped to the parameter's name; the prose after the
         * infobox starts a new unit.
         */
        private void infobox(int i, int end, MappedText out) {
            int from = topLevelPipe(i + 2, end - 2, false);
            boolean any = false;
            while (from > 0) {
                int next = topLevelPipe(from + 1, end - 2, false);
                int segEnd = next < 0 ? end - 2 : next;
                int eq = text.indexOf('=', from + 1);
                if (eq > 0 && eq < segEnd) {
                    int ks = skipSpace(from + 1, eq);
                    int ke = eq;
                    while (ke > ks && PlainTextStructurer.isSpace(text.charAt(ke - 1))) {
                        ke--;
                    }
                    int vs = skipSpace(eq + 1, segEnd);
                    int ve = segEnd;
                    while (ve > vs && PlainTextStructurer.isSpace(text.charAt(ve - 1))) {
                        ve--;
                    }
                    String key = text.substring(ks, ke).toLowerCase(java.util.Locale.ROOT);
                    if (ke > ks && ve > vs && !INFOBOX_SKIP.matcher(key).find()) {
                        out.part(Layout.FIELD, new Span(ks, ke), -1, ks);
                        for (int k = ks; k < ke; k++) {
                            char c = text.charAt(k);
                            out.append(k == ks ? Character.toUpperCase(c) : c == '_' ? ' ' : c, k);
                        }
                        out.appendAll(": ", ke);
                        render(vs, ve, Mode.BODY, out);
                        any = true;
                    }
                }
                from = next;
            }
            if (any) {
                out.part(Layout.PROSE, null, -1, end - 1);
            }
            int name = topLevelPipe(i + 2, end - 2, false);
            asm.noise(i, name > 0 ? name : end, "wiki infobox");
        }

        private int skipSpace(int from, int to) {
            int k = from;
            while (k < to && PlainTextStructurer.isSpace(text.charAt(k))) {
                k++;
            }
            return k;
        }

        /** "{{birth date|1884|5|8}}", "{{start date|1969|07|16|df=y}}" → "8 May 1884"; null when not a full date. */
        private String templateDate(int from, int to) {
            List<String> numbers = new ArrayList<>();
            int p = topLevelPipe(from, to, false);
            while (p > 0 && numbers.size() < 3) {
                int next = topLevelPipe(p + 1, to, false);
                String arg = text.substring(p + 1, next < 0 ? to : next).strip();
                if (arg.matches("\\d{1,4}")) {
                    numbers.add(arg);
                } else if (!arg.contains("=")) {
                    return null;
                }
                p = next;
            }
            if (numbers.size() < 3) {
                return null;
            }
            int month = Integer.parseInt(numbers.get(1));
            if (month < 1 || month > 12) {
                return null;
            }
            return Integer.parseInt(numbers.get(2)) + " " + java.time.Month.of(month).getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + numbers.get(0);
        }

        private int tag(int i, int to, Mode mode, MappedText out) {
            if (text.startsWith("<!--", i)) {
                int close = indexOf("-->", i + 4, to);
                int end = close < 0 ? to : close + 3;
                asm.noise(i, end, "wiki comment");
                return end;
            }
            if (isRefTag(i)) {
                int[] ref = refExtent(i, to);
                if (ref == null) {
                    return -1;
                }
                if (mode == Mode.BODY) {
                    String name = refName(text.substring(i, ref[0]));
                    String label = nextLabel(name);
                    Span span = new Span(i, ref[2]);
                    if (ref[1] > ref[0] && defined.add(label)) {
                        asm.note(label, noteText(ref[0], ref[1]), span);
                    }
                    out.anchor(label, span);
                }
                return ref[2];
            }
            if (lower.startsWith("<references", i)) {
                int gt = next(tagCloses, i);
                if (gt < 0 || gt >= to) {
                    return -1;
                }
                int end = gt + 1;
                if (text.charAt(gt - 1) != '/') {
                    int close = next(referencesCloses, gt);
                    if (close >= 0 && close < to) {
                        definitions(gt + 1, close);
                        end = close + "</references>".length();
                    }
                }
                asm.noise(i, gt + 1, "wiki references list");
                return end;
            }
            Matcher m = HTML_TAG.matcher(text).region(i, to);
            if (m.lookingAt()) {
                if (lower.startsWith("<br", i)) {
                    out.append(' ', i);
                }
                return m.end();
            }
            return -1;
        }

        /** List-defined refs inside {@code <references>…</references>}. */
        private void definitions(int from, int to) {
            int i = from;
            while (i < to) {
                int k = i;
                while (k + 4 <= to && !lower.startsWith("<ref", k)) {
                    k++;
                }
                if (k + 4 > to) {
                    return;
                }
                int[] ref = isRefTag(k) ? refExtent(k, to) : null;
                if (ref == null) {
                    i = k + 4;
                    continue;
                }
                String label = nextLabel(refName(text.substring(k, ref[0])));
                if (ref[1] > ref[0] && defined.add(label)) {
                    asm.note(label, noteText(ref[0], ref[1]), new Span(k, ref[2]));
                }
                i = ref[2];
            }
        }

        private String noteText(int from, int to) {
            MappedText t = new MappedText();
            render(from, to, Mode.NOTE, t);
            t.trimEnd();
            return t.text();
        }

        private int wikiLink(int i, int to, Mode mode, MappedText out) {
            int end = matchDouble(i, '[', ']', to);
            if (end < 0) {
                return -1;
            }
            int innerStart = i + 2;
            int innerEnd = end - 2;
            int pipe = topLevelPipe(innerStart, innerEnd, false);
            int targetEnd = pipe < 0 ? innerEnd : pipe;
            String target = text.substring(innerStart, targetEnd).strip().toLowerCase(Locale.ROOT);
            if (target.startsWith(":")) {
                target = target.substring(1).strip();
            }
            if (target.startsWith("file:") || target.startsWith("image:") || target.startsWith("category:")
                    || target.startsWith("media:")) {
                asm.noise(i, end, target.startsWith("category:") ? "wiki category link" : "wiki file or image");
                return end;
            }
            if (pipe < 0) {
                int s = text.charAt(innerStart) == ':' ? innerStart + 1 : innerStart;
                render(s, innerEnd, mode, out);
            } else {
                int last = topLevelPipe(innerStart, innerEnd, true);
                render(last + 1, innerEnd, mode, out);
            }
            return end;
        }

        private int topLevelPipe(int from, int to, boolean lastOne) {
            int depth = 0;
            int found = -1;
            for (int j = from; j < to; j++) {
                char c = text.charAt(j);
                if ((c == '[' || c == '{') && j + 1 < to && text.charAt(j + 1) == c) {
                    depth++;
                    j++;
                } else if ((c == ']' || c == '}') && j + 1 < to && text.charAt(j + 1) == c) {
                    depth--;
                    j++;
                } else if (c == '|' && depth == 0) {
                    found = j;
                    if (!lastOne) {
                        return j;
                    }
                }
            }
            return found;
        }

        private int externalLink(int i, int to, Mode mode, MappedText out) {
            int close = -1;
            for (int j = i + 1; j < to && j < i + 2000; j++) {
                char c = text.charAt(j);
                if (c == ']') {
                    close = j;
                    break;
                }
                if (c == '\n' || c == '[') {
                    break;
                }
            }
            if (close < 0) {
                return -1;
            }
            int urlEnd = i + 1;
            while (urlEnd < close && !Character.isWhitespace(text.charAt(urlEnd)) && text.charAt(urlEnd) != '|') {
                urlEnd++;
            }
            int labelStart = urlEnd;
            while (labelStart < close && (Character.isWhitespace(text.charAt(labelStart)) || text.charAt(labelStart) == '|')) {
                labelStart++;
            }
            if (labelStart < close) {
                render(labelStart, close, mode, out);
            }
            if (mode == Mode.NOTE) {
                if (labelStart < close) {
                    out.append(' ', urlEnd);
                }
                out.append('<', i);
                out.appendSource(text, 0, i + 1, urlEnd);
                out.append('>', urlEnd - 1);
            } else if (labelStart >= close) {
                asm.noise(i, close + 1, "unlabelled external link");
            }
            return close + 1;
        }

        private void flush() {
            if (pending != null) {
                asm.paragraph(pending);
                pending = null;
            }
        }
    }
}
