package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.cli.ClaimsCommandTest.Run;
import dev.claims.report.DevTools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The triage round trip in a real headless Chromium: {@code claims check --format html}, dismiss the contradiction in
 * the page, download the decisions, and {@code claims check --baseline} on them no longer reports it. Skipped where no
 * Chromium is installed, failed instead when {@code CLAIMS_BROWSER_TESTS=required} (as in CI).
 */
class HtmlTriageRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDecisionDownloadedFromTheReportIsABaselineTheNextRunReads() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The United States recognized the Soviet Union on November 16, 1933.\n");
        Files.writeString(corpus.resolve("b.txt"), "The United States recognized the Soviet Union on November 17, 1933.\n");
        Path html = dir.resolve("report.html");
        Run first = run("check", corpus.toString(), "--format", "html", "-o", html.toString(), "--fail-on",
                "contradiction");
        assertEquals(1, first.code(), first.err());
        JsonNode before = MAPPER.readTree(run("check", corpus.toString(), "--format", "json").out());
        assertEquals(1, before.at("/summary/contradictions").asInt());
        String id = before.get("findings").findValues("id").get(0).asText();
        String kindOfFirst = before.at("/findings/0/kind").asText();
        assertEquals("contradiction", kindOfFirst);

        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        try (DevTools browser = DevTools.startOrSkip(dir.resolve("profile"))) {
            browser.allowDownloads(downloads);
            DevTools.Page page = browser.open(html.toUri());
            page.evaluate("localStorage.clear(); true");
            String card = "#finding-" + id;
            page.evaluate("(() => { const s = document.querySelector('" + card + " select.decision');"
                    + " s.value = 'confirmed'; s.dispatchEvent(new Event('change')); return true; })()");
            page.click(card + " input.reason");
            page.type("checked: the State Department gives 16 November");
            page.evaluate("document.activeElement.blur(); true");
            assertEquals("1", page.evaluate("document.getElementById('export-count').textContent").asText());
            page.click("#export-download");
            Path file = downloads.resolve("claims-decisions.json");
            for (int i = 0; i < 200 && !Files.exists(file); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(file), "the download arrived");

            JsonNode decisions = MAPPER.readTree(Files.readString(file));
            assertEquals(id, decisions.at("/findings/0/id").asText());
            assertEquals("confirmed", decisions.at("/findings/0/decision").asText());
            assertEquals("checked: the State Department gives 16 November",
                    decisions.at("/findings/0/reason").asText());

            Run next = run("check", corpus.toString(), "--baseline", file.toString(), "--format", "json",
                    "--fail-on", "contradiction");
            assertEquals(0, next.code(), next.err());
            assertEquals(0, MAPPER.readTree(next.out()).at("/summary/contradictions").asInt());
            assertTrue(next.err().contains("1 known findings not shown, 0 baseline entries no longer occur"),
                    next.err());
        }
    }
}
