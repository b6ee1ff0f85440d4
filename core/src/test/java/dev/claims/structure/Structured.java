package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.TestPaths;
import dev.claims.load.FormatDetector;
import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.Marker;
import dev.claims.model.Noise;
import dev.claims.model.Note;
import dev.claims.model.RawDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: structure a seed or fixture file and check the invariants every document must keep. */
final class Structured {
    private Structured() {
    }

    /** The documents of {@code fixtures/DIR/} that {@code keep} accepts, sorted; fails when fewer than {@code min}. */
    static java.util.stream.Stream<Path> fixtures(String dir, java.util.function.Predicate<String> keep, int min) {
        Path d = TestPaths.fixtures().resolve(dir);
        try (java.util.stream.Stream<Path> files = Files.list(d)) {
            List<Path> docs = files.filter(p -> keep.test(p.getFileName().toString())).sorted().toList();
            if (docs.size() < min) {
                throw new IllegalStateException("expected fixtures in " + d);
            }
            return docs.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document seed(String prefix) {
        return file(TestPaths.seed(prefix));
    }

    static Document file(Path p) {
        try {
            String text = Files.readString(p);
            InputFormat f = new FormatDetector().detect(p.getFileName().toString(), text);
            return new FormatStructurer().structure(new RawDocument(p.getFileName().toString(), p, text, f, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document of(String text, InputFormat format) {
        return new FormatStructurer().structure(new RawDocument("t", Path.of("t"), text, format, List.of()));
    }

    /** Every span inside the text; sentence offsets within bounds and non-decreasing; sentence spans match them. */
    static void assertInvariants(Document d) {
        int n = d.text().length();
        for (Span s : d.paragraphs()) {
            assertWithin(s, n, "paragraph");
        }
        for (Sentence s : d.sentences()) {
            assertWithin(s.span(), n, "sentence");
            int[] o = s.offsets();
            assertEquals(s.text().length() + 1, o.length);
            for (int i = 0; i < o.length; i++) {
                assertTrue(o[i] >= 0 && o[i] <= n, "offset out of range in " + s);
                if (i > 0) {
                    assertTrue(o[i] >= o[i - 1], "offsets decrease in " + s);
                }
            }
            if (!s.text().isEmpty()) {
                assertEquals(o[0], s.span().start(), "sentence span start " + s);
                assertEquals(o[o.length - 1], s.span().end(), "sentence span end " + s);
            }
            assertTrue(s.paragraph() >= 0 && s.paragraph() < d.paragraphs().size());
        }
        for (Marker m : d.markers()) {
            assertWithin(m.span(), n, "marker");
        }
        for (Note m : d.notes()) {
            assertWithin(m.span(), n, "note");
        }
        for (BibEntry b : d.bibliography()) {
            assertWithin(b.span(), n, "bibliography entry");
        }
        for (Noise x : d.noise()) {
            assertWithin(x.span(), n, "noise");
        }
    }

    /** For text taken over verbatim, each letter or digit of a sentence maps to the same character in the original. */
    static void assertLettersMapBack(Document d) {
        for (Sentence s : d.sentences()) {
            for (int i = 0; i < s.text().length(); i++) {
                char c = s.text().charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    assertEquals(c, d.text().charAt(s.offsets()[i]), "char " + i + " of " + s);
                }
            }
        }
    }

    private static void assertWithin(Span s, int n, String what) {
        assertTrue(s.start() >= 0 && s.end() <= n && s.start() <= s.end(), what + " span " + s + " outside [0," + n + "]");
    }
}
