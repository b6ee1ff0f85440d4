package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each format's output for the fixed hand-built report, compared with src/test/resources/golden/, so any change in a
 * format shows up in review as a diff of the golden file. Regenerate after an intended change with
 * {@code mvn -pl core test -Dtest=GoldenReportTest -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ReportContext CTX = ReportContext.defaults().withWorkingDirectory(Path.of("/work/project"));

    private static List<ReportWriter> writers() {
        return List.of(new TextReportWriter(), new JsonReportWriter(), new MarkdownReportWriter(),
                new HtmlReportWriter(), new SarifReportWriter(SampleReports.RULES), new JunitReportWriter(),
                new GithubReportWriter());
    }

    @Test
    void everyFormatMatchesItsGoldenFile() throws IOException {
        for (ReportWriter w : writers()) {
            check("sample." + w.extension(), Schemas.render(w, SampleReports.sample(), CTX));
        }
    }

    @Test
    void textWithColourBaselineAndTimestampMatchesItsGoldenFile() throws IOException {
        ReportContext ctx = CTX.withColour(true).withBaseline(SchemaValidationTest.STATUS)
                .withTimestamp(Instant.parse("2026-01-02T03:04:05Z"));
        check("sample-colour-baseline.txt", Schemas.render(new TextReportWriter(), SampleReports.sample(), ctx));
    }

    @Test
    void everyWriterIsRegisteredUnderItsFormatName() {
        assertEquals(List.of("github", "html", "json", "junit", "markdown", "sarif", "text"),
                ReportWriters.all().stream().map(ReportWriter::format).toList());
        for (ReportWriter w : writers()) {
            assertEquals(w.getClass(), ReportWriters.forFormat(w.format()).orElseThrow().getClass());
        }
    }

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name + " differs from its golden file");
    }
}
