package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.resolve.SubjectResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding ids depend on rule, subject, values and documents only: not on positions, nor on input order. */
class FindingIdTest {
    private static List<Finding> run(String prefix, boolean reverse) throws Exception {
        String claims = """
                [{"document": "a.txt", "subject": "recognition", "attribute": "date",
                  "value": {"type": "date", "text": "November 16, 1933", "edtf": "1933-11-16"}},
                 {"document": "b.txt", "subject": "recognition", "attribute": "date",
                  "value": {"type": "date", "text": "November 17, 1933", "edtf": "1933-11-17"}},
                 {"document": "c.txt", "subject": "recognition", "attribute": "date",
                  "value": {"type": "date", "text": "1933", "edtf": "1933"}}]""";
        JsonNode spec = new ObjectMapper().readTree(claims);
        List<ExtractedDocument> docs = new ArrayList<>(ClaimSpecs.documents(Map.of(
                "a.txt", prefix + "Recognition came on November 16, 1933.",
                "b.txt", "Recognition came on November 17, 1933.",
                "c.txt", prefix + prefix + "Recognition came in 1933."), spec, new ObjectMapper().readTree("[]")));
        if (reverse) {
            Collections.reverse(docs);
        }
        return new Comparer(List.of(new DateRule(dev.claims.compare.CalendarNormalizer.of(dev.claims.TestPacks.SOVIET)))).compare(new SubjectResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET), dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET)).resolve(docs));
    }

    @Test
    void idsAreStable() throws Exception {
        List<Finding> plain = run("", false);
        List<Finding> moved = run("An opening paragraph.\n\nAnother one here.\n\n", true);
        assertFalse(plain.isEmpty());
        assertEquals(plain.stream().map(Finding::id).toList(), moved.stream().map(Finding::id).toList());
        assertEquals(plain.stream().map(Finding::rule).toList(), moved.stream().map(Finding::rule).toList());
    }
}
