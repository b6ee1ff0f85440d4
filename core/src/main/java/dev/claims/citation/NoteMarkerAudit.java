package dev.claims.citation;

import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.Marker;
import dev.claims.model.Note;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks markers against notes: a marker with no note ({@code missing-note}), a note no marker points to
 * ({@code orphan-note}), a numbered marker used twice ({@code duplicate-marker}), numbered markers out of order
 * ({@code marker-out-of-sequence}). In Markdown and wikitext, where the renderer numbers the notes, a note defined
 * twice is the duplicate and order is the renderer's business.
 */
public final class NoteMarkerAudit {
    public static final String MISSING = "missing-note";
    public static final String ORPHAN = "orphan-note";
    public static final String DUPLICATE = "duplicate-marker";
    public static final String SEQUENCE = "marker-out-of-sequence";
    /** A label used more often than this is not a note marker. */
    static final int MAX_REPEATS = 3;
    /** Most places shown for one issue. */
    static final int MAX_PLACES = 5;
    /** Most issues of one rule reported per document; beyond that the text is not a real notes apparatus. */
    static final int MAX_ISSUES = 200;
    private static final java.util.regex.Pattern LINKED = java.util.regex.Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"']?#");
    /** Longest quote around a marker. */
    private static final int QUOTE_CHARS = 300;

    private NoteMarkerAudit() {
    }

    public static List<CitationIssue> audit(ExtractedDocument ed) {
        Document d = ed.document();
        List<CitationIssue> out = new ArrayList<>();
        if (d.markers().isEmpty() && d.notes().isEmpty()) {
            return out;
        }
        Set<String> noteLabels = new LinkedHashSet<>();
        d.notes().forEach(n -> noteLabels.add(n.label()));
        Map<String, List<Marker>> byLabel = new LinkedHashMap<>();
        d.markers().forEach(m -> byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m));
        // a "marker" repeated more than MAX_REPEATS times is an exponent or unit ("km²", "10³"), not a note marker
        byLabel.values().removeIf(list -> list.size() > MAX_REPEATS);
        for (Map.Entry<String, List<Marker>> e : byLabel.entrySet()) {
            Marker m = e.getValue().get(0);
            if (!noteLabels.contains(e.getKey())) {
                out.add(new CitationIssue(MISSING, "note " + e.getKey(),
                        "Marker " + e.getKey() + " points to no note" + (d.notes().isEmpty()
                                ? "; the document has no notes at all." : "."),
                        List.of(markerPlace(d, m)), List.of(e.getKey()), 0.9));
            }
            List<Marker> numbered = e.getValue().stream()
                    .filter(x -> writesNumber(d.text(), x) && !linksToNote(d.text(), x)).toList();
            if (numbered.size() > 1 && isNumber(e.getKey()) && !labelsAreNames(d)) {
                // evidence: the first few occurrences (a hostile text can repeat a marker thousands of times)
                out.add(new CitationIssue(DUPLICATE, "note " + e.getKey(),
                        "Marker " + e.getKey() + " appears " + numbered.size() + " times in the text.",
                        numbered.stream().limit(MAX_PLACES).map(x -> markerPlace(d, x)).toList(),
                        List.of(e.getKey()), 0.9));
            }
        }
        for (Note n : d.notes()) {
            if (!byLabel.containsKey(n.label()) && n.text().codePoints().anyMatch(Character::isLetter)) {
                out.add(new CitationIssue(ORPHAN, "note " + n.label(),
                        "Note " + n.label() + " has no marker in the text pointing to it.",
                        List.of(new CitationIssue.Place(d.id(), n.span(), CitationText.excerpt(n.text(), QUOTE_CHARS), n.label())),
                        List.of(n.label()), 0.9));
            }
        }
        if (labelsAreNames(d)) {
            definedTwice(d, out);
        } else {
            List<Marker> markers = d.markers().stream()
                    .filter(m -> byLabel.containsKey(m.label()) && writesNumber(d.text(), m)).toList();
            sequence(d, markers, out);
        }
        return capped(out);
    }

    /**
     * In Markdown a footnote label is a name ({@code [^37]}, {@code [^Quine1969]}), and in wikitext a marker writes
     * no number at all ({@code <ref>}, {@code {{sfn}}}): the renderer numbers notes by first reference, so labels need
     * not start at 1 or run in order, and reusing a label points to the one note again. What a label can get wrong
     * is its definition: given twice.
     */
    static boolean labelsAreNames(Document d) {
        return d.format() == InputFormat.MARKDOWN || d.format() == InputFormat.MEDIAWIKI;
    }

    /** A label whose note is defined twice, with different texts. */
    private static void definedTwice(Document d, List<CitationIssue> out) {
        Map<String, List<Note>> byLabel = new LinkedHashMap<>();
        d.notes().forEach(n -> byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(n));
        for (Map.Entry<String, List<Note>> e : byLabel.entrySet()) {
            List<Note> defs = e.getValue();
            if (defs.size() > 1 && defs.stream().map(Note::text).distinct().count() > 1) {
                out.add(new CitationIssue(DUPLICATE, "note " + e.getKey(), "Note " + e.getKey() + " is defined "
                        + defs.size() + " times with different texts; a reader sees only one of them.",
                        defs.stream().limit(MAX_PLACES).map(n -> new CitationIssue.Place(d.id(), n.span(),
                                CitationText.excerpt(n.text(), QUOTE_CHARS), n.label())).toList(),
                        List.of(e.getKey()), 0.9));
            }
        }
    }

    /**
     * Numbered markers must run 1, 2, 3...: a marker smaller than one before it is out of order; a gap whose numbers
     * appear nowhere (no marker later, no note) is a numbering gap. A gap whose note exists is an orphan note instead.
     */
    private static void sequence(Document d, List<Marker> markers, List<CitationIssue> out) {
        List<Integer> numbers = new ArrayList<>();
        List<Marker> numbered = new ArrayList<>();
        for (Marker m : markers) {
            if (isNumber(m.label())) {
                numbers.add(Integer.parseInt(m.label()));
                numbered.add(m);
            }
        }
        Set<String> noteLabels = new LinkedHashSet<>();
        d.notes().forEach(n -> noteLabels.add(n.label()));
        Set<Integer> seen = new LinkedHashSet<>();
        int previous = 0;
        for (int i = 0; i < numbers.size(); i++) {
            int n = numbers.get(i);
            Marker m = numbered.get(i);
            if (seen.contains(n)) {
                continue; // reported as a duplicate
            }
            if (n < previous) {
                out.add(new CitationIssue(SEQUENCE, "note " + n, "Marker " + n + " comes after marker " + previous
                        + ", out of order.", List.of(markerPlace(d, m)), List.of(String.valueOf(n), String.valueOf(previous)), 0.8));
            } else if (n > previous + 1) {
                List<Integer> gap = new ArrayList<>();
                for (int k = previous + 1; k < n; k++) {
                    if (!numbers.subList(i + 1, numbers.size()).contains(k) && !noteLabels.contains(String.valueOf(k))) {
                        gap.add(k);
                    }
                }
                if (gap.size() == n - previous - 1) {
                    String missing = gap.size() == 1 ? "number " + gap.get(0) + " is" : "numbers " + gap.get(0) + "-"
                            + gap.get(gap.size() - 1) + " are";
                    out.add(new CitationIssue(SEQUENCE, "note " + n, "Marker " + n + (previous == 0 ? " is the first marker"
                            : " follows marker " + previous) + "; " + missing + " used by no marker or note.",
                            List.of(markerPlace(d, m)), List.of(String.valueOf(n), String.valueOf(previous)), 0.8));
                }
            }
            seen.add(n);
            previous = Math.max(previous, n);
        }
    }

    /** At most {@link #MAX_ISSUES} issues of each rule. */
    static List<CitationIssue> capped(List<CitationIssue> issues) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<CitationIssue> out = new ArrayList<>();
        for (CitationIssue i : issues) {
            if (counts.merge(i.rule(), 1, Integer::sum) <= MAX_ISSUES) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * True when the marker itself writes its number ("¹²", "[12]", "[^12]"); a MediaWiki {@code <ref name="b"/>}
     * reuses a note by name, so its repetition and position say nothing about numbering.
     */
    static boolean writesNumber(String text, Marker m) {
        String written = m.span().of(text);
        StringBuilder digits = new StringBuilder();
        for (char c : written.toCharArray()) {
            int i = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            digits.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return digits.indexOf(m.label()) >= 0;
    }

    /**
     * An HTML marker that links to its note ({@code <a href="#cite_note-Holt-1">}): several such links to one note
     * are the note's reuse (Wikipedia lists them as back-links a, b, c), not a number written twice.
     */
    static boolean linksToNote(String text, Marker m) {
        return LINKED.matcher(m.span().of(text)).find();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(Character::isDigit);
    }

    private static CitationIssue.Place markerPlace(Document d, Marker m) {
        List<Sentence> sentences = d.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().end() <= m.span().start()) {
                lo = mid + 1;
            } else if (s.span().start() > m.span().start()) {
                hi = mid - 1;
            } else {
                String quote = s.text().length() <= QUOTE_CHARS ? s.text() : s.text().substring(0, QUOTE_CHARS) + "…";
                return new CitationIssue.Place(d.id(), m.span(), quote, m.label());
            }
        }
        int from = Math.max(0, m.span().start() - QUOTE_CHARS / 2);
        int to = Math.min(d.text().length(), m.span().end() + QUOTE_CHARS / 2);
        return new CitationIssue.Place(d.id(), m.span(), CitationText.squash(d.text().substring(from, to)), m.label());
    }
}
