package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cross-document gold file is well formed: every quote is an exact substring of its seed's original text. */
class CrossDocGoldFileTest {
    @Test
    void everyQuoteIsAnExactSubstringOfItsDocument() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(TestPaths.fixtures().resolve("gold/crossdoc-seeds.json").toFile());
        Map<String, Integer> kinds = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode row : gold.path("rows")) {
            String id = row.path("id").asText();
            assertTrue(ids.add(id), "duplicate row id " + id);
            String kind = row.path("kind").asText();
            assertTrue(Set.of("agreement", "contradiction", "variant", "citation").contains(kind), id + ": " + kind);
            kinds.merge(kind, 1, Integer::sum);
            assertTrue(!row.path("subject").asText().isBlank() && !row.path("note").asText().isBlank(), id);
            assertTrue(row.path("evidence").size() >= 1, id + " has no evidence");
            for (JsonNode e : row.path("evidence")) {
                String doc = e.path("document").asText();
                String text = Files.readString(TestPaths.seeds().resolve(doc), StandardCharsets.UTF_8);
                String quote = e.path("quote").asText();
                assertTrue(!quote.isBlank() && text.contains(quote), id + ": \"" + quote + "\" is not in " + doc);
            }
        }
        assertTrue(gold.path("rows").size() >= 30, "at least 30 rows");
        assertEquals(Map.of("agreement", 22, "contradiction", 8, "variant", 8), kinds);
    }
}
