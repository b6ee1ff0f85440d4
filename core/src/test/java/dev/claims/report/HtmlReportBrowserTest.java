package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium, asserted through the DOM: search, severity filter, counts, sort, URL
 * state across a reload, keyboard navigation, the reading view's highlights and the way back, triage kept in local
 * storage and exported as a baseline, and script in a document never running. Skipped where no Chromium is
 * installed, failed instead when {@code CLAIMS_BROWSER_TESTS=required} (as in CI).
 */
class HtmlReportBrowserTest {
    @TempDir
    static Path dir;
    private static DevTools browser;
    private static Report seeds;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = DevTools.startOrSkip(dir.resolve("profile"));
        seeds = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds()));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    private static DevTools.Page open(Report report, String name, String fragment) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, Schemas.render(new HtmlReportWriter(), report, ReportContext.defaults()),
                StandardCharsets.UTF_8);
        DevTools.Page page = browser.open(java.net.URI.create(file.toUri() + fragment));
        page.evaluate("localStorage.clear(); true");
        return page;
    }

    private static final String VISIBLE_KINDS = "[...document.querySelectorAll('article.finding')]"
            + ".filter(a => a.offsetParent !== null).map(a => a.dataset.kind).join(',')";
    private static final String VISIBLE_COUNT = "[...document.querySelectorAll('article.finding')]"
            + ".filter(a => a.offsetParent !== null).length";
    private static final String SHOWN = "document.getElementById('shown').textContent";

    private static String select(String id, String value) {
        return "(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
                + " s.dispatchEvent(new Event('change')); return true; })()";
    }

    @Test
    void filtersHideWhatDoesNotMatchAndParagraphsOpen() throws Exception {
        DevTools.Page page = open(SampleReports.sample(), "report.html", "");
        assertEquals("contradiction,citation,variant,agreement", page.evaluate(VISIBLE_KINDS).asText(),
                "errors first, then warnings, then notes (variant before agreement by subject)");
        assertEquals("4 of 4 findings shown", page.evaluate(SHOWN).asText());

        page.evaluate(select("filter-kind", "contradiction"));
        assertEquals("contradiction", page.evaluate(VISIBLE_KINDS).asText());
        assertEquals("1 of 4 findings shown", page.evaluate(SHOWN).asText());
        assertEquals("error (1),warning (0),note (0)", page.evaluate("[...document.getElementById("
                + "'filter-severity').options].slice(1).map(o => o.textContent).join(',')").asText(),
                "the other filters' counts follow the kind filter");

        page.evaluate(select("filter-kind", "") + " && " + select("filter-doc", "d1"));
        assertEquals("contradiction,variant,agreement", page.evaluate(VISIBLE_KINDS).asText(), "findings on b.txt");

        page.evaluate(select("filter-doc", "") + " && (() => { const e = document.getElementById('filter-entity');"
                + " e.value = [...e.options].find(o => o.dataset.label === 'Maxim Litvinov').value;"
                + " e.dispatchEvent(new Event('change')); return true; })()");
        assertEquals("variant,agreement", page.evaluate(VISIBLE_KINDS).asText(), "both findings on Litvinov");
        page.evaluate(select("filter-entity", ""));

        page.click("article.finding.kind-contradiction details.paragraph summary");
        assertEquals(true, page.evaluate("document.querySelector('article.finding.kind-contradiction details').open")
                .asBoolean());
        String context = page.evaluate("document.querySelector('article.finding.kind-contradiction .context')"
                + ".innerText").asText();
        assertTrue(context.contains("The United States recognized the Soviet Union on November 16, 1933, after"),
                context);
        assertEquals("November 16, 1933", page.evaluate("document.querySelector('article.finding.kind-contradiction"
                + " .context mark').textContent").asText());
        assertEquals("rgb(255, 205, 210)", page.evaluate("getComputedStyle(document.querySelector("
                + "'article.finding.kind-contradiction blockquote mark.diff')).backgroundColor").asText(),
                "the differing value is highlighted");
    }

    @Test
    void searchCountsTheFindingsThatMentionAWord() throws Exception {
        DevTools.Page page = open(SampleReports.sample(), "search.html", "");
        page.click("#search");
        page.type("litvinov");
        assertEquals("3 of 4 findings shown", page.evaluate(SHOWN).asText(),
                "the contradiction's quote, the variant and the agreement");
        assertEquals("contradiction,variant,agreement", page.evaluate(VISIBLE_KINDS).asText());
        page.type(" maksim");
        assertEquals("variant,agreement", page.evaluate(VISIBLE_KINDS).asText(), "every word must occur");

        DevTools.Page s = open(seeds, "seeds-search.html", "");
        s.click("#search");
        s.type("Molotov");
        long expected = seeds.findings().stream().filter(f -> mentions(f, "molotov")).count();
        assertEquals(expected + " of " + seeds.findings().size() + " findings shown", s.evaluate(SHOWN).asText());
        assertEquals(expected, s.evaluate(VISIBLE_COUNT).asLong());
        assertTrue(expected >= 2, "the seeds have an office contradiction and more on Molotov: " + expected);
    }

    /** What the page searches: subject, kind, severity, message, rule, confidence, id, and each evidence's lines. */
    private static boolean mentions(Finding f, String word) {
        List<String> parts = new ArrayList<>(List.of(f.severity().id(), f.kind().id(), f.subject(), f.message(),
                f.rule(), f.id()));
        for (Evidence e : f.evidence()) {
            parts.addAll(List.of(e.path(), e.value(), e.quote()));
        }
        return String.join("\n", parts).toLowerCase(Locale.ROOT).contains(word);
    }

    @Test
    void severityFilterAndSortAndTheUrlStateSurviveAReload() throws Exception {
        DevTools.Page page = open(seeds, "seeds-state.html", "");
        long errors = seeds.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = seeds.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        String firstSeverities = page.evaluate("[...document.querySelectorAll('article.finding')].map(a =>"
                + " a.dataset.severity).join(',')").asText();
        assertEquals("error,".repeat((int) errors), firstSeverities.substring(0, (int) errors * 6),
                "errors come first");
        assertTrue(firstSeverities.substring((int) errors * 6).startsWith("warning".repeat(warnings > 0 ? 1 : 0)));

        page.evaluate(select("filter-severity", "error"));
        assertEquals(errors, page.evaluate(VISIBLE_COUNT).asLong());
        assertEquals("error", page.evaluate("[...new Set([...document.querySelectorAll('article.finding')]"
                + ".filter(a => !a.hidden).map(a => a.dataset.severity))].join(',')").asText());
        page.click("#search");
        page.type("office");
        long expected = seeds.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && mentions(f, "office")).count();
        assertEquals(expected + " of " + seeds.findings().size() + " findings shown", page.evaluate(SHOWN).asText());
        page.evaluate(select("sort", "kind"));
        assertEquals("#q=office&severity=error&sort=kind", page.evaluate("location.hash").asText());

        page.reload();
        assertEquals("#q=office&severity=error&sort=kind", page.evaluate("location.hash").asText());
        assertEquals("office", page.evaluate("document.getElementById('search').value").asText());
        assertEquals("error", page.evaluate("document.getElementById('filter-severity').value").asText());
        assertEquals("kind", page.evaluate("document.getElementById('sort').value").asText());
        assertEquals(expected + " of " + seeds.findings().size() + " findings shown", page.evaluate(SHOWN).asText(),
                "the same view after the reload");
        List<String> kindOrder = seeds.findings().stream().map(Finding::id).toList();
        JsonNode ids = page.evaluate("[...document.querySelectorAll('article.finding')].map(a => a.dataset.id)");
        List<String> shownOrder = new ArrayList<>();
        ids.forEach(n -> shownOrder.add(n.asText()));
        assertEquals(kindOrder, shownOrder, "sorted by kind: the report's own order");
    }

    @Test
    void keyboardStepsThroughTheVisibleFindings() throws Exception {
        DevTools.Page page = open(SampleReports.sample(), "keys.html", "");
        page.evaluate(select("filter-severity", "note"));
        page.evaluate("document.activeElement.blur(); true");
        page.press("j");
        String first = page.evaluate("document.querySelector('article.finding.current').dataset.kind").asText();
        page.press("j");
        String second = page.evaluate("document.querySelector('article.finding.current').dataset.kind").asText();
        page.press("j");
        String stays = page.evaluate("document.querySelector('article.finding.current').dataset.kind").asText();
        page.press("k");
        String back = page.evaluate("document.querySelector('article.finding.current').dataset.kind").asText();
        assertEquals(List.of("variant", "agreement", "agreement", "variant"), List.of(first, second, stays, back));
        assertTrue(page.evaluate("location.hash").asText().startsWith("#severity=note&at=finding-"));
    }

    @Test
    void readingViewHighlightsAKnownSeedFindingAndLinksBack() throws Exception {
        Finding molotov = seeds.findings().stream().filter(f -> f.rule().equals("office-mismatch")
                && f.subject().equals("Vyacheslav Molotov: office")).findFirst().orElseThrow();
        int number = seeds.findings().indexOf(molotov);
        Evidence ambassador = molotov.evidence().get(0);
        assertEquals("Soviet Ambassador", ambassador.value());
        DevTools.Page page = open(seeds, "seeds-reading.html", "");
        String card = "document.getElementById('finding-" + molotov.id() + "')";
        page.click("#finding-" + molotov.id() + " a.read");

        String mark = "document.getElementById('ev-" + number + "-0')";
        assertEquals(true, page.evaluate(mark + ".closest('details').open").asBoolean(), "the reading view opened");
        assertEquals("#at=ev-" + number + "-0", page.evaluate("location.hash").asText());
        assertEquals("doc-" + docIndex(ambassador.document()), page.evaluate(mark + ".closest('article').id").asText());
        assertEquals("Soviet Ambassador", page.evaluate(mark + ".textContent").asText());
        String inThisDocument = molotov.evidence().stream().filter(e -> e.document().equals(ambassador.document()))
                .sorted(java.util.Comparator.comparingInt(e -> e.span().start())).map(Evidence::value)
                .collect(java.util.stream.Collectors.joining("|"));
        assertEquals("Foreign Commissar|Soviet Ambassador", inThisDocument);
        assertEquals(inThisDocument, page.evaluate("[...document.querySelectorAll('#doc-"
                + docIndex(ambassador.document()) + " mark[data-finding=\"" + molotov.id() + "\"]')]"
                + ".map(m => m.textContent).join('|')").asText(), "every passage of the finding, highlighted");
        assertEquals(true, page.evaluate(mark + ".classList.contains('current')").asBoolean());
        assertEquals("rgb(255, 205, 210)", page.evaluate("getComputedStyle(" + mark + ").backgroundColor").asText(),
                "a contradiction's evidence is highlighted red");
        assertEquals(true, page.evaluate("(() => { const r = " + mark + ".getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight; })()").asBoolean(), "scrolled into view");
        String rowText = page.evaluate(mark + ".closest('.row').querySelector('.text').textContent").asText();
        String docText = seeds.corpus().stream().filter(d -> d.id().equals(ambassador.document())).findFirst()
                .orElseThrow().document().text();
        assertTrue(docText.contains(rowText), "the row is the document's own text");
        assertEquals(ambassador.span().of(docText), "Soviet Ambassador");

        String back = mark + ".closest('.row').querySelector('.margin a[href=\"#finding-" + molotov.id() + "\"]')";
        assertEquals("contradiction: Vyacheslav Molotov: office", page.evaluate(back + ".textContent").asText());
        page.evaluate(back + ".click(); true");
        assertEquals("#at=finding-" + molotov.id(), page.evaluate("location.hash").asText());
        assertEquals(true, page.evaluate(card + ".classList.contains('current')").asBoolean());

        assertEquals(3, page.evaluate(card + ".querySelectorAll('svg.timeline g.row').length").asInt(),
                "one timeline row per quoted passage");
        assertEquals(true, page.evaluate(card + ".querySelector('svg.timeline g.row').classList"
                + ".contains('conflict')").asBoolean(), "the ambassador in 1942-05 overlaps no other row");
        String titles = page.evaluate("[...document.querySelectorAll('#finding-" + molotov.id()
                + " svg.timeline g.row > title')].map(t => t.textContent).join('|')").asText();
        String[] rows = titles.split("\\|");
        for (int i = 0; i < 3; i++) {
            Evidence e = molotov.evidence().get(i);
            String where = e.path().substring(e.path().lastIndexOf('/') + 1) + ":" + e.line() + ": ";
            assertTrue(rows[i].startsWith(where), rows[i] + " starts with " + where);
        }
        assertTrue(rows[0].endsWith("(1942-05)"), rows[0]);
    }

    private static int docIndex(String id) {
        for (int i = 0; i < seeds.documents().size(); i++) {
            if (seeds.documents().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void triageIsKeptInLocalStorageAndExportedAsABaseline() throws Exception {
        Report sample = SampleReports.sample();
        Finding contradiction = sample.findings().get(0);
        DevTools.Page page = open(sample, "triage.html", "");
        String card = "#finding-" + contradiction.id();
        page.evaluate("(() => { const a = document.querySelector('" + card + "'); const s ="
                + " a.querySelector('select.decision'); s.value = 'dismissed'; s.dispatchEvent(new Event('change'));"
                + " return true; })()");
        page.click(card + " input.reason");
        page.type("checked: Kennan gives 16 November");
        page.evaluate("document.activeElement.blur(); true");
        assertEquals("dismissed", page.evaluate("document.querySelector('" + card + "').dataset.decision").asText());
        assertEquals("1", page.evaluate("document.getElementById('export-count').textContent").asText());

        page.reload();
        assertEquals("dismissed", page.evaluate("document.querySelector('" + card + " select.decision').value")
                .asText(), "kept in local storage");
        assertEquals("checked: Kennan gives 16 November",
                page.evaluate("document.querySelector('" + card + " input.reason').value").asText());
        page.evaluate(select("filter-decision", "undecided"));
        assertEquals("3 of 4 findings shown", page.evaluate(SHOWN).asText());

        String exported = page.evaluate("document.getElementById('export-text').value").asText();
        Path file = dir.resolve("decisions.json");
        Files.writeString(file, exported, StandardCharsets.UTF_8);
        Baseline read = BaselineFile.read(file);
        assertEquals(List.of(new BaselineEntry(contradiction.id(), "contradiction", "date-mismatch",
                contradiction.subject())), read.entries());
        JsonNode json = Schemas.MAPPER.readTree(exported);
        assertEquals("dismissed", json.at("/findings/0/decision").asText());
        assertEquals("checked: Kennan gives 16 November", json.at("/findings/0/reason").asText());
        Baseline.Applied applied = read.apply(sample, file.toString());
        assertEquals(1, applied.status().suppressed());
        assertEquals(3, applied.report().findings().size());
        assertTrue(page.evaluate("document.getElementById('export-download').href").asText().startsWith("blob:"));
    }

    @Test
    void onPaperTheFindingsKeepTheirQuotesAndPositionsAndLoseTheControls() throws Exception {
        DevTools.Page page = open(SampleReports.sample(), "print.html", "");
        String display = "(s => [...document.querySelectorAll(s)].map(e => getComputedStyle(e).display).join(','))";
        assertEquals("flex", page.evaluate(display + "('#filters')").asText());
        page.emulateMedia("print");
        assertEquals("none", page.evaluate(display + "('#filters')").asText());
        assertEquals("none,none,none,none", page.evaluate(display + "('.triage')").asText());
        assertEquals("none", page.evaluate(display + "('#export')").asText());
        assertEquals("none", page.evaluate(display + "('nav')").asText());
        assertEquals("block,block,block,block", page.evaluate(display + "('article.finding')").asText());
        String text = page.evaluate("document.body.innerText").asText();
        assertTrue(text.contains("corpus/a.txt:3:50"), "positions are printed");
        assertTrue(text.contains("Roosevelt recognized the USSR on November 17, 1933."), "quotes are printed");
        assertEquals("avoid", page.evaluate("getComputedStyle(document.querySelector('article.finding'))"
                + ".breakInside").asText());
        page.emulateMedia("");
        assertEquals("flex", page.evaluate(display + "('#filters')").asText());
    }

    @Test
    void aHostileCorpusCheckedEndToEndRunsNoScriptOfItsOwn() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("hostile-corpus"));
        String payload = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
                + "<a href=\"javascript:window.__pwned=3\">x</a></textarea><svg onload=\"window.__pwned=4\">";
        Files.writeString(corpus.resolve("a.txt"), "The United States recognized the Soviet Union on November 16,"
                + " 1933, " + payload + " after talks.\n");
        Files.writeString(corpus.resolve("b.md"), "# " + payload + "\n\nThe United States recognized the Soviet"
                + " Union on November 17, 1933. " + payload + "\n");
        Report report = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(corpus));
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("date-mismatch")),
                report.findings().toString());
        DevTools.Page page = open(report, "hostile-corpus.html", "");
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); true");
        page.click("article.finding a.read");
        page.click("#search");
        page.type("pwned");
        assertEquals("undefined", page.evaluate("typeof window.__pwned").asText());
        assertEquals(1, page.evaluate("document.scripts.length").asInt());
        assertEquals(0, page.evaluate("document.querySelectorAll('img, svg[onload], [onerror],"
                + " a[href^=\"javascript\"]').length").asInt());
        assertEquals(true, page.evaluate("[...document.querySelectorAll('.reading .text')].some(t =>"
                + " t.textContent.includes('<script>window.__pwned=1</script>'))").asBoolean(),
                "the payload is shown as the document's text");
    }

    @Test
    void scriptInADocumentDoesNotRun() throws Exception {
        DevTools.Page page = open(SampleReports.hostile(), "hostile.html", "");
        assertEquals("undefined", page.evaluate("typeof window.__pwned").asText());
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); true");
        page.click("article.finding details summary");
        page.click("article.finding a.read");
        page.click("#search");
        page.type("pwned");
        assertEquals("undefined", page.evaluate("typeof window.__pwned").asText());
        assertEquals(0, page.evaluate("document.querySelectorAll('img, a[href^=\"javascript\"], [onerror]').length")
                .asInt());
        assertEquals(1, page.evaluate("document.scripts.length").asInt(), "only the report's own script");
        String text = page.evaluate("document.body.innerText").asText();
        assertTrue(text.contains("<script>window.__pwned=1</script>"), "the markup is shown as text");
        assertEquals(true, page.evaluate("[...document.querySelectorAll('.reading .text')].some(t =>"
                + " t.textContent.includes('<img src=x onerror='))").asBoolean(), "also in the reading view");
        assertEquals("4 of 4 findings shown", page.evaluate(SHOWN).asText(), "the report's own script did run");
        assertEquals("true", page.evaluate("document.documentElement.dataset.ready").asText());

        DevTools.Page s = open(seeds, "seeds-csp.html", "");
        assertEquals("true", s.evaluate("document.documentElement.dataset.ready").asText());
        assertTrue(s.evaluate("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
                .asText().startsWith("default-src 'none';"));
    }
}
