package dev.claims.config;

import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.LineMap;
import dev.claims.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings switched off in the documents themselves, as {@code // NOPMD}, {@code CHECKSTYLE:OFF} or Vale's
 * {@code <!-- vale off -->} do. The comments are read from each document's original text, in the syntax of its format:
 *
 * <ul>
 *   <li>Markdown, HTML and wikitext: {@code <!-- claims-disable date-mismatch office-mismatch -->} …
 *       {@code <!-- claims-enable -->}, and {@code <!-- claims-disable-next-line date-mismatch -->} for the line
 *       after the comment;</li>
 *   <li>LaTeX: a line {@code % claims-disable date-mismatch}, {@code % claims-enable},
 *       {@code % claims-disable-next-line date-mismatch};</li>
 *   <li>plain text, which has no comments: a line holding only {@code claims-disable date-mismatch},
 *       {@code claims-enable} or {@code claims-disable-next-line date-mismatch}.</li>
 * </ul>
 *
 * Without rule ids a comment disables (or enables) every rule; {@code claims-enable date-mismatch} ends only that
 * rule's region; a region without {@code claims-enable} runs to the end of the document. A finding is suppressed
 * when one of its pieces of evidence lies in a region that disables its rule: the document's author has said that
 * this statement is meant. Suppressed findings are kept, not lost: {@link Applied#suppressed()} lists them (SARIF
 * reports them with an {@code inSource} suppression), and a rule id a comment names that does not exist is a
 * {@link Applied#problems() problem} naming the document and line.
 *
 * <pre>{@code
 * Suppressions.Applied s = Suppressions.apply(report, knownRuleIds);
 * s.report();       // without the suppressed findings
 * s.suppressed();   // the findings the documents switched off
 * s.problems();     // "texts/a.md:3: unknown rule \"date-mismach\" in a claims-disable comment"
 * }</pre>
 */
public final class Suppressions {
    /** A directive and its rule ids (one bounded character class: no nested quantifiers). */
    private static final String DIRECTIVE = "(claims-disable-next-line|claims-disable|claims-enable)(?![A-Za-z0-9-])"
            + "([ \\t,A-Za-z0-9-]{0,1000})";
    private static final Pattern COMMENT = Pattern.compile("<!--[ \\t]*" + DIRECTIVE + "-->");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:%[ \\t]*)?" + DIRECTIVE + "\\r?$");
    private static final String ALL = "*";

    private Suppressions() {
    }

    /** A part of a document's text, {@code [start, end)}, where {@code rule} (or every rule, "*") is off. */
    public record Region(int start, int end, String rule, int line) {
        boolean covers(Evidence e, String findingRule) {
            return (rule.equals(ALL) || rule.equals(findingRule)) && e.span().start() >= start && e.span().start() < end;
        }
    }

    /**
     * What the comments did to a report.
     *
     * @param report     the report without the suppressed findings
     * @param suppressed the suppressed findings, in report order
     * @param problems   one line per comment naming an unknown rule: "path:line: problem"
     */
    public record Applied(Report report, List<Finding> suppressed, List<String> problems) {
        public Applied {
            suppressed = List.copyOf(suppressed);
            problems = List.copyOf(problems);
        }
    }

    /** The regions a document's comments switch rules off in, in order of their start. */
    public static List<Region> regions(String text) {
        List<MatchResult> found = new ArrayList<>();
        for (Pattern p : List.of(COMMENT, LINE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.toMatchResult());
            }
        }
        found.sort(Comparator.comparingInt(MatchResult::start));
        LineMap lines = LineMap.of(text);
        List<Region> out = new ArrayList<>();
        Map<String, int[]> open = new LinkedHashMap<>();
        int lastEnd = -1;
        for (MatchResult m : found) {
            if (m.start() < lastEnd) {
                continue;   // one comment matched by both forms
            }
            lastEnd = m.end();
            String kind = m.group(1);
            List<String> rules = rules(m.group(2));
            int line = lines.line(m.start());
            switch (kind) {
                case "claims-disable-next-line" -> {
                    int next = text.indexOf('\n', m.end());
                    if (next >= 0) {
                        int end = text.indexOf('\n', next + 1);
                        for (String r : rules) {
                            out.add(new Region(next + 1, end < 0 ? text.length() : end, r, line));
                        }
                    }
                }
                case "claims-disable" -> rules.forEach(r -> open.putIfAbsent(r, new int[] {m.end(), line}));
                default -> {
                    List<String> closing = rules.contains(ALL) ? List.copyOf(open.keySet()) : rules;
                    for (String r : closing) {
                        int[] o = open.remove(r);
                        if (o != null) {
                            out.add(new Region(o[0], m.start(), r, o[1]));
                        }
                    }
                }
            }
        }
        open.forEach((r, o) -> out.add(new Region(o[0], text.length(), r, o[1])));
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : x.rule().compareTo(y.rule()));
        return out;
    }

    private static List<String> rules(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.trim().split("[ \\t,]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.isEmpty() ? List.of(ALL) : out;
    }

    /**
     * Removes from the report the findings its documents' comments switch off.
     *
     * @param knownRules the rule ids that exist; a comment naming another is a problem (and suppresses nothing)
     */
    public static Applied apply(Report report, Set<String> knownRules) {
        Map<String, List<Region>> byDocument = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ExtractedDocument d : report.corpus()) {
            List<Region> regions = regions(d.document().text());
            if (regions.isEmpty()) {
                continue;
            }
            for (Region r : regions) {
                if (!r.rule().equals(ALL) && !knownRules.contains(r.rule())) {
                    problems.add(d.document().path() + ":" + r.line() + ": unknown rule \"" + r.rule()
                            + "\" in a claims-disable comment (claims check --list-rules lists the rules)");
                }
            }
            byDocument.put(d.id(), regions);
        }
        if (byDocument.isEmpty()) {
            return new Applied(report, List.of(), problems);
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : report.findings()) {
            boolean off = f.evidence().stream().anyMatch(e -> byDocument.getOrDefault(e.document(), List.of()).stream()
                    .anyMatch(r -> r.covers(e, f.rule())));
            (off ? suppressed : kept).add(f);
        }
        return new Applied(new Report(report.toolVersion(), report.documents(), kept, report.corpus()), suppressed,
                problems.stream().distinct().toList());
    }
}
