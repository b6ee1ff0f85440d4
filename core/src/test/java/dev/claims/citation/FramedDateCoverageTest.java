package dev.claims.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date whose frame says what it dates asks for a note like an event's date; a decade does not. Invented text. */
class FramedDateCoverageTest {
    @TempDir
    Path dir;

    @Test
    void aFramedDateWithoutANoteIsReported() throws IOException {
        Files.writeString(dir.resolve("essay.md"), String.join("\n",
                "# The Tallby crisis",
                "",
                "The council met in Vesk on 3 May 1920.[^1] It sent two envoys to Tallby.[^2]",
                "The envoys returned in June 1920.[^3]",
                "",
                "After the invasion of Kessel in 1921 the council dissolved. Trade grew in the 1920s.",
                "",
                "[^1]: Anna Lindqvist, *The Council* (Vesk: Harbour Press, 1950), 12.",
                "[^2]: Lindqvist, *The Council*, 14.",
                "[^3]: Lindqvist, *The Council*, 20.",
                ""));
        List<Finding> uncited = Checker.withDefaults().check(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals(ClaimCoverageAudit.UNCITED)).toList();
        assertEquals(List.of("The sentence states the date of invasion (kessel) ('1921') with no note, in a document"
                + " whose other statements cite their sources."), uncited.stream().map(Finding::message).toList());
    }
}
