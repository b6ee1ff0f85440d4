package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.Layout;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Structures HTML with jsoup, tracking source positions so every text node maps back to the original text.
 *
 * <ul>
 *   <li>Main content only: {@code <main>}, {@code <article>}, {@code [role=main]} or {@code #content} when present,
 *       else the body; scripts, styles, navigation, headers, footers, forms and elements whose class or id names
 *       navigation, menus, sharing or cookies are noise, and so are boilerplate paragraphs ("Back to Top").</li>
 *   <li>Footnote markers: {@code <sup>} holding a number or a link to a note, and links to {@code #fn…} /
 *       {@code #cite_note…}; a marker takes the label of the note its link points to. On a page whose markers link
 *       to their notes (Wikipedia's {@code sup.reference}), a bare {@code <sup>2</sup>} is an exponent. The table of
 *       contents is navigation.</li>
 *   <li>Notes: items of {@code <ol class="references">}, {@code .footnotes}, {@code .reflist}, items whose id starts
 *       with "fn" or "cite_note", and any list right under a "Notes" heading, numbered from 1 (or their value).</li>
 *   <li>Headings are structure (the first {@code <h1>}, else {@code <title>}, is the title); list items and
 *       paragraphs under a "Further Reading"/"Bibliography"/"References" heading are bibliography entries. In notes
 *       and entries {@code <i>}, {@code <em>} and {@code <cite>} become {@code *…*} and links "text &lt;url&gt;".</li>
 * </ul>
 */
public final class HtmlStructurer implements Structurer {
    // parsed once: a CSS query string given to select() is parsed again on every call
    private static final Evaluator MAIN = QueryParser.parse("main, article, [role=main], #content, #mw-content-text");
    private static final Evaluator AUTHOR = QueryParser.parse("meta[name=author]");
    private static final Evaluator DATE = QueryParser.parse(
            "meta[name=date], meta[property=article:published_time], meta[name=dcterms.date]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator LINKED_MARKER = QueryParser.parse(
            "sup.reference, sup a[href^=#cite_note], sup a[href^=#fn], a.footnote-ref");
    private static final Evaluator NOTE_LIST = QueryParser.parse("ol.references, ol.footnotes, .footnotes ol, "
            + ".reflist ol, .references ol, ol.notes, ol.endnotes, .endnotes ol");
    private static final Evaluator NOTE_ITEM = QueryParser.parse(
            "li[id^=fn], li[id^=cite_note], li[id^=footnote], li[id^=endnote]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator LOCAL_LINK = QueryParser.parse("a[href^=#]");
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\[?\\d{1,3}\\]?");

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "header", "footer", "form",
            "iframe", "svg", "button", "template", "select", "textarea", "input", "canvas", "object", "embed", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "blockquote", "dd", "dt", "td", "th", "pre",
            "section", "article", "main", "figcaption", "caption", "address", "tr", "table", "ul", "ol", "dl", "figure",
            "aside", "body", "center", "hr");
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|share|sharing|social|cookie|banner|"
                    + "skip|toolbar|mw-jump|printfooter|catlinks|noprint|mw-editsection|site-header|site-footer|toc|toctitle)(?:$|[\\s_-])");
    private static final Pattern NOTE_ID = Pattern.compile("(?i)(?:fn|footnote|cite_note|note|endnote)[-_:]?(.{0,60})");
    private static final Pattern MARKER_TEXT = Pattern.compile("\\[?\\s{0,2}(\\d{1,3}|[a-z])\\s{0,2}\\]?");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.{1,2000}");
    private static final Pattern CITATION_LIKE = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)|https?://");

    @Override
    public Document structure(RawDocument raw) {
        DocumentAssembler asm = new DocumentAssembler(raw);
        org.jsoup.nodes.Document doc = Jsoup.parse(raw.text(), "", Parser.htmlParser().setTrackPosition(true));
        new Reader(raw.text(), asm).read(doc);
        return asm.build();
    }

    private enum Mode { BODY, NOTE }

    private static final class Reader {
        private final String text;
        private final DocumentAssembler asm;
        private final Map<Element, String> noteItems = new HashMap<>();
        private final Map<String, String> labelById = new HashMap<>();
        private final Set<String> noteLabels = new HashSet<>();
        private MappedText current;
        /** Whether the page links its markers to their notes: then a bare {@code <sup>2</sup>} is an exponent. */
        private boolean linkedMarkers;
        private SectionHeadings.Kind section;
        private String sectionName;

        Reader(String text, DocumentAssembler asm) {
            this.text = text;
            this.asm = asm;
        }

        void read(org.jsoup.nodes.Document doc) {
            Element root = doc.selectFirst(MAIN);
            if (root == null) {
                root = doc.body();
            }
            Element author = doc.selectFirst(AUTHOR);
            if (author != null) {
                asm.author(author.attr("content"));
            }
            Element date = doc.selectFirst(DATE);
            if (date != null) {
                asm.date(date.attr("content"));
            } else {
                Element time = root.selectFirst(TIME);
                if (time != null) {
                    asm.date(time.attr("datetime"));
                }
            }
            if (doc.head() != null && doc.head().sourceRange().isTracked()) {
                noise(doc.head(), "document head (metadata, scripts, styles)");
            }
            findNoteLists(root);
            linkedMarkers = !root.select(LINKED_MARKER).isEmpty();
            for (Element outside : doc.body().children()) {
                if (outside != root && !outside.equals(root) && !root.parents().contains(outside)) {
                    noise(outside, "outside the main content");
                }
            }
            walk(root);
            flush();
            if (!asm.hasTitle()) {
                String t = doc.title();
                int bar = t.indexOf(" | ");
                asm.title(bar > 0 ? t.substring(0, bar) : t);
            }
        }

        private void findNoteLists(Element root) {
            for (Element list : root.select(NOTE_LIST)) {
                noteList(list);
            }
            for (Element li : root.select(NOTE_ITEM)) {
                Element list = li.parent();
                if (list != null && !noteItems.containsKey(li)) {
                    noteList(list);
                }
            }
        }

        private void noteList(Element list) {
            int n = 0;
            for (Element li : list.children()) {
                if (!li.normalName().equals("li") || noteItems.containsKey(li)) {
                    continue;
                }
                n++;
                String label = li.hasAttr("value") && li.attr("value").matches("\\d{1,4}") ? li.attr("value") : String.valueOf(n);
                noteItems.put(li, label);
                if (!li.id().isEmpty()) {
                    labelById.put(li.id(), label);
                }
            }
        }

        private int depth;

        /** Past this nesting depth, element trees are read as plain text without recursion. */
        private static final int MAX_DEPTH = 200;

        private void flatten(Element e, Mode mode, MappedText out) {
            org.jsoup.select.NodeTraversor.traverse((node, d) -> {
                if (node instanceof TextNode t) {
                    text(t, mode, out);
                }
            }, e);
        }

        private void walk(Element e) {
            if (depth > MAX_DEPTH) {
                flatten(e, Mode.BODY, current());
                return;
            }
            depth++;
            try {
                walkChildren(e);
            } finally {
                depth--;
            }
        }

        private void walkChildren(Element e) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t, Mode.BODY, current());
                } else if (child instanceof Element el) {
                    element(el);
                }
            }
        }

        private MappedText current() {
            if (current == null) {
                current = new MappedText();
            }
            return current;
        }

        private void element(Element el) {
            String name = el.normalName();
            if (DROPPED.contains(name) || BOILERPLATE_CLASS.matcher(el.className() + " " + el.id()).find()) {
                noise(el, "web page boilerplate: " + name);
                return;
            }
            if (noteItems.containsKey(el)) {
                flush();
                MappedText t = new MappedText();
                render(el, Mode.NOTE, t);
                t.trimEnd();
                String label = noteItems.get(el);
                noteLabels.add(label);
                asm.note(label, t.text().replaceFirst("^\\^\\s*", ""), range(el));
                return;
            }
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                flush();
                heading(el);
                return;
            }
            if (isMarker(el)) {
                Span s = range(el);
                current().anchor(markerLabel(el), s);
                return;
            }
            if (name.equals("img")) {
                return;
            }
            if (name.equals("br")) {
                current().append(' ', range(el).start());
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (section == SectionHeadings.Kind.BIBLIOGRAPHY && (name.equals("li") || name.equals("p"))) {
                flush();
                MappedText t = new MappedText();
                render(el, Mode.NOTE, t);
                t.trimEnd();
                Span s = t.sourceSpan();
                if (s != null && (name.equals("li") || CITATION_LIKE.matcher(t.text()).find())) {
                    asm.bib(t.text(), s, sectionName);
                } else if (s != null) {
                    asm.noise(s.start(), s.end(), "not a bibliography entry");
                }
                return;
            }
            if (section == SectionHeadings.Kind.NOTES && (name.equals("ol") || name.equals("ul")) && !el.children().isEmpty()
                    && !noteItems.containsKey(el.child(0))) {
                noteList(el);
                for (Element li : el.children()) {
                    for (Element sub : li.select(WITH_ID)) {
                        labelById.putIfAbsent(sub.id(), noteItems.get(li));
                    }
                }
            }
            if (name.equals("tr") && fieldRow(el)) {
                return;
            }
            if (block) {
                flush();
            }
            if (name.equals("li")) {
                current().part(Layout.LIST_ITEM, null, -1, range(el).start());
            }
            walk(el);
            if (block) {
                flush();
            }
        }

        /** An infobox row of one header and one data cell ("Born | 9 March 1884"): one field, "Born: 9 March 1884". */
        private boolean fieldRow(Element tr) {
            if (tr.childrenSize() != 2 || !tr.child(0).normalName().equals("th") || !tr.child(1).normalName().equals("td")) {
                return false;
            }
            MappedText label = new MappedText();
            render(tr.child(0), Mode.BODY, label);
            label.trimEnd();
            if (label.isEmpty()) {
                return false;
            }
            flush();
            MappedText t = current();
            int end = label.origin(label.length() - 1);
            t.part(Layout.FIELD, new Span(label.origin(0), end + 1), -1, end);
            for (int i = 0; i < label.length(); i++) {
                t.append(label.charAt(i), label.origin(i));
            }
            t.appendAll(label.last() == ':' ? " " : ": ", end);
            walk(tr.child(1));
            flush();
            return true;
        }

        private void heading(Element el) {
            MappedText t = new MappedText();
            render(el, Mode.BODY, t);
            t.trimEnd();
            String h = t.text();
            noise(el, "heading");
            if (el.normalName().equals("h1") && !asm.hasTitle()) {
                asm.title(h);
                return;
            }
            SectionHeadings.Kind kind = SectionHeadings.of(h);
            if (kind == SectionHeadings.Kind.BIBLIOGRAPHY || kind == SectionHeadings.Kind.NOTES) {
                section = kind;
                sectionName = h;
            } else if (kind != SectionHeadings.Kind.SUBSECTION) {
                section = null;
            }
        }

        private boolean isMarker(Element el) {
            String name = el.normalName();
            if (name.equals("sup")) {
                Element a = el.selectFirst(LOCAL_LINK);
                if (a != null) {
                    return true;
                }
                return !linkedMarkers && MARKER_TEXT.matcher(el.text().strip()).matches()
                        && BRACKETED_NUMBER.matcher(el.text().strip()).matches();
            }
            if (name.equals("a")) {
                String href = el.attr("href");
                return href.startsWith("#") && (NOTE_ID.matcher(href.substring(1)).matches() && !href.contains("ref"))
                        || el.hasClass("footnote-ref");
            }
            return false;
        }

        private String markerLabel(Element el) {
            Element a = el.normalName().equals("a") ? el : el.selectFirst(LOCAL_LINK);
            if (a != null) {
                String target = a.attr("href").substring(1);
                String label = labelById.get(target);
                if (label != null) {
                    return label;
                }
            }
            String t = el.text().strip().replace("[", "").replace("]", "").strip();
            if (!t.isEmpty()) {
                return t;
            }
            if (a != null) {
                Matcher m = NOTE_ID.matcher(a.attr("href").substring(1));
                if (m.matches() && !m.group(1).isEmpty()) {
                    return m.group(1);
                }
            }
            return "?";
        }

        /** Renders an element's text for notes and bibliography entries (or plain, for headings). */
        private void render(Element e, Mode mode, MappedText out) {
            if (depth > MAX_DEPTH) {
                flatten(e, mode, out);
                return;
            }
            depth++;
            try {
                renderChildren(e, mode, out);
            } finally {
                depth--;
            }
        }

        private void renderChildren(Element e, Mode mode, MappedText out) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t, mode, out);
                } else if (child instanceof Element el) {
                    String name = el.normalName();
                    if (DROPPED.contains(name)) {
                        continue;
                    }
                    String href = el.attr("href");
                    if (name.equals("a") && (href.startsWith("#fnref") || href.startsWith("#cite_ref") || el.hasClass("footnote-backref")
                            || href.startsWith("#r"))) {
                        continue; // back-link to the marker
                    }
                    if (name.equals("sup") && isMarker(el)) {
                        continue;
                    }
                    boolean italic = mode == Mode.NOTE && (name.equals("i") || name.equals("em") || name.equals("cite"));
                    Span r = range(el);
                    if (italic) {
                        out.append('*', r.start());
                    }
                    if (name.equals("br")) {
                        out.append(' ', r.start());
                    }
                    int before = out.length();
                    render(el, mode, out);
                    if (italic) {
                        out.append('*', Math.max(r.start(), r.end() - 1));
                    }
                    if (mode == Mode.NOTE && name.equals("a") && HTTP_URL.matcher(href).matches()
                            && !out.textFrom(before).equals(href)) {
                        out.append(' ', r.start());
                        out.append('<', r.start());
                        out.appendAll(href, r.start());
                        out.append('>', r.start());
                    }
                }
            }
        }

        private void text(TextNode t, Mode mode, MappedText out) {
            Range r = t.sourceRange();
            String literal = t.getWholeText();
            if (r.isTracked() && r.endPos() <= text.length() && r.startPos() <= r.endPos()) {
                out.appendAligned(literal, text, r.startPos(), r.endPos());
            } else {
                out.appendAll(literal, out.isEmpty() ? 0 : out.origin(out.length() - 1));
            }
        }

        private Span range(Element el) {
            Range start = el.sourceRange();
            Range end = el.endSourceRange();
            int s = start.isTracked() ? start.startPos() : 0;
            int e = end.isTracked() ? end.endPos() : start.isTracked() ? start.endPos() : s;
            s = Math.max(0, Math.min(s, text.length()));
            e = Math.max(s, Math.min(e, text.length()));
            return new Span(s, e);
        }

        private void noise(Element el, String reason) {
            Span s = range(el);
            asm.noise(s.start(), s.end(), reason);
        }

        private void flush() {
            if (current == null) {
                return;
            }
            MappedText p = current;
            current = null;
            p.trimEnd();
            String reason = p.isEmpty() ? null : BoilerplateRules.wholeLine(p.text(), false);
            if (reason != null) {
                Span s = p.sourceSpan();
                asm.noise(s.start(), s.end(), reason);
                return;
            }
            asm.paragraph(p);
        }
    }
}
