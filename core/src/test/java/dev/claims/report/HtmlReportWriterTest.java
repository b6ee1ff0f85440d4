package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML of the seeds' report, read back with jsoup: reproducible, small, self-contained, and faithful. */
class HtmlReportWriterTest {
    private static Report seeds;
    private static String html;

    @BeforeAll
    static void render() {
        seeds = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds()));
        html = Schemas.render(new HtmlReportWriter(), seeds, ReportContext.defaults());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Report again = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds()));
        assertEquals(html, Schemas.render(new HtmlReportWriter(), again, ReportContext.defaults()));
    }

    @Test
    void theSeedsReportStaysUnderOneMegabyte() {
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 1_000_000, bytes + " bytes");
    }

    @Test
    void nothingIsFetchedAndOnlyTheReportsOwnScriptMayRun() {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        assertEquals(1, dom.select("script").size());
        String script = dom.selectFirst("script").data();
        String csp = dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
                + HtmlAssets.sha256(script) + "'", csp);
        assertEquals(List.of(), dom.select("[src], link, iframe, object, embed, img").eachAttr("outerHtml"));
        for (Element a : dom.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
        }
        assertFalse(HtmlAssets.STYLE.contains("url("), "no fetches from the stylesheet");
        assertFalse(HtmlAssets.STYLE.contains("@import"));
    }

    @Test
    void theReadingViewIsEachDocumentsOwnTextWithEveryPassageMarked() {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        for (int i = 0; i < seeds.documents().size(); i++) {
            ExtractedDocument ed = extracted(seeds.documents().get(i).id());
            String id = ed.id();
            String text = ed.document().text();
            Element view = dom.getElementById("read-" + i);
            List<String> rows = view.select(".row > .text").stream().map(Element::wholeText).toList();
            assertEquals(HtmlReadingView.rows(ed.document()).stream().map(s -> s.of(text)).toList(), rows, id);
            assertTrue(rows.stream().mapToInt(String::length).sum() >= text.strip().length() * 9 / 10,
                    "nearly all of " + id + " is shown");
            int markers = ed.document().markers().size();
            assertEquals(markers, view.select("a.marker[id]").size(), id + " markers");
            assertEquals(ed.document().notes().size(), view.select("span.note[id]").size(), id + " notes");
        }
        for (int n = 0; n < seeds.findings().size(); n++) {
            Finding f = seeds.findings().get(n);
            for (int j = 0; j < f.evidence().size(); j++) {
                Evidence ev = f.evidence().get(j);
                String text = extracted(ev.document()).document().text();
                Element mark = dom.getElementById("ev-" + n + "-" + j);
                assertEquals(f.id(), mark.attr("data-finding"));
                Span s = ev.span();
                assertTrue(s.of(text).startsWith(mark.wholeText()), mark.wholeText() + " starts " + s.of(text));
                String all = dom.select("#read-" + docOf(ev.document()) + " mark[data-finding=" + f.id() + "]")
                        .stream().map(Element::wholeText).collect(Collectors.joining());
                assertTrue(all.contains(mark.wholeText()));
                assertEquals(1, dom.select("#finding-" + f.id() + " a.read[href=#ev-" + n + "-" + j + "]").size());
            }
        }
    }

    @Test
    void everyClaimIsUnderlinedInItsDocument() {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        for (int i = 0; i < seeds.documents().size(); i++) {
            ExtractedDocument ed = extracted(seeds.documents().get(i).id());
            String id = ed.id();
            java.util.Set<String> expected = ed.claims().stream().filter(c -> c.span().length() > 0)
                    .map(c -> c.id()).collect(Collectors.toCollection(java.util.TreeSet::new));
            java.util.Set<String> underlined = dom.select("#read-" + i + " .row u.claim").stream()
                    .map(u -> u.attr("data-claim")).collect(Collectors.toCollection(java.util.TreeSet::new));
            assertEquals(expected, underlined, id);
        }
        assertTrue(dom.select(".row u.claim").size() >= 300, "the seeds have 371 claims");
    }

    private static ExtractedDocument extracted(String id) {
        return seeds.corpus().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static int docOf(String id) {
        for (int i = 0; i < seeds.documents().size(); i++) {
            if (seeds.documents().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
