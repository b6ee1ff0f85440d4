package dev.claims.citation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.citation.CorpusWorks;
import dev.claims.model.Work;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every name exported from the seeds and the citation fixtures is a name: not a common word, not a number, not a
 * place, not initials alone; an institution is a literal name.
 */
class ExportedNamesTest {
    private static final Set<String> COMMON = Set.of("a", "an", "the", "and", "also", "see", "in", "of", "on", "by",
            "ed", "eds", "et", "al", "ibid", "trans", "vol", "no", "pp", "p", "press", "university", "new", "press.");

    private static Set<String> places() throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = ExportedNamesTest.class.getResourceAsStream("/dev/claims/citation/publisher-places.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 1; i < cols.length; i++) {
                    for (String place : cols[i].split("[|;]")) {
                        String city = place.split(",")[0].strip().toLowerCase(Locale.ROOT);
                        if (!city.isEmpty()) {
                            out.add(city);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static JsonNode export(List<Path> inputs) throws IOException {
        List<Work> works = CorpusWorks.of(Checker.withOptions(dev.claims.TestPacks.options()).extract(inputs).documents()).stream()
                .map(CorpusWorks.Entry::work).toList();
        StringWriter w = new StringWriter();
        new CslJsonExporter().write(works, w);
        return new ObjectMapper().readTree(w.toString());
    }

    @Test
    void noExportedNameIsAWordANumberOrAPlace() throws IOException {
        Set<String> places = places();
        JsonNode items = export(List.of(TestPaths.seeds(), TestPaths.fixtures().resolve("citation")));
        List<String> bad = new ArrayList<>();
        int names = 0;
        for (JsonNode item : items) {
            for (String field : List.of("author", "editor")) {
                for (JsonNode n : item.path(field)) {
                    names++;
                    String family = n.has("literal") ? n.get("literal").asText() : n.path("family").asText();
                    String folded = family.toLowerCase(Locale.ROOT).strip();
                    if (COMMON.contains(folded) || family.chars().anyMatch(Character::isDigit) || places.contains(folded)
                            || family.matches("(?:\\p{Lu}\\.\\s?-?)+") || family.isBlank()) {
                        bad.add(item.path("id").asText() + ": " + n);
                    }
                }
            }
        }
        assertTrue(names > 40, "names exported: " + names);
        assertEquals(List.of(), bad);
    }

    @Test
    void initialsPairsAndInstitutionsAreNamedRight() throws IOException {
        Path doc = TestPaths.fixtures().resolve("citation/form-names.md");
        JsonNode items = export(List.of(doc));
        List<String> names = new ArrayList<>();
        for (JsonNode item : items) {
            for (JsonNode n : item.path("author")) {
                names.add(n.has("literal") ? "literal:" + n.get("literal").asText()
                        : n.path("family").asText() + "/" + n.path("given").asText());
            }
        }
        assertEquals(List.of("MARSH/T.", "OYELARAN/K.-A.", "DUVAL/J. P.", "literal:NORTHERN RIVERS COMMISSION",
                "literal:Tidewater Survey Project"), names);
    }
}
