package dev.claims.report;

import dev.claims.citation.Citation;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One self-contained HTML page a historian can read: a summary, filters by kind, rule, document and entity (what a
 * subject is about: "Maxim Litvinov" for "Maxim Litvinov: office in 1933"), each
 * finding with its quotes side by side and the compared values highlighted, a "paragraph" toggle that shows the
 * surrounding paragraph of each quote, and a per-document view of its notes and how each citation resolved.
 *
 * <p>No network fetches: CSS and the small filter script are inline. Every piece of document text is escaped, and a
 * Content-Security-Policy allows only the report's own script (by hash), so even a document containing
 * {@code <script>} cannot run script in the report.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final int CONTEXT_RADIUS = 700;
    private static final String SCRIPT = """
            (function () {
              var selects = document.querySelectorAll('select[data-filter]');
              function apply() {
                var want = {};
                selects.forEach(function (s) { want[s.getAttribute('data-filter')] = s.value; });
                var all = document.querySelectorAll('article.finding');
                var shown = 0;
                all.forEach(function (a) {
                  var ok = (!want.kind || a.getAttribute('data-kind') === want.kind)
                    && (!want.rule || a.getAttribute('data-rule') === want.rule)
                    && (!want.doc || (' ' + a.getAttribute('data-docs') + ' ').indexOf(' ' + want.doc + ' ') >= 0)
                    && (!want.entity || a.getAttribute('data-entity') === want.entity);
                  a.hidden = !ok;
                  if (ok) { shown++; }
                });
                document.getElementById('shown').textContent = shown + ' of ' + all.length + ' findings shown';
              }
              selects.forEach(function (s) { s.addEventListener('change', apply); });
              apply();
            })();
            """;
    private static final String STYLE = """
            :root { --fg: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --bg: #fafafa; }
            * { box-sizing: border-box; }
            body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: var(--fg); background: var(--bg);
                   margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; }
            h1, h2, h3, nav, table, .badge, .where, .meta, label, #shown, summary { font-family: system-ui, sans-serif; }
            h1 { margin-bottom: 0; } .meta { color: var(--muted); margin-top: .2rem; }
            nav a { margin-right: 1rem; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; }
            th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
            .num { text-align: right; }
            #filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .5rem 0;
                       position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); }
            select { max-width: 18rem; }
            [hidden] { display: none !important; }
            article.finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid #999;
                              border-radius: 4px; padding: .5rem 1rem; margin: 1rem 0; }
            .kind-contradiction { border-left-color: #c62828 !important; }
            .kind-citation { border-left-color: #ef6c00 !important; }
            .kind-variant { border-left-color: #6a1b9a !important; }
            .kind-agreement { border-left-color: #2e7d32 !important; }
            .badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; padding: .1rem .4rem;
                     border-radius: 3px; background: #eee; margin-right: .4rem; }
            .rule { color: var(--muted); font-size: .85rem; font-family: system-ui, sans-serif; }
            .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 1rem; }
            .side { border-top: 1px solid var(--line); padding-top: .4rem; }
            .where { font-size: .85rem; color: var(--muted); }
            .value { font-weight: bold; }
            blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--line); }
            mark.diff { background: #ffcdd2; } mark.same { background: #c8e6c9; } mark.here { background: #fff59d; }
            p.here { font-family: system-ui, sans-serif; font-size: .85rem; }
            p.here a { margin-right: .4rem; }
            .context { white-space: pre-wrap; font-size: .9rem; background: #f4f4f6; padding: .5rem; }
            article.document { border-top: 2px solid var(--line); margin-top: 1.5rem; }
            .resolved { color: #2e7d32; } .ambiguous { color: #ef6c00; } .unresolved { color: #c62828; }
            """;

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
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:; script-src '").append(scriptHash()).append("'\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>claims report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>claims report</h1>\n<p class=\"meta\">claims ").append(e(report.toolVersion()));
        if (ctx.timestamp() != null) {
            h.append(" · generated ").append(e(ctx.timestamp().toString()));
        }
        h.append("</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#findings\">Findings</a>"
                + "<a href=\"#documents\">Documents</a></nav>\n</header>\n");
        summary(h, report, ctx);
        filters(h, report, entities);
        h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p>No findings.</p>\n");
        }
        for (Finding f : report.findings()) {
            finding(h, f, index, docNumber, entityNumber.get(entity(f.subject())));
        }
        h.append("</section>\n");
        documents(h, report, index);
        h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
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
        h.append("<section id=\"filters\">\n");
        h.append("<label>Kind <select id=\"filter-kind\" data-filter=\"kind\"><option value=\"\">all</option>");
        for (FindingKind k : FindingKind.values()) {
            long n = report.findings().stream().filter(f -> f.kind() == k).count();
            if (n > 0) {
                h.append("<option value=\"").append(k.id()).append("\">").append(k.id()).append(" (").append(n)
                        .append(")</option>");
            }
        }
        h.append("</select></label>\n");
        h.append("<label>Rule <select id=\"filter-rule\" data-filter=\"rule\"><option value=\"\">all</option>");
        for (String r : new TreeSet<>(report.findings().stream().map(Finding::rule).toList())) {
            h.append("<option value=\"").append(e(r)).append("\">").append(e(r)).append("</option>");
        }
        h.append("</select></label>\n");
        h.append("<label>Document <select id=\"filter-doc\" data-filter=\"doc\"><option value=\"\">all</option>");
        for (int i = 0; i < report.documents().size(); i++) {
            h.append("<option value=\"d").append(i).append("\">").append(e(report.documents().get(i).path()))
                    .append("</option>");
        }
        h.append("</select></label>\n");
        h.append("<label>Entity <select id=\"filter-entity\" data-filter=\"entity\"><option value=\"\">all</option>");
        for (int i = 0; i < entities.size(); i++) {
            h.append("<option value=\"s").append(i).append("\">").append(e(entities.get(i))).append("</option>");
        }
        h.append("</select></label>\n<span id=\"shown\">").append(report.findings().size()).append(" of ")
                .append(report.findings().size()).append(" findings shown</span>\n</section>\n");
    }

    private static void finding(StringBuilder h, Finding f, DocumentIndex index, Map<String, Integer> docNumber,
                                int entity) {
        StringBuilder docs = new StringBuilder();
        for (String d : new TreeSet<>(f.evidence().stream().map(Evidence::document).toList())) {
            Integer n = docNumber.get(d);
            if (n != null) {
                docs.append(docs.length() == 0 ? "" : " ").append('d').append(n);
            }
        }
        h.append("<article class=\"finding kind-").append(f.kind().id()).append("\" id=\"finding-").append(e(f.id()))
                .append("\" data-kind=\"").append(f.kind().id()).append("\" data-rule=\"").append(e(f.rule()))
                .append("\" data-docs=\"").append(docs).append("\" data-entity=\"s").append(entity).append("\">\n");
        h.append("<h3><span class=\"badge\">").append(f.kind().id()).append("</span>").append(e(f.subject()))
                .append("</h3>\n<p class=\"message\">").append(e(f.message())).append(" <span class=\"rule\">")
                .append(e(f.rule())).append(" · ").append(f.severity().id()).append(" · confidence ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", f.confidence())).append(" · id ")
                .append(e(f.id())).append("</span></p>\n<div class=\"sides\">\n");
        String mark = f.kind() == FindingKind.AGREEMENT ? "same" : "diff";
        for (Evidence ev : f.evidence()) {
            Integer n = docNumber.get(ev.document());
            h.append("<div class=\"side\">\n<div class=\"where\">");
            if (n != null) {
                h.append("<a href=\"#doc-").append(n).append("\">").append(e(ev.path())).append("</a>");
            } else {
                h.append(e(ev.path()));
            }
            h.append(':').append(ev.line()).append(':').append(ev.column()).append("</div>\n<div class=\"value\">")
                    .append(e(ev.value())).append("</div>\n<blockquote>").append(highlight(ev.quote(), ev.value(), mark))
                    .append("</blockquote>\n");
            Optional<Span> para = index.surrounding(ev.document(), ev.span());
            if (para.isPresent()) {
                String text = index.get(ev.document()).orElseThrow().document().text();
                h.append("<details><summary>Show paragraph</summary><div class=\"context\">")
                        .append(context(text, para.get(), ev.span())).append("</div></details>\n");
            }
            h.append("</div>\n");
        }
        h.append("</div>\n</article>\n");
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

    /** The CSP source expression that allows exactly the report's own inline script. */
    static String scriptHash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
