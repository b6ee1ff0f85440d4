package dev.claims.structure;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.Layout;
import dev.claims.model.Marker;
import dev.claims.model.Noise;
import dev.claims.model.Note;
import dev.claims.model.RawDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import dev.claims.model.UnitLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what a format reader found (title, author, date, cleaned body paragraphs with their marker anchors,
 * notes, bibliography entries, noise) and builds the {@link Document}: splits paragraphs into sentences, maps them
 * back to the original text and attaches each footnote marker to the sentence it follows.
 */
final class DocumentAssembler {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final RawDocument raw;
    private final List<MappedText> paragraphs = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<BibEntry> bibliography = new ArrayList<>();
    private final List<Noise> noise = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String title;
    private String author;
    private String date;

    DocumentAssembler(RawDocument raw) {
        this.raw = raw;
        warnings.addAll(raw.warnings());
    }

    String text() {
        return raw.text();
    }

    void title(String t) {
        if (title == null && t != null && !t.isBlank()) {
            title = t.strip();
        }
    }

    boolean hasTitle() {
        return title != null;
    }

    void author(String a) {
        if (author == null && a != null && !a.isBlank()) {
            author = a.strip();
        }
    }

    void date(String d) {
        if (date == null && d != null && !d.isBlank()) {
            date = d.strip();
        }
    }

    void paragraph(MappedText p) {
        p.trimEnd();
        if (!p.isEmpty() || !p.anchors().isEmpty()) {
            paragraphs.add(p);
        }
    }

    List<MappedText> paragraphs() {
        return paragraphs;
    }

    void note(String label, String text, Span span) {
        notes.add(new Note(label, text, clamp(span)));
    }

    List<Note> notes() {
        return notes;
    }

    void bib(String text, Span span, String section) {
        bibliography.add(new BibEntry(text, clamp(span), section));
    }

    List<BibEntry> bibliography() {
        return bibliography;
    }

    void replaceLastBib(BibEntry e) {
        bibliography.set(bibliography.size() - 1, new BibEntry(e.text(), clamp(e.span()), e.section()));
    }

    void noise(int start, int end, String reason) {
        if (end > start) {
            noise.add(new Noise(clamp(new Span(start, end)), reason));
        }
    }

    void warning(String w) {
        warnings.add(w);
    }

    private Span clamp(Span s) {
        int n = raw.text().length();
        int start = Math.min(Math.max(0, s.start()), n);
        return new Span(start, Math.min(Math.max(start, s.end()), n));
    }

    Document build() {
        List<Span> paraSpans = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (MappedText p : paragraphs) {
            paragraph(p, paraSpans, sentences, markers);
        }
        markers.sort(Comparator.comparing(Marker::span));
        noise.sort(Comparator.comparing(Noise::span));
        String shownTitle = title != null ? title : raw.id();
        return new Document(raw.id(), raw.path(), raw.format(), raw.text(), shownTitle, author, date, paraSpans,
                sentences, markers, notes, bibliography, noise, warnings);
    }

    /** Adds paragraph {@code p}'s span, sentences and markers (a method of its own: it runs once per paragraph). */
    private void paragraph(MappedText p, List<Span> paraSpans, List<Sentence> sentences, List<Marker> markers) {
        int index = paraSpans.size();
        Span ps = p.sourceSpan();
        if (ps == null) {
            MappedText.Anchor a = p.anchors().get(0);
            ps = a.span();
        }
        paraSpans.add(clamp(ps));
        String text = p.text();
        Set<Integer> positions = new HashSet<>();
        for (MappedText.Anchor a : p.anchors()) {
            positions.add(a.position());
        }
        List<Span> spans = new ArrayList<>();
        List<MappedText.Part> partOf = new ArrayList<>();
        List<Integer> partIndex = new ArrayList<>();
        List<MappedText.Part> parts = p.parts().isEmpty()
                ? List.of(new MappedText.Part(0, Layout.PROSE, null, -1)) : p.parts();
        int[] firstSentence = new int[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            MappedText.Part part = parts.get(k);
            int from = Math.min(part.start(), text.length());
            int to = k + 1 < parts.size() ? Math.min(parts.get(k + 1).start(), text.length()) : text.length();
            firstSentence[k] = sentences.size() + spans.size();
            for (Span s : split(text, from, to, positions)) {
                if (hasLetterOrDigit(text, s)) {
                    spans.add(s);
                    partOf.add(part);
                    partIndex.add(k);
                }
            }
            if (firstSentence[k] == sentences.size() + spans.size()) {
                firstSentence[k] = -1; // the part gave no sentence
            }
        }
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            labels.add(new ArrayList<>());
        }
        int owner = 0;
        for (MappedText.Anchor a : p.anchors()) {
            markers.add(new Marker(a.label(), clamp(a.span())));
            while (owner + 1 < spans.size() && spans.get(owner + 1).start() < a.position()) {
                owner++;
            }
            if (!spans.isEmpty()) {
                labels.get(owner).add(a.label());
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            int[] offsets = p.offsets(s.start(), s.end());
            Span source = clamp(new Span(offsets[0], offsets[offsets.length - 1]));
            MappedText.Part part = partOf.get(i);
            int dated = part.datedBy() < 0 ? -1 : firstSentence[part.datedBy()];
            UnitLayout layout = part.kind() == Layout.PROSE ? (dated < 0 ? UnitLayout.PROSE
                    : new UnitLayout(Layout.PROSE, null, dated, -1))
                    : new UnitLayout(part.kind(), part.label() == null ? null : clamp(part.label()), dated,
                    firstSentence[partIndex.get(i)]);
            sentences.add(new Sentence(source, text.substring(s.start(), s.end()), offsets, index, labels.get(i),
                    layout));
        }
    }

    /** Sentence spans of {@code text[from, to)}, in positions of the whole text. */
    private List<Span> split(String text, int from, int to, Set<Integer> markerPositions) {
        if (from == 0 && to == text.length()) {
            return splitter.split(text, markerPositions);
        }
        Set<Integer> shifted = new HashSet<>();
        for (int m : markerPositions) {
            if (m >= from && m <= to) {
                shifted.add(m - from);
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : splitter.split(text.substring(from, to), shifted)) {
            out.add(new Span(s.start() + from, s.end() + from));
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
