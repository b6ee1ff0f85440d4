package dev.claims.report;

import dev.claims.model.Citation;
import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.compare.FindingFactory;
import dev.claims.compare.RuleInfo;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.InputFormat;
import dev.claims.model.LineMap;
import dev.claims.model.Note;
import dev.claims.model.Severity;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built reports: one with a finding of every kind, and one whose documents attack every format. */
final class SampleReports {
    static final String A_TEXT = """
            Recognition

            The United States recognized the Soviet Union on November 16, 1933, after talks in Washington.\u00b9 \
            Litvinov signed for Moscow.

            Notes
            \u00b9 Kennan, Russia and the West, 1961, p. 12.
            \u00b2 Ibid.
            """;
    static final String B_TEXT = """
            Roosevelt recognized the USSR on November 17, 1933.
            Maksim Litvinov was People's Commissar for Foreign Affairs in 1933.
            """;
    static final String EVIL = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
            + " <a href=\"javascript:window.__pwned=3\">link</a> ]]> </testcase> 'single' \"double\" | *bold* "
            + "\u001b[31mred\u001b[0m %0A::error::x, a:b\r\nnext\u0000";
    static final String HOSTILE_TEXT = "Intro.\n\nThey met on November 16, 1933 " + EVIL + "\n\nNotes\n1 " + EVIL + "\n";

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("date-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
                    "Documents give different dates for the same event.",
                    "Check the sources each document cites for the date."),
            new RuleInfo("citation-unresolved", FindingKind.CITATION, Severity.WARNING,
                    "A note refers to a work the document does not describe.",
                    "Add the work to the bibliography or give a full reference in the note."),
            new RuleInfo("name-variant", FindingKind.VARIANT, Severity.NOTE,
                    "Documents spell a name differently.", ""),
            new RuleInfo("date-agreement", FindingKind.AGREEMENT, Severity.NOTE,
                    "Documents give the same date for an event.", ""));

    private SampleReports() {
    }

    /** Two documents and one skipped input; one contradiction, one citation problem, one variant, one agreement. */
    static Report sample() {
        ExtractedDocument a = doc("corpus/a.txt", A_TEXT, "Recognition", List.of(
                note(A_TEXT, "1", "\u00b9 Kennan, Russia and the West, 1961, p. 12.", "Kennan, Russia and the West, 1961, p. 12."),
                note(A_TEXT, "2", "\u00b2 Ibid.", "Ibid.")));
        Note n1 = a.document().notes().get(0);
        Note n2 = a.document().notes().get(1);
        Work kennan = new Work("book", List.of(new PersonName("Kennan", "George F.", "Kennan")), List.of(),
                "Russia and the West", "", "", "", "", "", "", "1961", "", "", "", "", n1.text(), n1.span());
        a = new ExtractedDocument(a.document(), List.of(), List.of(), List.of(kennan), List.of(
                new Citation("1", n1.span(), n1.text(), "full", kennan, "12", "resolved",
                        "A full reference: author, title and year."),
                new Citation("2", n2.span(), "Ibid.", "ibid", null, "", "unresolved",
                        "Ibid. follows a note with no resolved work.")));
        ExtractedDocument b = doc("corpus/b.txt", B_TEXT, "corpus/b.txt", List.of());
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(RULES.get(0), "recognition of the Soviet Union by the United States: date",
                "The documents date it differently: 1933-11-16 and 1933-11-17.",
                List.of(ev(a, "November 16, 1933"), ev(b, "November 17, 1933")), List.of("1933-11-16", "1933-11-17")));
        findings.add(finding(RULES.get(1), "note 2 in corpus/a.txt",
                "Note 2 says \"Ibid.\" but the note before it cites no work that could be found.",
                List.of(ev(a, n2.span(), n2.text(), "Ibid.")), List.of("Ibid.")));
        findings.add(finding(RULES.get(2), "Maxim Litvinov: name", "The name is spelt Litvinov and Maksim Litvinov.",
                List.of(ev(a, "Litvinov"), ev(b, "Maksim Litvinov")), List.of("Litvinov", "Maksim Litvinov")));
        findings.add(finding(RULES.get(3), "Maxim Litvinov: office in 1933", "2 documents agree on it.",
                List.of(ev(b, "People's Commissar for Foreign Affairs"), ev(b, "1933")), List.of("commissar")));
        findings.sort(null);
        List<DocumentEntry> entries = List.of(entry(a), entry(b),
                new DocumentEntry("corpus/scan.pdf", "corpus/scan.pdf", null, null, "skipped",
                        "not a text document (binary content).", 0, 0, 0));
        return new Report("1.2.3", entries, findings, List.of(a, b));
    }

    /** A document and findings full of markup, script, CDATA ends, control characters and workflow commands. */
    static Report hostile() {
        String id = "evil \"doc\" <1>.txt";
        ExtractedDocument h = doc(id, HOSTILE_TEXT, EVIL, List.of(note(HOSTILE_TEXT, "1", "1 " + EVIL, EVIL)));
        Note n = h.document().notes().get(0);
        h = new ExtractedDocument(h.document(), List.of(), List.of(), List.of(), List.of(
                new Citation("1", n.span(), EVIL, "unparsed", null, "", "unresolved", EVIL)));
        ExtractedDocument a = sample().corpus().get(0);
        int at = HOSTILE_TEXT.indexOf("November 16, 1933");
        Evidence evil = ev(h, new Span(at, at + "November 16, 1933".length() + EVIL.length() + 1),
                "They met on November 16, 1933 " + EVIL, "November 16, 1933 " + EVIL);
        List<Finding> findings = new ArrayList<>(List.of(
                finding(RULES.get(0), "meeting: date " + EVIL, "Message " + EVIL,
                        List.of(evil, ev(a, "November 16, 1933")), List.of(EVIL)),
                finding(RULES.get(1), "note 1 " + EVIL, EVIL, List.of(ev(h, n.span(), EVIL, EVIL)), List.of(EVIL)),
                finding(RULES.get(2), EVIL, EVIL, List.of(evil), List.of("x")),
                finding(RULES.get(3), EVIL + " agreement", EVIL, List.of(evil, evil), List.of("y"))));
        findings.sort(null);
        return new Report("1.2.3", List.of(entry(a), entry(h), new DocumentEntry("z" + EVIL, "z" + EVIL, null, null,
                "skipped", EVIL, 0, 0, 0)), findings, List.of(a, h));
    }

    private static Note note(String text, String label, String whole, String clean) {
        int at = text.indexOf(whole);
        return new Note(label, clean, new Span(at, at + whole.length()));
    }

    private static ExtractedDocument doc(String id, String text, String title, List<Note> notes) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new Span(start, start + p.length()));
            start += p.length() + 2;
        }
        Document d = new Document(id, Path.of(id), InputFormat.TEXT, text, title, null, null, paragraphs, List.of(),
                List.of(), notes, List.of(), List.of(), List.of());
        return new ExtractedDocument(d, List.of(), List.of(), List.of(), List.of());
    }

    private static Evidence ev(ExtractedDocument d, String value) {
        String text = d.document().text();
        int at = text.indexOf(value);
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return ev(d, new Span(at, at + value.length()), text.substring(from, to < 0 ? text.length() : to), value);
    }

    private static Evidence ev(ExtractedDocument d, Span span, String quote, String value) {
        LineMap map = d.document().lineMap();
        return new Evidence(d.id(), d.document().path().toString(), span, map.line(span.start()),
                map.column(span.start()), quote, value);
    }

    private static Finding finding(RuleInfo rule, String subject, String message, List<Evidence> evidence,
                                   List<String> values) {
        List<String> docs = evidence.stream().map(Evidence::document).toList();
        return new Finding(FindingFactory.fingerprint(rule.id(), subject, values, docs), rule.kind(), rule.id(),
                rule.severity(), subject, message, evidence, 0.9);
    }

    private static DocumentEntry entry(ExtractedDocument d) {
        return new DocumentEntry(d.id(), d.document().path().toString(), d.document().format().id(),
                d.document().title(), "ok", null, d.claims().size(), d.document().notes().size(),
                d.document().bibliography().size());
    }
}
