package dev.claims.report;

import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.Marker;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document's own text in the HTML report, paragraph by paragraph: claims underlined by type, the evidence of every
 * finding highlighted by kind, footnote markers linked to their notes, and beside each paragraph a margin with links
 * to its findings (and from a note back to its marker).
 *
 * <p>Ids: {@code ev-F-E} is the first piece of evidence E of finding F (F numbers findings in the report's order),
 * {@code mD-K} marker K and {@code nD-J} note J of document D, {@code pD-R} row R.
 *
 * <pre>{@code
 * StringBuilder h = new StringBuilder();
 * HtmlReadingView.write(h, 0, extracted, report.findings());
 * }</pre>
 */
final class HtmlReadingView {
    private HtmlReadingView() {
    }

    /** Something drawn over a range of the text: one element, split where ranges cross. */
    private record Ann(int start, int end, int rank, String tag, String attrs, String id) {
    }

    static void write(StringBuilder h, int docNo, ExtractedDocument ed, List<Finding> findings) {
        Document d = ed.document();
        String text = d.text();
        List<Ann> anns = new ArrayList<>();
        Map<String, Integer> noteByLabel = new HashMap<>();
        for (int j = 0; j < d.notes().size(); j++) {
            Note n = d.notes().get(j);
            noteByLabel.putIfAbsent(n.label(), j);
            add(anns, text, n.span(), 0, "span", "class=\"note\"", "n" + docNo + "-" + j);
        }
        Map<String, Integer> firstMarker = new HashMap<>();
        for (int k = 0; k < d.markers().size(); k++) {
            Marker m = d.markers().get(k);
            firstMarker.putIfAbsent(m.label(), k);
            Integer note = noteByLabel.get(m.label());
            String attrs = "class=\"marker\" title=\"note " + e(m.label()) + "\""
                    + (note == null ? "" : " href=\"#n" + docNo + "-" + note + "\"");
            add(anns, text, m.span(), 3, "a", attrs, "m" + docNo + "-" + k);
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            for (int j = 0; j < f.evidence().size(); j++) {
                Evidence ev = f.evidence().get(j);
                if (ev.document().equals(d.id())) {
                    add(anns, text, ev.span(), 1, "mark", "class=\"ev kind-" + f.kind().id() + "\" data-finding=\""
                            + e(f.id()) + "\" title=\"" + e(f.rule() + ": " + f.subject()) + "\"", "ev-" + i + "-" + j);
                }
            }
        }
        for (Claim c : ed.claims()) {
            add(anns, text, c.span(), 2, "u", "class=\"claim t-" + e(c.value().type()) + "\" data-claim=\""
                    + e(c.id()) + "\" title=\""
                    + e(c.attribute() + ": " + c.value().normalized()) + "\"", null);
        }
        anns.sort(Comparator.comparingInt(Ann::start));

        h.append("<details class=\"reading-view\" id=\"read-").append(docNo).append("\"><summary>Read the document"
                + " with its claims and findings marked</summary>\n<p class=\"legend\">Claims: <u class=\"claim t-date\">"
                + "date</u><u class=\"claim t-quantity\">quantity</u><u class=\"claim t-office\">office</u>"
                + "<u class=\"claim t-name\">name</u><u class=\"claim t-event\">event</u> Findings: "
                + "<mark class=\"ev kind-contradiction\">contradiction</mark><mark class=\"ev kind-citation\">citation"
                + "</mark><mark class=\"ev kind-variant\">variant</mark><mark class=\"ev kind-agreement\">agreement"
                + "</mark></p>\n<div class=\"reading\">\n");
        int row = 0;
        Set<String> opened = new HashSet<>();
        for (Span r : rows(d)) {
            h.append("<div class=\"row\" id=\"p").append(docNo).append('-').append(row++)
                    .append("\"><div class=\"text\">");
            List<Ann> here = anns.stream().filter(a -> a.start() < r.end() && a.end() > r.start()).toList();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(r.start(), r.end()));
            for (Ann a : here) {
                cuts.add(Math.max(a.start(), r.start()));
                cuts.add(Math.min(a.end(), r.end()));
            }
            Integer from = null;
            for (int to : cuts) {
                if (from != null && to > from) {
                    int s = from;
                    int t = to;
                    List<Ann> active = here.stream().filter(a -> a.start() <= s && a.end() >= t)
                            .sorted(Comparator.comparingInt(Ann::rank)).toList();
                    for (Ann a : active) {
                        h.append('<').append(a.tag());
                        if (a.id() != null && opened.add(a.id())) {
                            h.append(" id=\"").append(a.id()).append('"');
                        }
                        h.append(' ').append(a.attrs()).append('>');
                    }
                    h.append(e(text.substring(s, t)));
                    for (int k = active.size() - 1; k >= 0; k--) {
                        h.append("</").append(active.get(k).tag()).append('>');
                    }
                }
                from = to;
            }
            h.append("</div><aside class=\"margin\">");
            margin(h, docNo, d, r, findings, firstMarker);
            h.append("</aside></div>\n");
        }
        h.append("</div>\n</details>\n");
    }

    private static void margin(StringBuilder h, int docNo, Document d, Span r, List<Finding> findings,
                               Map<String, Integer> firstMarker) {
        Map<String, Finding> here = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (Evidence ev : f.evidence()) {
                if (ev.document().equals(d.id()) && ev.span().start() < r.end() && ev.span().end() > r.start()) {
                    here.putIfAbsent(f.id(), f);
                }
            }
        }
        for (Finding f : here.values()) {
            h.append("<a href=\"#finding-").append(e(f.id())).append("\" class=\"kind-").append(f.kind().id())
                    .append("\">").append(f.kind().id()).append(": ").append(e(f.subject())).append("</a>");
        }
        for (Note n : d.notes()) {
            Integer k = firstMarker.get(n.label());
            if (k != null && n.span().start() >= r.start() && n.span().start() < r.end()) {
                h.append("<a href=\"#m").append(docNo).append('-').append(k).append("\" class=\"back\">\u21a9 marker ")
                        .append(e(n.label())).append("</a>");
            }
        }
    }

    /** The body paragraphs in order, with the non-blank text between them (headings, notes) as rows of their own. */
    static List<Span> rows(Document d) {
        String text = d.text();
        List<Span> paras = new ArrayList<>(d.paragraphs());
        paras.sort(null);
        List<Span> rows = new ArrayList<>();
        int at = 0;
        for (Span p : paras) {
            if (p.start() < at || p.end() > text.length()) {
                continue;
            }
            gap(rows, text, at, p.start());
            if (p.length() > 0) {
                rows.add(p);
            }
            at = p.end();
        }
        gap(rows, text, at, text.length());
        return rows;
    }

    /** The text between two paragraphs, split at blank lines, blank pieces left out. */
    private static void gap(List<Span> rows, String text, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean blankLine = i < to && text.charAt(i) == '\n' && i + 1 < to && text.charAt(i + 1) == '\n';
            if (i == to || blankLine) {
                if (!text.substring(start, i).isBlank()) {
                    rows.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
    }

    private static void add(List<Ann> anns, String text, Span span, int rank, String tag, String attrs, String id) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        if (end > start) {
            anns.add(new Ann(start, end, rank, tag, attrs, id));
        }
    }

    private static String e(String s) {
        return HtmlText.escape(s);
    }
}
