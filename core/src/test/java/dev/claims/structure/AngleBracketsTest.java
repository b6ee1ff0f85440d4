package dev.claims.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AngleBracketsTest {
    private static final char P = AngleBrackets.PLACEHOLDER;

    @Test
    void tagsCommentsAndAutolinksAreKept() {
        for (String s : List.of("a <b>bold</b> c", "see <https://example.org> now", "x <!-- note --> y",
                "x <?php ?> y", "a <span class=\"x\">b</span>", "<div\nclass=\"x\">")) {
            assertEquals(s, AngleBrackets.guard(s), s);
        }
    }

    @Test
    void bracketsThatCanOpenNothingAreReplacedOneForOne() {
        assertEquals("a " + P + " b", AngleBrackets.guard("a < b"));
        assertEquals("x" + String.valueOf(P).repeat(3), AngleBrackets.guard("x<<<"));
        assertEquals("x" + P + "a<a>", AngleBrackets.guard("x<a<a>"));
        // a plausible tag start with no '>' after it in its paragraph
        assertEquals("a " + P + "b c\n\nd >", AngleBrackets.guard("a <b c\n\nd >"));
        // a '<' at the start of a line may open an HTML block: left alone; the next one cannot
        assertEquals("<" + P, AngleBrackets.guard("<<"));
    }

    @Test
    void restoreUndoesGuard() {
        String s = "a < b << c <a<a> d";
        assertEquals(s, AngleBrackets.restore(AngleBrackets.guard(s)));
        assertEquals("already \uE000 here <", AngleBrackets.guard("already \uE000 here <"));
    }

    @Test
    void aParagraphOfAngleBracketsKeepsItsTextAndOffsets() {
        String text = "Before.\n\nx " + "<".repeat(1_000) + " y.\n";
        Document d = new MarkdownStructurer().structure(
                new RawDocument("a.md", Path.of("a.md"), text, InputFormat.MARKDOWN, List.of()));
        String body = String.join(" ", d.sentences().stream().map(s -> s.text()).toList());
        assertEquals(1_000, body.chars().filter(c -> c == '<').count());
        assertEquals(0, body.chars().filter(c -> c == P).count());
    }
}
