package dev.claims.load;

import dev.claims.extract.SentenceLimit;
import dev.claims.structure.NoteLimit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.extract.DefaultExtractor;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.Note;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import dev.claims.structure.FormatStructurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final String EVENT = "The United States recognized the Soviet Union on November 16, 1933.";

    private static RawDocument raw(String text) {
        return new RawDocument("d.txt", Path.of("d.txt"), text, InputFormat.TEXT, List.of());
    }

    @Test
    void defaultsAndValidation() {
        assertEquals(new Limits(52_428_800L, 512, 5_000, 5_000), Limits.DEFAULTS);
        assertEquals(Limits.DEFAULTS, LoadOptions.DEFAULTS.limits());
        assertEquals(52_428_800L, LoadOptions.DEFAULTS.maxFileBytes());
        assertEquals(new LoadOptions(100, null, true), LoadOptions.DEFAULTS.withMaxFileBytes(100).withFollowLinks(true));
        assertEquals("every limit must be at least 1 (got max file size 52428800, max HTML depth 512, max sentence length 5000,"
                + " max notes 0)", assertThrows(ClaimsException.class, () -> Limits.DEFAULTS.withMaxNotes(0)).getMessage());
        assertEquals(new Limits(1, 2, 3, 4), Limits.DEFAULTS.withMaxFileBytes(1).withMaxHtmlDepth(2).withMaxSentenceChars(3).withMaxNotes(4));
    }

    @Test
    void longSentencesAreNotSearchedButKeepTheirPlace() {
        String longSentence = "The United States recognized the Soviet Union on November 16, 1933, " + "and so on ".repeat(600) + "end.";
        Document d = new FormatStructurer().structure(raw(EVENT + "\n\n" + longSentence));
        assertEquals(2, d.sentences().size());
        ExtractedDocument limited = new SentenceLimit(new DefaultExtractor(dev.claims.TestPacks.lexicons()), 5_000).extract(d);
        ExtractedDocument unlimited = new DefaultExtractor(dev.claims.TestPacks.lexicons()).extract(d);
        assertTrue(unlimited.claims().stream().anyMatch(c -> c.sentence() == 1), "the long sentence has claims");
        assertTrue(unlimited.claims().stream().anyMatch(c -> c.sentence() == 0), "the short sentence has claims");
        assertEquals(found(unlimited.claims().stream().filter(c -> c.sentence() == 0).toList()), found(limited.claims()));
        assertEquals(d.sentences(), limited.document().sentences());
        assertEquals(List.of("1 sentence longer than 5000 characters not searched for claims"
                + " (raise the limit with --max-sentence-length)"), limited.document().warnings());
        assertEquals(d.text(), limited.document().text());
    }

    @Test
    void documentsWithinTheSentenceLimitPassThroughUntouched() {
        Document d = new FormatStructurer().structure(raw(EVENT));
        ExtractedDocument limited = new SentenceLimit(new DefaultExtractor(dev.claims.TestPacks.lexicons()), EVENT.length()).extract(d);
        assertSame(d, limited.document());
        assertFalse(limited.claims().isEmpty());
        assertEquals(new DefaultExtractor(dev.claims.TestPacks.lexicons()).extract(d).claims(), limited.claims());
    }

    @Test
    void tooManyNotesRefuseTheDocument() {
        Document fake = new FormatStructurer().structure(raw("Body."));
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            notes.add(new Note(String.valueOf(i + 1), "Note.", new Span(0, 1)));
        }
        Document withNotes = new Document(fake.id(), fake.path(), fake.format(), fake.text(), fake.title(), null, null,
                fake.paragraphs(), fake.sentences(), fake.markers(), notes, fake.bibliography(), fake.noise(), fake.warnings());
        NoteLimit atThree = new NoteLimit(r -> withNotes, 3);
        assertSame(withNotes, atThree.structure(raw("Body.")));
        ClaimsException e = assertThrows(ClaimsException.class, () -> new NoteLimit(r -> withNotes, 2).structure(raw("Body.")));
        assertEquals("d.txt: too many notes: 3 exceeds the limit of 2 (raise it with --max-notes)", e.getMessage());
    }

    @Test
    void wiredIntoTheCheckerALimitSkipsOrWarnsOnOneDocumentOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), EVENT + "\n");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "Body text.¹ More.² End.³\n\n¹ One.\n\n² Two.\n\n³ Three.\n");
        java.nio.file.Files.writeString(dir.resolve("long.txt"), EVENT + "\n\n"
                + "The United States recognized the Soviet Union on November 17, 1933, " + "and so on ".repeat(150) + "end.\n");
        Limits limits = Limits.DEFAULTS.withMaxNotes(2).withMaxSentenceChars(1000);
        dev.claims.CheckerOptions options = dev.claims.TestPacks.options().withLoad(LoadOptions.DEFAULTS.withLimits(limits));
        dev.claims.Checker checker = new dev.claims.Checker(options, new FileSystemLoader(options.load()),
                new NoteLimit(new FormatStructurer(), limits.maxNotes()),
                new SentenceLimit(new DefaultExtractor(dev.claims.TestPacks.lexicons()), limits.maxSentenceChars()),
                new dev.claims.resolve.SubjectResolver(), new dev.claims.compare.Comparer(dev.claims.compare.Comparer.registeredRules()));
        java.util.Map<String, dev.claims.report.DocumentEntry> docs = new java.util.TreeMap<>();
        checker.check(List.of(dir)).documents().forEach(d -> docs.put(d.id(), d));
        assertEquals("ok", docs.get("a.txt").status());
        assertTrue(docs.get("a.txt").claims() > 0);
        assertEquals("skipped", docs.get("notes.txt").status());
        assertTrue(docs.get("notes.txt").problem()
                .contains("too many notes: 3 exceeds the limit of 2 (raise it with --max-notes)"), docs.get("notes.txt").problem());
        assertEquals("ok", docs.get("long.txt").status());
        assertEquals(docs.get("a.txt").claims(), docs.get("long.txt").claims());
        assertEquals(SentenceLimit.warning(1, 1000), docs.get("long.txt").problem());
    }

    /** What was found where: span, attribute and value, without the claim ids (they are renumbered). */
    private static List<String> found(List<dev.claims.model.Claim> claims) {
        return claims.stream().map(c -> c.span() + " " + c.attribute() + " " + c.value()).toList();
    }
}
