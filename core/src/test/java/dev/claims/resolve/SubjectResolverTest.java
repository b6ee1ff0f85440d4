package dev.claims.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.Attribution;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.InputFormat;
import dev.claims.model.OfficeValue;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking: claims are grouped by resolved subject and attribute, and only within a group are they compared. */
class SubjectResolverTest {
    private static ExtractedDocument doc(String id, List<Claim> claims) {
        Document d = new Document(id, Path.of(id), InputFormat.TEXT, "x".repeat(200), id, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new ExtractedDocument(d, claims, List.of(), List.of(), List.of());
    }

    private static Claim claim(String doc, int at, String subject, String attribute, dev.claims.model.Value v) {
        return new Claim("c" + at, doc, new Span(at, at + 1), -1, "q", subject, attribute, v, null, List.of(),
                Attribution.ASSERTED);
    }

    @Test
    void groupsBySubjectAliasAndPersonCluster() {
        DateValue y1939 = DateValue.year("1939", 1939);
        List<ExtractedDocument> docs = List.of(
                doc("a", List.of(claim("a", 1, "Hitler-Stalin Pact", "date", y1939),
                        claim("a", 2, "Maksim Maksimovich Litvinov", "office", new OfficeValue("foreign minister",
                                "foreign minister", false)))),
                doc("b", List.of(claim("b", 1, "Nazi-Soviet Nonaggression Pact", "date", y1939),
                        claim("b", 2, "Litinov", "office", new OfficeValue("Commissar for Foreign Affairs",
                                "Commissar for Foreign Affairs", false)),
                        claim("b", 3, "", "duration", DateValue.day("x", LocalDate.of(1933, 1, 1))))));
        ResolvedCorpus c = new SubjectResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET), dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET)).resolve(docs);
        assertEquals(List.of("person:maksim litvinov|office|2", "subject:nazi-soviet pact|date|2"),
                c.groups().stream().map(g -> g.key() + "|" + g.attribute() + "|" + g.claims().size()).toList());
        assertEquals("Nazi-Soviet Pact", c.groups().get(1).subject());
    }

    @Test
    void groupsPartitionTheClaimsSoComparisonIsWithinGroupsOnly() {
        List<ExtractedDocument> docs = new ArrayList<>();
        int subjects = 500;
        for (int d = 0; d < 200; d++) {
            List<Claim> cs = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                cs.add(claim("d" + d, k, "event " + ((d * 10 + k) % subjects), "date", DateValue.year("1933", 1933)));
            }
            docs.add(doc("d" + d, cs));
        }
        ResolvedCorpus c = new SubjectResolver(dev.claims.resolve.NameLexicon.of(dev.claims.TestPacks.SOVIET), dev.claims.knowledge.OfficeLexicon.of(dev.claims.TestPacks.SOVIET)).resolve(docs);
        assertEquals(subjects, c.groups().size());
        assertEquals(2000, c.groups().stream().mapToInt(g -> g.claims().size()).sum());
        assertTrue(c.groups().stream().allMatch(g -> g.claims().stream().allMatch(x -> g.key().equals(
                "subject:" + x.subject())) && g.claims().size() == 4));
    }
}
