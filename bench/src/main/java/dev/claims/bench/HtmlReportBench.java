package dev.claims.bench;

import dev.claims.Checker;
import dev.claims.model.Finding;
import dev.claims.report.DevTools;
import dev.claims.report.HtmlReportWriter;
import dev.claims.report.Report;
import dev.claims.report.ReportContext;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report in headless Chromium: writes the report of a corpus, prints its size and how long it takes to open
 * (navigation to the load event, and until the report's script has run), over several fresh tabs, and optionally
 * saves the screenshots that docs/html-report.md shows (findings, a reading view, a timeline).
 *
 * <pre>
 * mvn -B -q -P benchmarks -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.claims.bench.HtmlReportBench --corpus seeds --runs 5 --screenshots docs/images
 * </pre>
 */
public final class HtmlReportBench {
    private HtmlReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("seeds");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "claims-html-bench");
        Path screenshots = null;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--screenshots" -> screenshots = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: HtmlReportBench [--corpus DIR] [--runs N] [--work DIR]"
                            + " [--screenshots DIR]");
                    System.exit(2);
                }
            }
        }
        Path chromium = DevTools.findChromium();
        if (chromium == null) {
            System.err.println("no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM)");
            System.exit(2);
        }
        Files.createDirectories(work);
        Report report = Checker.withDefaults().check(List.of(corpus));
        Path html = work.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, w, ReportContext.defaults());
        }
        System.out.printf(Locale.ROOT, "report: %s, %d documents, %d findings, %d bytes (%.2f MB)%n", html,
                report.documents().size(), report.findings().size(), Files.size(html), Files.size(html) / 1e6);

        Path profile = Files.createTempDirectory(work, "profile");
        try (DevTools browser = DevTools.start(chromium, profile)) {
            Path blank = work.resolve("blank.html");
            Files.writeString(blank, "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>\n");
            browser.close(browser.open(blank.toUri()));
            List<Double> blankWall = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                DevTools.Page page = browser.open(blank.toUri());
                blankWall.add((System.nanoTime() - t0) / 1e6);
                browser.close(page);
            }
            List<Double> wall = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                DevTools.Page page = browser.open(html.toUri());
                String ready = page.evaluate("document.documentElement.dataset.ready || 'no'").asText();
                wall.add((System.nanoTime() - t0) / 1e6);
                if (!ready.equals("true")) {
                    throw new IllegalStateException("the report's script did not run");
                }
                load.add(page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                        + " return n.loadEventEnd - n.startTime; })()").asDouble());
                if (i == runs - 1 && screenshots != null) {
                    screenshots(page, report, screenshots);
                }
                browser.close(page);
            }
            System.out.printf(Locale.ROOT, "open in headless Chromium over %d runs: median %.0f ms (navigation to"
                    + " script done, wall), load event median %.0f ms, max %.0f ms%n", runs, median(wall),
                    median(load), load.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            System.out.printf(Locale.ROOT, "for comparison, an empty page opens in a median %.0f ms (wall)%n",
                    median(blankWall));
        }
    }

    /** Findings at the top, the reading view at a contradiction, and that contradiction's timeline. */
    private static void screenshots(DevTools.Page page, Report report, Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("html-report-findings.png"), page.viewport());
        Finding shown = report.findings().stream()
                .filter(f -> f.rule().equals("office-mismatch"))
                .min(Comparator.naturalOrder())
                .orElse(report.findings().get(0));
        int n = report.findings().indexOf(shown);
        page.evaluate("document.querySelector('#finding-" + shown.id() + " a.read').click(); true");
        Thread.sleep(300);
        Files.write(dir.resolve("html-report-reading.png"), page.viewport());
        page.evaluate("document.getElementById('ev-" + n + "-0').closest('details').open = false; true");
        if (!page.evaluate("document.querySelector('#finding-" + shown.id() + " svg.timeline') !== null")
                .asBoolean()) {
            return;
        }
        Files.write(dir.resolve("html-report-timeline.png"), page.screenshot("#finding-" + shown.id(), 8));
        System.out.println("screenshots: " + dir.resolve("html-report-findings.png") + ", "
                + dir.resolve("html-report-reading.png") + ", " + dir.resolve("html-report-timeline.png"));
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }
}
