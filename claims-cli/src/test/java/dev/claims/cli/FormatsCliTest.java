package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The files people have (fixtures/formats): other encodings, and --encoding to say which. */
class FormatsCliTest {
    private static final Path DIR = Path.of("..", "fixtures", "formats");

    private static JsonNode document(HostileCliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @Test
    void koi8rIsDetectedAndSaysSo() throws Exception {
        JsonNode d = document(HostileCliTest.run("check", DIR.resolve("russian.koi8r.txt").toString(), "--format", "json"));
        assertEquals("ok", d.get("status").asText());
        assertEquals("not valid UTF-8; decoded as KOI8-R (detected)", d.get("problem").asText());
        assertEquals("Мельница на реке Сороти", d.get("title").asText());
    }

    @Test
    void anEncodingGivenIsUsed() throws Exception {
        JsonNode d = document(HostileCliTest.run("check", DIR.resolve("russian.cp1251.txt").toString(), "--format", "json",
                "--encoding", "cp1251"));
        assertEquals("decoded as windows-1251 (set with --encoding)", d.get("problem").asText());
        assertEquals("Мельница на реке Сороти", d.get("title").asText());
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        HostileCliTest.Run r = HostileCliTest.run("check", DIR.toString(), "--encoding", "martian");
        assertEquals(2, r.code());
        assertEquals("claims: Invalid value for option '--encoding': 'martian' is not an encoding this Java knows"
                + " (examples: UTF-8, windows-1251, KOI8-R, ISO-8859-2, UTF-16LE)", r.err().lines().findFirst().orElse(""));
    }
}
