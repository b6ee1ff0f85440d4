package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.TestPaths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportWriterTest {
    @Test
    void sampleHasOneCasePerFindingAndDocumentWithFailuresForContradictionsAndCitations() throws Exception {
        Document dom = HostileReportTest.parse(Schemas.render(new JunitReportWriter(), SampleReports.sample(),
                ReportContext.defaults()));
        Element root = dom.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("7", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("skipped"));
        assertEquals(5, dom.getElementsByTagName("testsuite").getLength(), "4 rules + documents");
        Element failure = (Element) dom.getElementsByTagName("failure").item(1);
        assertEquals("contradiction", failure.getAttribute("type"));
        assertEquals("claims.date-mismatch", ((Element) failure.getParentNode()).getAttribute("classname"));
    }

    @Test
    void seedsGiveWellFormedXmlWithOneCasePerDocument() throws Exception {
        Report seeds = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(TestPaths.seeds()));
        Document dom = HostileReportTest.parse(Schemas.render(new JunitReportWriter(), seeds, ReportContext.defaults()));
        assertEquals(seeds.findings().size() + 5, dom.getElementsByTagName("testcase").getLength());
    }
}
