package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Citation;
import dev.claims.model.BibEntry;
import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Marker;
import dev.claims.model.Mention;
import dev.claims.model.Noise;
import dev.claims.model.Note;
import dev.claims.model.Sentence;
import dev.claims.model.Span;

/** Asserts that every span of an extracted document lies within its text, and sentence offsets are ordered. */
final class SpanChecks {
    private SpanChecks() {
    }

    static void assertWithinBounds(ExtractedDocument e) {
        Document d = e.document();
        int n = d.text().length();
        String id = d.id();
        d.paragraphs().forEach(s -> check(s, n, id, "paragraph"));
        for (int i = 0; i < d.sentences().size(); i++) {
            Sentence s = d.sentences().get(i);
            check(s.span(), n, id, "sentence " + i);
            int[] offsets = s.offsets();
            for (int k = 0; k < offsets.length; k++) {
                assertTrue(offsets[k] >= 0 && offsets[k] <= n, id + ": sentence " + i + " offset " + k + " = " + offsets[k] + " outside [0," + n + "]");
                assertTrue(k == 0 || offsets[k] >= offsets[k - 1], id + ": sentence " + i + " offsets go backwards at " + k);
            }
        }
        for (Marker m : d.markers()) {
            check(m.span(), n, id, "marker " + m.label());
        }
        for (Note note : d.notes()) {
            check(note.span(), n, id, "note " + note.label());
        }
        for (BibEntry b : d.bibliography()) {
            check(b.span(), n, id, "bibliography entry");
        }
        for (Noise x : d.noise()) {
            check(x.span(), n, id, "noise");
        }
        for (Claim c : e.claims()) {
            check(c.span(), n, id, "claim " + c.id());
            assertTrue(c.sentence() >= 0 && c.sentence() < d.sentences().size(), id + ": claim " + c.id() + " sentence index " + c.sentence());
        }
        for (Mention m : e.mentions()) {
            check(m.span(), n, id, "mention " + m.text());
            assertTrue(m.sentence() >= -1 && m.sentence() < d.sentences().size(), id + ": mention sentence index " + m.sentence());
        }
        for (Citation c : e.citations()) {
            check(c.span(), n, id, "citation in note " + c.noteLabel());
        }
    }

    private static void check(Span s, int n, String id, String what) {
        assertTrue(s.start() >= 0 && s.end() <= n && s.start() <= s.end(), id + ": " + what + " span " + s + " outside [0," + n + ")");
    }
}
