package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.ClaimsException;
import dev.claims.Extraction;
import dev.claims.extract.DefaultExtractor;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.load.LoadResult;
import dev.claims.load.TextDecoder;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import dev.claims.report.JsonReportWriter;
import dev.claims.report.Report;
import dev.claims.report.ReportWriter;
import dev.claims.report.ReportWriters;
import dev.claims.structure.FormatStructurer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Arbitrary bytes and arbitrary text through every public parsing entry point: the only exception allowed is
 * {@link ClaimsException}, every span lies within the text, and every report serialises to JSON that parses back.
 */
class HostilePropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormatStructurer STRUCTURER = new FormatStructurer();
    private static final DefaultExtractor EXTRACTOR = new DefaultExtractor(dev.claims.TestPacks.lexicons());
    private static final Checker CHECKER = Checker.withOptions(dev.claims.TestPacks.options());
    private static final String SECOND = "The United States recognized the Soviet Union on November 16, 1933.¹\n\n¹ Kennan, Russia and the West (1961), 12.\n";
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("claims-properties");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 400)
    void anyBytesDecodeOrAreRefusedWithAReason(@ForAll byte[] bytes) {
        try {
            TextDecoder.Decoded d = new TextDecoder().decode(bytes);
            assertTrue(d.text() != null && d.warning() != null);
        } catch (TextDecoder.NotTextException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Property(tries = 120)
    void anyFileIsReadOrSkippedNeverLost(@ForAll("files") byte[] bytes, @ForAll("names") String name) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        LoadResult r = new FileSystemLoader(LoadOptions.DEFAULTS).load(List.of(file));
        assertEquals(1, r.documents().size() + r.skipped().size());
        r.skipped().forEach(s -> assertFalse(s.problem().isBlank()));
        for (RawDocument raw : r.documents()) {
            ExtractedDocument e = EXTRACTOR.extract(STRUCTURER.structure(raw));
            SpanChecks.assertWithinBounds(e);
            assertValidJson(CHECKER.check(new Extraction(List.of(e), List.of())), 1);
        }
    }

    @Property(tries = 150)
    void anyTextInAnyFormatGivesSpansInBoundsAndValidJson(@ForAll("texts") String text, @ForAll InputFormat format) {
        RawDocument raw = new RawDocument("hostile.txt", Path.of("hostile.txt"), text, format, List.of());
        RawDocument other = new RawDocument("seedlike.txt", Path.of("seedlike.txt"), SECOND, InputFormat.TEXT, List.of());
        try {
            Document d = STRUCTURER.structure(raw);
            assertEquals(text, d.text());
            ExtractedDocument e = EXTRACTOR.extract(d);
            SpanChecks.assertWithinBounds(e);
            ExtractedDocument o = EXTRACTOR.extract(STRUCTURER.structure(other));
            Report report = CHECKER.check(new Extraction(List.of(e, o), List.of()));
            assertValidJson(report, 2);
            for (ReportWriter w : ReportWriters.all()) {
                StringWriter out = new StringWriter();
                w.write(report, out);
                assertFalse(out.toString().isEmpty(), w.format());
            }
        } catch (ClaimsException documented) {
            assertFalse(documented.getMessage().isBlank());
        } catch (IOException e) {
            throw new AssertionError("writing to a StringWriter failed", e);
        }
    }

    private static void assertValidJson(Report report, int documents) {
        try {
            StringWriter out = new StringWriter();
            new JsonReportWriter().write(report, out);
            JsonNode root = JSON.readTree(out.toString());
            assertEquals(documents, root.get("documents").size());
            assertEquals(report.findings().size(), root.get("findings").size());
            assertEquals(JsonReportWriter.toJson(report), root);
        } catch (IOException e) {
            throw new AssertionError("the JSON report does not parse back", e);
        }
    }

    @Property(tries = 300)
    void htmlDepthNeverThrowsAndStaysWithinItsStop(@ForAll("markup") String html, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 50) int stop) {
        int depth = new dev.claims.load.HtmlDepth().measure(html, stop);
        assertTrue(depth >= 0 && depth <= stop + 1, depth + " for stop " + stop);
        assertTrue(depth <= stop || new dev.claims.load.HtmlDepth().measure(html, 10 * stop) > stop);
    }

    @Property(tries = 100)
    void htmlDepthCountsWellFormedNesting(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 300) int k,
                                          @ForAll("plain") String around) {
        String html = around + "<div class=\"x\">".repeat(k) + around + "</div>".repeat(k) + around;
        assertEquals(k, new dev.claims.load.HtmlDepth().measure(html, 1000));
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<span a=\"x>y\">", "</span>", "<br>", "<!--", "-->", "<script>",
                "</script>", "<", ">", "\"", "'", "=", "<b/>", "<!DOCTYPE html>", "</", "text", "<table>", "<td>", "</table>")
                .list().ofMaxSize(100).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().all().ofMaxLength(30).filter(x -> x.indexOf('<') < 0);
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> textual = texts().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin = texts().map(s -> s.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Arbitrary<byte[]> utf16 = texts().map(s -> prefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        return Arbitraries.oneOf(random, textual, latin, utf16);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "b.html", "c.md", "d.wiki", "e");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> fragments = Arbitraries.of(
                "¹", "²³", "⁸³", "[1]", "[^2]", "[^2]: note", "<ref>", "</ref>", "<ref name=\"a\"/>", "{{cite book|title=X}}",
                "{{", "}}", "[[", "]]", "[[File:x.jpg|thumb]]", "[[Category:X]]", "==", "== Notes ==", "__NOTOC__",
                "\n", "\n\n", "\r\n", "\t", " ", ".", "..", "...", ",", "(", ")", "\"", "'", "“", "”", "—", "*", "**",
                "•", "#", "1", "12", "1933", "1 931", "November 16, 1933", "16 November 1933", "Nov. 16, 1933",
                "recognized the Soviet Union", "The United States", "Litvinov", "Roosevelt", "A.", "U.S.", "Mr.",
                "Ibid.", "Ibid., 12.", "Kennan, George F.", "Russia and the West", "(New York: Knopf, 1961)",
                "BIBLIOGRAPHY", "Further Reading", "Works Cited", "References", "<div>", "</div>", "<p>", "<sup>1</sup>",
                "<script>alert(1)</script>", "javascript:alert(1)", "&amp;", "&#x1F600;", "\u0000", "\uFFFD", "\uD800",
                "\u200B", "\u00A0", "𝄞", "[kw]", "[g]Russia;", "Jump to: navigation, search", "Back to Top");
        Arbitrary<String> built = fragments.list().ofMaxSize(80).map(l -> String.join("", l));
        return Arbitraries.oneOf(any, built, built);
    }

    private static byte[] prefix(byte[] bom, byte[] body) {
        byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
