package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of date, quantity and office claims against {@code fixtures/gold/extraction-seeds.json}
 * (format: fixtures/gold/README.md). A claim matches a gold row when document, value type and normalised value are
 * equal and its span overlaps an occurrence of the row's text; each row and each claim match at most once. Claims
 * overlapping an "ignore" region (index lines, captions) are not scored.
 */
class ExtractionQualityTest {
    private static final List<String> TYPES = List.of("date", "quantity", "office");
    private static final Map<String, double[]> SCORES = new LinkedHashMap<>();

    private record Gold(String document, String type, String text, String normalized, int occurrence) {
    }

    @BeforeAll
    static void measure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TestPaths.fixtures().resolve("gold/extraction-seeds.json").toFile());
        List<Gold> gold = new ArrayList<>();
        for (JsonNode g : root.get("claims")) {
            gold.add(new Gold(g.get("document").asText(), g.get("type").asText(), g.get("text").asText(),
                    g.get("normalized").asText(), g.path("occurrence").asInt(0)));
        }
        List<Path> docs = gold.stream().map(Gold::document).distinct().map(d -> TestPaths.seeds().resolve(d)).toList();
        List<ExtractedDocument> extracted = Checker.withOptions(dev.claims.TestPacks.options()).extract(docs).documents();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Span>> ignored = new LinkedHashMap<>();
        for (Path p : docs) {
            texts.put(p.getFileName().toString(), Files.readString(p));
        }
        for (JsonNode i : root.get("ignore")) {
            String doc = i.get("document").asText();
            ignored.computeIfAbsent(doc, k -> new ArrayList<>()).addAll(occurrences(texts.get(doc), i.get("text").asText()));
        }
        for (String type : TYPES) {
            List<Gold> rows = gold.stream().filter(g -> g.type().equals(type)).toList();
            boolean[] used = new boolean[rows.size()];
            int claims = 0;
            int matched = 0;
            StringBuilder misses = new StringBuilder();
            for (ExtractedDocument ed : extracted) {
                String doc = ed.id().replaceAll("^.*/", "");
                for (Claim c : ed.claims()) {
                    if (!c.value().type().equals(type)
                            || ignored.getOrDefault(doc, List.of()).stream().anyMatch(s -> s.overlaps(c.span()))) {
                        continue;
                    }
                    claims++;
                    int hit = -1;
                    for (int i = 0; i < rows.size() && hit < 0; i++) {
                        Gold g = rows.get(i);
                        if (!used[i] && g.document().equals(doc) && g.normalized().equals(c.value().normalized())) {
                            List<Span> occ = occurrences(texts.get(doc), g.text());
                            if (g.occurrence() > 0) {
                                occ = List.of(occ.get(g.occurrence() - 1));
                            }
                            if (occ.stream().anyMatch(s -> s.overlaps(c.span()))) {
                                hit = i;
                            }
                        }
                    }
                    if (hit >= 0) {
                        used[hit] = true;
                        matched++;
                    } else {
                        misses.append("\n  extra   ").append(doc).append(" '").append(c.span().of(ed.document().text()))
                                .append("' => ").append(c.value().normalized()).append(" (").append(c.subject()).append(')');
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                if (!used[i]) {
                    misses.append("\n  missed  ").append(rows.get(i).document()).append(" '").append(rows.get(i).text())
                            .append("' => ").append(rows.get(i).normalized());
                }
            }
            double precision = claims == 0 ? 0 : (double) matched / claims;
            double recall = rows.isEmpty() ? 1 : (double) matched / rows.size();
            SCORES.put(type, new double[] {precision, recall});
            System.out.printf("extraction quality %-8s precision %.3f (%d/%d)  recall %.3f (%d/%d)%s%n", type, precision,
                    matched, claims, recall, matched, rows.size(), misses);
        }
    }

    private static List<Span> occurrences(String text, String needle) {
        List<Span> out = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            out.add(new Span(i, i + needle.length()));
        }
        return out;
    }

    @Test
    void datesMeetTheRequiredPrecisionAndRecall() {
        assertTrue(SCORES.get("date")[0] >= 0.9, "date precision " + SCORES.get("date")[0]);
        assertTrue(SCORES.get("date")[1] >= 0.85, "date recall " + SCORES.get("date")[1]);
    }

    @Test
    void quantitiesMeetTheRequiredPrecisionAndRecall() {
        assertTrue(SCORES.get("quantity")[0] >= 0.9, "quantity precision " + SCORES.get("quantity")[0]);
        assertTrue(SCORES.get("quantity")[1] >= 0.85, "quantity recall " + SCORES.get("quantity")[1]);
    }

    @Test
    void officesMeetTheRequiredPrecisionAndRecall() {
        assertTrue(SCORES.get("office")[0] >= 0.8, "office precision " + SCORES.get("office")[0]);
        assertTrue(SCORES.get("office")[1] >= 0.8, "office recall " + SCORES.get("office")[1]);
    }
}
