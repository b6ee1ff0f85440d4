package dev.claims.report;

import dev.claims.model.Citation;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Note;
import dev.claims.model.Severity;
import dev.claims.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One self-contained HTML page a historian can work in: a summary; free-text search, filters by severity, kind, rule,
 * document, entity (what a subject is about: "Maxim Litvinov" for "Maxim Litvinov: office in 1933") and decision,
 * and a sort (severity then subject, by default), all kept in the URL fragment so a filtered view can be shared;
 * keyboard navigation ({@code j}/{@code k} next and previous finding, {@code /} search); each finding with its quotes
 * side by side, the compared values highlighted, a timeline or dot plot of the dates or amounts each document gives,
 * and a link to every quoted passage in its document; each document's own text with claims underlined, findings
 * highlighted, notes linked to their markers and a margin of findings per paragraph; and triage: mark a finding
 * confirmed or dismissed with a reason (kept in the browser's local storage) and export the decisions as a file
 * {@code claims check --baseline} reads, so the next run shows only what is new. A print stylesheet leaves out the
 * controls.
 *
 * <p>No network fetches: CSS and script are inline ({@link HtmlAssets}). Every piece of document text is escaped,
 * and a Content-Security-Policy allows only the report's own script (by hash), so even a document containing
 * {@code <script>} cannot run script in the report. Without a timestamp the output depends on the report alone.
 *
 * <pre>{@code
 * new HtmlReportWriter().write(report, Files.newBufferedWriter(Path.of("report.html")), ReportContext.defaults());
 * }</pre>
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final int CONTEXT_RADIUS = 700;
    /** Characters of document text the reading views of one report may hold; later documents go without. */
    static final int READING_BUDGET = 4_000_000;
    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::subject).thenComparing(Comparator.naturalOrder());
    private static final Comparator<Finding> BY_DOCUMENT = Comparator
            .comparing((Finding f) -> f.evidence().isEmpty() ? "" : f.evidence().get(0).path())
            .thenComparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).span().start())
            .thenComparing(Comparator.naturalOrder());

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Report report, Writer out, ReportContext ctx) throws IOException {
        DocumentIndex index = new DocumentIndex(report);
        Map<String, Integer> docNumber = new HashMap<>();
        for (int i = 0; i < report.documents().size(); i++) {
            docNumber.put(report.documents().get(i).id(), i);
        }
        List<String> entities = new ArrayList<>(new TreeSet<>(report.findings().stream()
                .map(f -> entity(f.subject())).toList()));
        Map<String, Integer> entityNumber = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            entityNumber.put(entities.get(i), i);
        }
        List<Finding> natural = report.findings();
        Map<Finding, Integer> number = new IdentityHashMap<>();
        for (int i = 0; i < natural.size(); i++) {
            number.put(natural.get(i), i);
        }
        List<Finding> bySeverity = natural.stream().sorted(BY_SEVERITY).toList();
        Map<Finding, Integer> docOrder = new IdentityHashMap<>();
        List<Finding> byDocument = natural.stream().sorted(BY_DOCUMENT).toList();
        for (int i = 0; i < byDocument.size(); i++) {
            docOrder.put(byDocument.get(i), i);
        }
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP).append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>claims report</title>\n<style>\n").append(HtmlAssets.STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>claims report</h1>\n<p class=\"meta\">claims ").append(e(report.toolVersion()));
        if (ctx.timestamp() != null) {
            h.append(" · generated ").append(e(ctx.timestamp().toString()));
        }
        h.append("</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#findings\">Findings</a>"
                + "<a href=\"#documents\">Documents</a><a href=\"#export\">Decisions</a></nav>\n</header>\n");
        summary(h, report, ctx);
        filters(h, report, entities);
        h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (natural.isEmpty()) {
            h.append("<p>No findings.</p>\n");
        }
        h.append("<div id=\"finding-list\">\n");
        for (int i = 0; i < bySeverity.size(); i++) {
            Finding f = bySeverity.get(i);
            finding(h, f, index, docNumber, entityNumber.get(entity(f.subject())),
                    new int[] {number.get(f), i, number.get(f), docOrder.get(f)});
        }
        h.append("</div>\n</section>\n");
        exportSection(h);
        documents(h, report, index);
        h.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void summary(StringBuilder h, Report report, ReportContext ctx) {
        Summary s = report.summary();
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n<tr><th>Documents</th><th>Skipped</th>"
                + "<th>Claims</th><th>Contradictions</th><th>Citation problems</th><th>Variants</th>"
                + "<th>Agreements</th></tr>\n<tr>");
        for (int n : new int[] {s.documents(), s.skipped(), s.claims(), s.contradictions(), s.citations(),
            s.variants(), s.agreements()}) {
            h.append("<td class=\"num\">").append(n).append("</td>");
        }
        h.append("</tr>\n</table>\n");
        BaselineStatus b = ctx.baseline();
        if (b != null) {
            h.append("<p>Baseline <code>").append(e(b.file())).append("</code>: ").append(b.suppressed())
                    .append(" known findings not shown; ").append(b.absent().size())
                    .append(" baseline entries no longer occur.</p>\n");
            if (!b.absent().isEmpty()) {
                h.append("<table class=\"absent\">\n<tr><th>Id</th><th>Rule</th><th>Subject</th></tr>\n");
                for (BaselineEntry a : b.absent()) {
                    h.append("<tr><td><code>").append(e(a.id())).append("</code></td><td>").append(e(a.rule()))
                            .append("</td><td>").append(e(a.subject())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void filters(StringBuilder h, Report report, List<String> entities) {
        List<Finding> fs = report.findings();
        h.append("<section id=\"filters\">\n<label>Search <input type=\"search\" id=\"search\""
                + " placeholder=\"words in subject, message, quotes, paths\"></label>\n");
        open(h, "Severity", "severity");
        for (Severity v : Severity.values()) {
            option(h, v.id(), v.id(), fs.stream().filter(f -> f.severity() == v).count());
        }
        close(h);
        open(h, "Kind", "kind");
        for (FindingKind k : FindingKind.values()) {
            option(h, k.id(), k.id(), fs.stream().filter(f -> f.kind() == k).count());
        }
        close(h);
        open(h, "Rule", "rule");
        for (String r : new TreeSet<>(fs.stream().map(Finding::rule).toList())) {
            option(h, r, r, fs.stream().filter(f -> f.rule().equals(r)).count());
        }
        close(h);
        open(h, "Document", "doc");
        for (int i = 0; i < report.documents().size(); i++) {
            String id = report.documents().get(i).id();
            option(h, "d" + i, report.documents().get(i).path(),
                    fs.stream().filter(f -> f.evidence().stream().anyMatch(ev -> ev.document().equals(id))).count());
        }
        close(h);
        open(h, "Entity", "entity");
        for (int i = 0; i < entities.size(); i++) {
            String en = entities.get(i);
            option(h, "s" + i, en, fs.stream().filter(f -> entity(f.subject()).equals(en)).count());
        }
        close(h);
        open(h, "Decision", "decision");
        option(h, "undecided", "undecided", fs.size());
        option(h, "confirmed", "confirmed", 0);
        option(h, "dismissed", "dismissed", 0);
        close(h);
        h.append("<label>Sort <select id=\"sort\"><option value=\"severity\">severity, then subject</option>"
                + "<option value=\"kind\">kind, then subject</option><option value=\"document\">document position"
                + "</option></select></label>\n<button type=\"button\" id=\"prev\" title=\"previous finding (k)\">"
                + "\u2191 previous</button><button type=\"button\" id=\"next\" title=\"next finding (j)\">\u2193 next"
                + "</button>\n<span id=\"shown\">").append(fs.size()).append(" of ").append(fs.size())
                .append(" findings shown</span>\n<span class=\"keys\">keys: j next, k previous, / search</span>\n"
                + "</section>\n");
    }

    private static void open(StringBuilder h, String label, String filter) {
        h.append("<label>").append(label).append(" <select id=\"filter-").append(filter).append("\" data-filter=\"")
                .append(filter).append("\"><option value=\"\">all</option>");
    }

    private static void option(StringBuilder h, String value, String label, long count) {
        h.append("<option value=\"").append(e(value)).append("\" data-label=\"").append(e(label)).append("\">")
                .append(e(label)).append(" (").append(count).append(")</option>");
    }

    private static void close(StringBuilder h) {
        h.append("</select></label>\n");
    }

    private static void exportSection(StringBuilder h) {
        h.append("<section id=\"export\">\n<h2>Decisions</h2>\n<p>Mark findings confirmed or dismissed above; the"
                + " decisions stay in this browser until you export them. <a id=\"export-download\""
                + " download=\"claims-decisions.json\" href=\"#export\">Download the <span id=\"export-count\">0"
                + "</span> decisions</a> and pass the file to the next run (<code>claims check --baseline"
                + " claims-decisions.json</code>), which then shows only what is new."
                + " <button type=\"button\" id=\"clear-decisions\">Clear all decisions</button></p>\n"
                + "<textarea id=\"export-text\" readonly aria-label=\"decisions file\"></textarea>\n</section>\n");
    }

    /** order: the finding's number, then its place by severity, by kind and by document position. */
    private static void finding(StringBuilder h, Finding f, DocumentIndex index, Map<String, Integer> docNumber,
                                int entity, int[] order) {
        StringBuilder docs = new StringBuilder();
        for (String d : new TreeSet<>(f.evidence().stream().map(Evidence::document).toList())) {
            Integer n = docNumber.get(d);
            if (n != null) {
                docs.append(docs.length() == 0 ? "" : " ").append('d').append(n);
            }
        }
        h.append("<article class=\"finding kind-").append(f.kind().id()).append("\" id=\"finding-").append(e(f.id()))
                .append("\" data-kind=\"").append(f.kind().id()).append("\" data-rule=\"").append(e(f.rule()))
                .append("\" data-severity=\"").append(f.severity().id()).append("\" data-docs=\"").append(docs)
                .append("\" data-entity=\"s").append(entity).append("\" data-id=\"").append(e(f.id()))
                .append("\" data-subject=\"").append(e(f.subject())).append("\" data-order-severity=\"").append(order[1])
                .append("\" data-order-kind=\"").append(order[2]).append("\" data-order-doc=\"").append(order[3])
                .append("\">\n");
        h.append("<h3><span class=\"badge sev-").append(f.severity().id()).append("\">").append(f.severity().id())
                .append("</span><span class=\"badge\">").append(f.kind().id()).append("</span>").append(e(f.subject()))
                .append("</h3>\n<p class=\"message\">").append(e(f.message())).append(" <span class=\"rule\">")
                .append(e(f.rule())).append(" · ").append(f.severity().id()).append(" · confidence ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", f.confidence())).append(" · id ")
                .append(e(f.id())).append("</span></p>\n");
        HtmlPlot.of(f, index).ifPresent(svg -> h.append(svg).append('\n'));
        h.append("<div class=\"sides\">\n");
        String mark = f.kind() == FindingKind.AGREEMENT ? "same" : "diff";
        for (int j = 0; j < f.evidence().size(); j++) {
            Evidence ev = f.evidence().get(j);
            Integer n = docNumber.get(ev.document());
            h.append("<div class=\"side\">\n<div class=\"where\">");
            if (n != null) {
                h.append("<a href=\"#doc-").append(n).append("\">").append(e(ev.path())).append("</a>");
            } else {
                h.append(e(ev.path()));
            }
            h.append(':').append(ev.line()).append(':').append(ev.column());
            if (n != null && index.get(ev.document()).isPresent()) {
                h.append(" <a class=\"read\" href=\"#ev-").append(order[0]).append('-').append(j)
                        .append("\">read in the document</a>");
            }
            h.append("</div>\n<div class=\"value\">")
                    .append(e(ev.value())).append("</div>\n<blockquote>").append(highlight(ev.quote(), ev.value(), mark))
                    .append("</blockquote>\n");
            Optional<Span> para = index.surrounding(ev.document(), ev.span());
            if (para.isPresent()) {
                String text = index.get(ev.document()).orElseThrow().document().text();
                h.append("<details class=\"paragraph\"><summary>Show paragraph</summary><div class=\"context\">")
                        .append(context(text, para.get(), ev.span())).append("</div></details>\n");
            }
            h.append("</div>\n");
        }
        h.append("</div>\n<div class=\"triage\"><label>Decision <select class=\"decision\"><option value=\"\">"
                + "undecided</option><option value=\"confirmed\">confirmed</option><option value=\"dismissed\">"
                + "dismissed</option></select></label><input class=\"reason\" type=\"text\" maxlength=\"500\""
                + " placeholder=\"reason, e.g. checked: the source gives 16 November\" aria-label=\"reason\">"
                + "</div>\n</article>\n");
    }

    /** What a subject is about: "Maxim Litvinov" for "Maxim Litvinov: office in 1933"; the subject when no colon. */
    static String entity(String subject) {
        int colon = subject.indexOf(": ");
        return colon > 0 ? subject.substring(0, colon) : subject;
    }

    /** The quote, escaped, with the first occurrence of the value marked. */
    private static String highlight(String quote, String value, String cls) {
        int at = value == null || value.isEmpty() ? -1 : quote.indexOf(value);
        if (at < 0) {
            return e(quote);
        }
        return e(quote.substring(0, at)) + "<mark class=\"" + cls + "\">" + e(value) + "</mark>"
                + e(quote.substring(at + value.length()));
    }

    /** The paragraph around a span (cut to a readable size), escaped, with the span marked. */
    private static String context(String text, Span para, Span span) {
        int from = Math.max(para.start(), span.start() - CONTEXT_RADIUS);
        int to = Math.min(para.end(), span.end() + CONTEXT_RADIUS);
        int spanEnd = Math.min(span.end(), to);
        return (from > para.start() ? "…" : "") + e(text.substring(from, span.start())) + "<mark class=\"here\">"
                + e(text.substring(span.start(), spanEnd)) + "</mark>" + e(text.substring(spanEnd, to))
                + (to < para.end() ? "…" : "");
    }

    private static void documents(StringBuilder h, Report report, DocumentIndex index) {
        h.append("<section id=\"documents\">\n<h2>Documents</h2>\n");
        int budget = READING_BUDGET;
        for (int i = 0; i < report.documents().size(); i++) {
            DocumentEntry d = report.documents().get(i);
            h.append("<article class=\"document\" id=\"doc-").append(i).append("\">\n<h3>").append(e(d.path()))
                    .append("</h3>\n<table>\n");
            row(h, "Title", d.title());
            row(h, "Format", d.format());
            row(h, "Status", d.status());
            if (d.problem() != null) {
                row(h, "Problem", d.problem());
            }
            row(h, "Claims", Integer.toString(d.claims()));
            row(h, "Notes", Integer.toString(d.notes()));
            row(h, "Bibliography", Integer.toString(d.bibliography()));
            h.append("</table>\n");
            List<Finding> here = report.findings().stream()
                    .filter(f -> f.evidence().stream().anyMatch(ev -> ev.document().equals(d.id()))).toList();
            if (!here.isEmpty()) {
                h.append("<p class=\"here\">Findings here:");
                for (Finding f : here) {
                    h.append(" <a href=\"#finding-").append(e(f.id())).append("\" title=\"").append(e(f.subject()))
                            .append("\">").append(f.kind().id()).append(' ').append(e(f.id())).append("</a>");
                }
                h.append("</p>\n");
            }
            Optional<ExtractedDocument> ed = index.get(d.id());
            if (ed.isPresent() && ed.get().document().text().length() <= budget) {
                budget -= ed.get().document().text().length();
                HtmlReadingView.write(h, i, ed.get(), report.findings());
            } else if (ed.isPresent()) {
                h.append("<p class=\"here\">The reading view of this document is left out: the report holds at most "
                        + READING_BUDGET + " characters of document text.</p>\n");
            }
            if (ed.isPresent() && !ed.get().document().notes().isEmpty()) {
                notes(h, ed.get());
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void notes(StringBuilder h, ExtractedDocument ed) {
        Document d = ed.document();
        var lines = d.lineMap();
        h.append("<details><summary>Notes (").append(d.notes().size()).append(") and how their citations resolved"
                + "</summary>\n<table class=\"notes\">\n<tr><th>Note</th><th>Line</th><th>Text</th><th>Form</th>"
                + "<th>Resolution</th><th>Work</th><th>Why</th></tr>\n");
        for (Note n : d.notes()) {
            List<Citation> cs = ed.citations().stream().filter(c -> c.noteLabel().equals(n.label())).toList();
            int rows = Math.max(1, cs.size());
            h.append("<tr><td rowspan=\"").append(rows).append("\">").append(e(n.label())).append("</td><td rowspan=\"")
                    .append(rows).append("\">").append(lines.line(n.span().start())).append("</td><td rowspan=\"")
                    .append(rows).append("\">").append(e(n.text())).append("</td>");
            if (cs.isEmpty()) {
                h.append("<td colspan=\"4\">no citation read</td></tr>\n");
            }
            for (int i = 0; i < cs.size(); i++) {
                Citation c = cs.get(i);
                if (i > 0) {
                    h.append("<tr>");
                }
                h.append("<td>").append(e(c.form())).append("</td><td class=\"").append(e(c.resolution())).append("\">")
                        .append(e(c.resolution())).append("</td><td>")
                        .append(c.work() == null ? "" : e(c.work().title())).append("</td><td>").append(e(c.reason()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n</details>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(e(value)).append("</td></tr>\n");
    }

    private static String e(String s) {
        return HtmlText.escape(s);
    }
}
