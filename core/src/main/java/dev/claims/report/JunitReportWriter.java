package dev.claims.report;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, the format every CI shows as test results. One {@code <testsuite>} per rule with one {@code <testcase>}
 * per finding: the findings that fail at the run's threshold ({@link ReportContext#failOn()}, by default
 * contradictions and citation problems) are {@code <failure>}s, the others pass with their details in
 * {@code <system-out>}, so the test view and the exit code agree. A final suite "documents" has one case per input, {@code <skipped>}
 * when the input could not be read.
 */
public final class JunitReportWriter implements ReportWriter {
    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "junit.xml";
    }

    @Override
    public void write(Report report, Writer out, ReportContext ctx) throws IOException {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : report.findings()) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        long failures = report.findings().stream().filter(ctx::fails).count();
        long skipped = report.documents().stream().filter(d -> d.status().equals("skipped")).count();
        int tests = report.findings().size() + report.documents().size();
        StringBuilder x = new StringBuilder(16 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"claims\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        String stamp = ctx.timestamp() == null ? "" : " timestamp=\"" + ctx.timestamp() + "\"";
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            List<Finding> fs = rule.getValue();
            x.append("  <testsuite name=\"").append(XmlText.attribute(rule.getKey())).append("\" tests=\"")
                    .append(fs.size()).append("\" failures=\"").append(fs.stream().filter(ctx::fails).count())
                    .append("\" errors=\"0\" skipped=\"0\"").append(stamp).append(">\n");
            for (Finding f : fs) {
                testcase(x, f, ctx.fails(f));
            }
            x.append("  </testsuite>\n");
        }
        x.append("  <testsuite name=\"documents\" tests=\"").append(report.documents().size())
                .append("\" failures=\"0\" errors=\"0\" skipped=\"").append(skipped).append('"').append(stamp)
                .append(">\n");
        for (DocumentEntry d : report.documents()) {
            x.append("    <testcase classname=\"claims.documents\" name=\"").append(XmlText.attribute(d.path()))
                    .append('"');
            if (d.status().equals("skipped")) {
                x.append(">\n      <skipped message=\"").append(XmlText.attribute(d.problem())).append("\"/>\n"
                        + "    </testcase>\n");
            } else {
                x.append("/>\n");
            }
        }
        x.append("  </testsuite>\n</testsuites>\n");
        out.write(x.toString());
    }

    private static void testcase(StringBuilder x, Finding f, boolean fails) {
        Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
        x.append("    <testcase classname=\"claims.").append(XmlText.attribute(f.rule())).append("\" name=\"")
                .append(XmlText.attribute(f.subject() + " [" + f.id() + "]")).append('"');
        if (first != null) {
            x.append(" file=\"").append(XmlText.attribute(first.path())).append("\" line=\"").append(first.line())
                    .append('"');
        }
        StringBuilder details = new StringBuilder();
        for (Evidence e : f.evidence()) {
            details.append(e.path()).append(':').append(e.line()).append(':').append(e.column()).append(": \"")
                    .append(e.value()).append("\" in: ").append(Excerpt.clean(e.quote())).append('\n');
        }
        if (fails) {
            x.append(">\n      <failure type=\"").append(f.kind().id()).append("\" message=\"")
                    .append(XmlText.attribute(f.message())).append("\">").append(XmlText.text(details.toString()))
                    .append("</failure>\n    </testcase>\n");
        } else {
            x.append(">\n      <system-out>").append(XmlText.text(f.message() + "\n" + details))
                    .append("</system-out>\n    </testcase>\n");
        }
    }
}
