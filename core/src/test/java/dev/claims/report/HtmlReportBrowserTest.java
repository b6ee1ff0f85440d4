package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (skipped with a message where none is installed): filters work, the
 * paragraph toggle opens, a screenshot lands in target/html-report.png, and script in a document never runs.
 */
class HtmlReportBrowserTest {
    @TempDir
    static Path dir;
    private static DevTools browser;

    @BeforeAll
    static void startChromium() throws Exception {
        Path chromium = DevTools.findChromium();
        Assumptions.assumeTrue(chromium != null,
                "skipping the HTML browser test: no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM)");
        browser = DevTools.start(chromium, dir.resolve("profile"));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    private static DevTools.Page open(Report report, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, Schemas.render(new HtmlReportWriter(), report, ReportContext.defaults()),
                StandardCharsets.UTF_8);
        return browser.open(file.toUri());
    }

    private static final String VISIBLE_KINDS = "[...document.querySelectorAll('article.finding')]"
            + ".filter(a => a.offsetParent !== null).map(a => a.dataset.kind).join(',')";

    @Test
    void filtersHideWhatDoesNotMatchAndParagraphsOpen() throws Exception {
        DevTools.Page page = open(SampleReports.sample(), "report.html");
        assertEquals("contradiction,citation,variant,agreement", page.evaluate(VISIBLE_KINDS).asText());
        assertEquals("4 of 4 findings shown", page.evaluate("document.getElementById('shown').textContent").asText());

        page.evaluate("(() => { const s = document.getElementById('filter-kind'); s.value = 'contradiction';"
                + " s.dispatchEvent(new Event('change')); return true; })()");
        assertEquals("contradiction", page.evaluate(VISIBLE_KINDS).asText());
        assertEquals("1 of 4 findings shown", page.evaluate("document.getElementById('shown').textContent").asText());

        page.evaluate("(() => { const k = document.getElementById('filter-kind'); k.value = '';"
                + " k.dispatchEvent(new Event('change')); const d = document.getElementById('filter-doc');"
                + " d.value = 'd1'; d.dispatchEvent(new Event('change')); return true; })()");
        assertEquals("contradiction,variant,agreement", page.evaluate(VISIBLE_KINDS).asText(), "findings on b.txt");

        page.evaluate("(() => { const d = document.getElementById('filter-doc'); d.value = '';"
                + " d.dispatchEvent(new Event('change')); const e = document.getElementById('filter-entity');"
                + " e.value = [...e.options].find(o => o.text === 'Maxim Litvinov').value;"
                + " e.dispatchEvent(new Event('change')); return true; })()");
        assertEquals("variant,agreement", page.evaluate(VISIBLE_KINDS).asText(), "both findings on Litvinov");
        page.evaluate("(() => { const e = document.getElementById('filter-entity'); e.value = '';"
                + " e.dispatchEvent(new Event('change')); return true; })()");

        page.click("article.finding.kind-contradiction details summary");
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

        Files.createDirectories(Path.of("target"));
        byte[] png = page.screenshot();
        Files.write(Path.of("target/html-report.png"), png);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    }

    @Test
    void scriptInADocumentDoesNotRun() throws Exception {
        DevTools.Page page = open(SampleReports.hostile(), "hostile.html");
        assertEquals("undefined", page.evaluate("typeof window.__pwned").asText());
        page.click("article.finding details summary");
        assertEquals("undefined", page.evaluate("typeof window.__pwned").asText());
        assertEquals(0, page.evaluate("document.querySelectorAll('img, a[href^=\"javascript\"]').length").asInt());
        assertTrue(page.evaluate("document.body.innerText").asText().contains("<script>window.__pwned=1</script>"),
                "the markup is shown as text");
        assertEquals("4 of 4 findings shown", page.evaluate("document.getElementById('shown').textContent").asText(),
                "the report's own script did run");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/html-report-hostile.png"), page.screenshot());
    }
}
