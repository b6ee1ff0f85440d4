package dev.claims.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.TestPaths;
import dev.claims.model.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    private InputFormat seed(String prefix) throws IOException {
        Path p = TestPaths.seed(prefix);
        return detector.detect(p.getFileName().toString(), Files.readString(p));
    }

    @Test
    void seedsAreDetectedFromContent() throws IOException {
        assertEquals(InputFormat.TEXT, seed("000"));
        assertEquals(InputFormat.MEDIAWIKI, seed("001"));
        assertEquals(InputFormat.TEXT, seed("002"));
        assertEquals(InputFormat.TEXT, seed("003")); // *italics* alone do not make Markdown
        assertEquals(InputFormat.TEXT, seed("004"));
    }

    @Test
    void extensionsAndContent() {
        assertEquals(InputFormat.HTML, detector.detect("a.htm", "plain"));
        assertEquals(InputFormat.MARKDOWN, detector.detect("a.md", "plain"));
        assertEquals(InputFormat.MEDIAWIKI, detector.detect("a.wiki", "plain"));
        assertEquals(InputFormat.HTML, detector.detect("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals(InputFormat.MARKDOWN, detector.detect("a.txt", "# Title\n\nText.[^1]\n\n[^1]: A note.\n"));
        assertEquals(InputFormat.MARKDOWN, detector.detect("a.txt", "# Title\n\nSee [this](https://x.org) and [that](https://y.org).\n"));
        assertEquals(InputFormat.TEXT, detector.detect("a.txt", "A paper on *Pravda* and *Izvestia*.\n"));
        assertEquals(InputFormat.MEDIAWIKI, detector.detect("a.txt", "Text.<ref>Note.</ref>\n"));
    }
}
