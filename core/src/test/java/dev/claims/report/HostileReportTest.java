package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A document full of markup, script, {@code ]]>}, {@code </testcase>}, terminal escapes and workflow commands, fed
 * into every format: the output stays inert and valid.
 */
class HostileReportTest {
    private static final Report HOSTILE = SampleReports.hostile();
    private static final ReportContext CTX = SchemaValidationTest.FULL;

    @Test
    void jsonParsesAndKeepsTheTextExactly() throws Exception {
        JsonNode json = Schemas.MAPPER.readTree(Schemas.render(new JsonReportWriter(), HOSTILE, CTX));
        assertEquals(Set.of(), Schemas.problems(Schemas.report(), json));
        JsonNode citation = json.get("findings").findValues("message").stream()
                .filter(m -> m.asText().equals(SampleReports.EVIL)).findFirst().orElseThrow();
        assertEquals(SampleReports.EVIL, citation.asText());
    }

    @Test
    void sarifValidatesAndKeepsTheText() throws Exception {
        JsonNode sarif = Schemas.MAPPER.readTree(Schemas.render(new SarifReportWriter(), HOSTILE, CTX));
        assertEquals(Set.of(), Schemas.problems(Schemas.sarif(), sarif));
        String uri = sarif.findValues("uri").stream().map(JsonNode::asText).filter(u -> u.contains("evil"))
                .findFirst().orElseThrow();
        assertEquals("evil%20%22doc%22%20%3C1%3E.txt", uri);
    }

    @Test
    void junitIsWellFormedXmlAndKeepsTheTextAsText() throws Exception {
        String xml = Schemas.render(new JunitReportWriter(), HOSTILE, CTX);
        Document dom = parse(xml);
        assertEquals(7, dom.getElementsByTagName("testcase").getLength(), "4 findings + 3 documents");
        assertEquals(2, dom.getElementsByTagName("failure").getLength());
        Element failure = (Element) dom.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("]]> </testcase>"), failure.getAttribute("message"));
        assertTrue(failure.getAttribute("message").contains("<script>window.__pwned=1</script>"));
        assertTrue(failure.getAttribute("message").contains("a:b\r\nnext\ufffd"), "CR LF kept, NUL replaced");
    }

    @Test
    void htmlHasNoMarkupFromTheDocument() {
        String html = Schemas.render(new HtmlReportWriter(), HOSTILE, CTX);
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertEquals(0, count(html, "<img"));
        assertEquals(0, count(html, "<a href=\"javascript"));
        assertEquals(0, count(html, "onerror=\""));
        assertFalse(html.contains("\u0000"));
        assertTrue(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
        assertEquals(1, count(html, "<div class=\"text\">They met on <mark id=\"ev-"), "the reading view");
        // every tag in the output is one the writer makes
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})").matcher(html);
        Set<String> allowed = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
                "p", "nav", "a", "section", "table", "tr", "th", "td", "label", "select", "option", "span", "article",
                "div", "blockquote", "mark", "details", "summary", "script", "code", "input", "button", "textarea", "u",
                "aside");
        while (tags.find()) {
            assertTrue(allowed.contains(tags.group(2)), "unexpected tag " + tags.group(2));
        }
    }

    @Test
    void markdownHasNoRawHtmlLinksOrTableBreaks() {
        String md = Schemas.render(new MarkdownReportWriter(), HOSTILE, CTX);
        assertFalse(md.contains("<script"));
        assertFalse(md.contains("<img"));
        assertFalse(md.contains("](javascript"));
        assertFalse(md.contains("\u001b"));
        int columns = -1;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int pipes = count(line.replace("\\|", ""), "|");
            if (columns < 0) {
                columns = pipes;
            }
            assertEquals(columns, pipes, "every row of a table has the header's cells: " + line);
        }
        assertTrue(md.contains("&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;"));
    }

    @Test
    void textAndGithubCarryNoControlCharactersOrExtraCommands() {
        String text = Schemas.render(new TextReportWriter(), HOSTILE, CTX);
        String github = Schemas.render(new GithubReportWriter(), HOSTILE, CTX);
        for (String s : new String[] {text, github}) {
            assertFalse(s.contains("\u001b"));
            assertFalse(s.contains("\r"));
            assertFalse(s.contains("\u0000"));
        }
        String[] lines = github.split("\n");
        assertEquals(4, lines.length, "3 annotations (no agreement) and the summary line");
        for (int i = 0; i < 3; i++) {
            assertTrue(lines[i].matches("::(error|warning|notice) [^:]*::.*"), lines[i]);
        }
        assertTrue(github.contains("%250A%3A%3Aerror%3A%3Ax%2C a%3Ab"), "properties escape %, : and ,");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
