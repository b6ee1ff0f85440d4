package dev.claims.structure;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.Marker;
import dev.claims.model.Noise;
import dev.claims.model.Note;
import dev.claims.model.RawDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structures plain text: blank-line paragraphs, Unicode superscript footnote markers, notes written as paragraphs
 * that start with a superscript number, and a final bibliography section.
 */
public final class PlainTextStructurer implements Structurer {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}");
    private static final Pattern BIBLIOGRAPHY_HEADING = Pattern.compile(
            "(?i)^\\s*(?:bibliography|further reading|works cited|references|sources)\\s*$");
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public Document structure(RawDocument raw) {
        String text = raw.text();
        List<Span> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<BibEntry> bibliography = new ArrayList<>();
        List<Noise> noise = new ArrayList<>();
        String title = null;
        String bibSection = null;
        Matcher pm = PARAGRAPH.matcher(text);
        while (pm.find()) {
            Span para = new Span(pm.start(), pm.end());
            String ptext = pm.group().strip();
            if (ptext.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = ptext;
            }
            if (BIBLIOGRAPHY_HEADING.matcher(ptext).matches()) {
                bibSection = ptext;
                continue;
            }
            if (bibSection != null) {
                bibliography.add(new BibEntry(ptext, para, bibSection));
                continue;
            }
            Matcher noteStart = SUPERSCRIPT.matcher(ptext);
            if (noteStart.lookingAt()) {
                notes.add(new Note(Superscripts.toDigits(noteStart.group()), ptext.substring(noteStart.end()).strip(), para));
                continue;
            }
            int index = paragraphs.size();
            paragraphs.add(para);
            for (Span s : splitter.split(pm.group())) {
                Span abs = new Span(para.start() + s.start(), para.start() + s.end());
                sentences.add(cleanSentence(text, abs, index, markers));
            }
        }
        return new Document(raw.id(), raw.path(), raw.format(), text, title == null ? raw.id() : title, null, null,
                paragraphs, sentences, markers, notes, bibliography, noise, raw.warnings());
    }

    /** Removes superscript markers from the sentence text, recording them as markers. */
    private static Sentence cleanSentence(String text, Span span, int paragraph, List<Marker> markers) {
        StringBuilder clean = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Matcher m = SUPERSCRIPT.matcher(text).region(span.start(), span.end());
        int pos = span.start();
        while (m.find()) {
            appendMapped(text, pos, m.start(), clean, offsets);
            String label = Superscripts.toDigits(m.group());
            markers.add(new Marker(label, new Span(m.start(), m.end())));
            labels.add(label);
            pos = m.end();
        }
        appendMapped(text, pos, span.end(), clean, offsets);
        int[] map = new int[offsets.size() + 1];
        for (int i = 0; i < offsets.size(); i++) {
            map[i] = offsets.get(i);
        }
        map[offsets.size()] = span.end();
        return new Sentence(span, clean.toString(), map, paragraph, labels);
    }

    private static void appendMapped(String text, int from, int to, StringBuilder clean, List<Integer> offsets) {
        for (int i = from; i < to; i++) {
            clean.append(text.charAt(i) == '\n' ? ' ' : text.charAt(i));
            offsets.add(i);
        }
    }
}
