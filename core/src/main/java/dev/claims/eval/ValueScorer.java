package dev.claims.eval;

import dev.claims.ClaimsException;
import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.LineMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Value-level score by the rules of the reference scorer {@code score_mentions.py}: for every quote of a date, time,
 * count, figure or title row, is a claim of a fitting type extracted inside the quote, and has it a subject?
 *
 * <p>A claim fits a kind when its value type (or, without one, its attribute), lower-cased, or its attribute
 * contains one of the kind's words:
 *
 * <pre>
 * date    date time event period range
 * time    date time
 * count   quantity count number amount percentage
 * figure  quantity count number amount percentage duration
 * title   office title role
 * </pre>
 *
 * <p>It is inside the quote when the offset of its start (its line and column, counted on the file as read with
 * UTF-8 and universal newlines, in code points) falls in the first occurrence of the quote. A mention is scored only
 * when its file is in a corpus directory, was extracted, and holds the quote. Rows of other kinds are not scored.
 *
 * <pre>{@code
 * ValueResult r = new ValueScorer().score(gold, extraction.documents(), List.of(Path.of("dev/apollo11/corpus")));
 * r.byKind().get("date").extractedShare();
 * }</pre>
 */
public final class ValueScorer {
    private static final Map<String, List<String>> FITS = Map.of(
            "date", List.of("date", "time", "event", "period", "range"),
            "time", List.of("date", "time"),
            "count", List.of("quantity", "count", "number", "amount", "percentage"),
            "figure", List.of("quantity", "count", "number", "amount", "percentage", "duration"),
            "title", List.of("office", "title", "role"));

    /**
     * @param corpusDirs the directories a mention's file is looked up in, first match first
     */
    public ValueResult score(RowGold gold, List<ExtractedDocument> documents, List<Path> corpusDirs) {
        Map<String, ExtractedDocument> byName = new HashMap<>();
        for (ExtractedDocument d : documents) {
            byName.put(RowGoldScorer.baseName(d.document().path().toString()), d);
        }
        Map<String, PyText> texts = new HashMap<>();
        Map<String, int[]> perKind = new TreeMap<>();
        int seen = 0;
        int found = 0;
        int withSubject = 0;
        List<ValueResult.Miss> notExtracted = new ArrayList<>();
        List<ValueResult.Miss> noSubject = new ArrayList<>();
        for (RowGold.Row row : gold.rows()) {
            List<String> fits = row.kind() == null ? null : FITS.get(row.kind());
            if (fits == null) {
                continue;
            }
            for (RowGold.Mention m : row.mentions()) {
                Path file = locate(corpusDirs, m.file());
                ExtractedDocument doc = byName.get(m.file());
                if (file == null || doc == null) {
                    continue;
                }
                PyText text = texts.computeIfAbsent(m.file(), k -> PyText.read(file));
                int start = text.find(m.quote());
                if (start < 0) {
                    continue;
                }
                int end = start + m.quote().codePointCount(0, m.quote().length());
                seen++;
                int[] k = perKind.computeIfAbsent(row.kind(), x -> new int[3]);
                k[0]++;
                boolean hit = false;
                boolean subject = false;
                LineMap lines = doc.document().lineMap();
                for (Claim c : doc.claims()) {
                    if (!fits(c, fits)) {
                        continue;
                    }
                    int line = lines.line(c.span().start());
                    int column = lines.column(c.span().start());
                    if (line == 0 || column == 0 || line > text.lineStarts.length) {
                        continue;
                    }
                    long off = (long) text.lineStarts[line - 1] + column - 1;
                    if (start <= off && off < end) {
                        hit = true;
                        subject |= c.subject() != null && !c.subject().isEmpty();
                    }
                }
                ValueResult.Miss miss = new ValueResult.Miss(row.id(), row.kind(), m);
                if (hit) {
                    found++;
                    k[1]++;
                    if (subject) {
                        withSubject++;
                        k[2]++;
                    } else {
                        noSubject.add(miss);
                    }
                } else {
                    notExtracted.add(miss);
                }
            }
        }
        Map<String, ValueResult.Counts> byKind = new TreeMap<>();
        perKind.forEach((kind, k) -> byKind.put(kind, new ValueResult.Counts(k[0], k[1], k[2])));
        return new ValueResult(new ValueResult.Counts(seen, found, withSubject), byKind, notExtracted, noSubject);
    }

    private static boolean fits(Claim c, List<String> words) {
        String attribute = c.attribute() == null ? "" : c.attribute();
        String type = c.value() == null ? null : c.value().type();
        String vtype = (type != null && !type.isEmpty() ? type : attribute).toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(vtype::contains) || words.stream().anyMatch(attribute::contains);
    }

    private static Path locate(List<Path> dirs, String name) {
        for (Path dir : dirs) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A file as Python reads it in text mode: UTF-8 with replacement, universal newlines, indexed by code point. */
    private static final class PyText {
        final String text;
        final int[] lineStarts;

        private PyText(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            int pos = 0;
            int lineLength = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    pos += lineLength + 1;
                    starts.add(pos);
                    lineLength = 0;
                } else {
                    lineLength++;
                }
            }
            starts.add(pos + lineLength + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        static PyText read(Path file) {
            try {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                return new PyText(raw.replace("\r\n", "\n").replace('\r', '\n'));
            } catch (IOException e) {
                throw new ClaimsException(file, "cannot read: " + e.getMessage());
            }
        }

        /** The code point index of the first occurrence of {@code quote}, or -1. */
        int find(String quote) {
            int i = text.indexOf(quote);
            return i < 0 ? -1 : text.codePointCount(0, i);
        }
    }
}
