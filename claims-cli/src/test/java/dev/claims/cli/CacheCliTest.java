package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --cache DIR: the second run reuses every extraction, other options or another config start afresh. */
class CacheCliTest {
    @TempDir
    Path dir;

    @Test
    void secondRunReusesAndOtherOptionsDoNot() throws Exception {
        Path texts = Corpora.contradiction(dir.resolve("texts"));
        Path cache = dir.resolve("cache");
        Run cold = run("check", texts.toString(), "--cache", cache.toString(), "--format", "json");
        Run warm = run("check", texts.toString(), "--cache", cache.toString(), "--format", "json");
        assertEquals("claims: cache " + cache + ": 0 documents reused, 2 read and stored\n", cold.err());
        assertEquals("claims: cache " + cache + ": 2 documents reused, 0 read and stored\n", warm.err());
        assertEquals(cold.out(), warm.out());
        assertEquals(run("check", texts.toString(), "--format", "json").out(), warm.out());

        Run otherLimit = run("check", texts.toString(), "--cache", cache.toString(), "--max-sentence-length", "4000");
        assertEquals("claims: cache " + cache + ": 0 documents reused, 2 read and stored\n", otherLimit.err());
        Path config = Files.writeString(dir.resolve("claims.json"), "{\"aliases\": {\"Maxim Litvinov\": [\"Litinov\"]}}");
        Run otherConfig = run("check", texts.toString(), "--cache", cache.toString(), "--config", config.toString());
        assertEquals("claims: cache " + cache + ": 0 documents reused, 2 read and stored\n", otherConfig.err());
    }
}
