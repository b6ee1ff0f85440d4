package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claims eval} on a gold file of verdict rows: the made-up topic in fixtures/eval/tiny-topic. */
class EvalDevGoldCommandTest {
    static final Path TOPICS = Path.of(System.getProperty("claims.root", "..")).resolve("fixtures/eval");
    static final Path TOPIC = TOPICS.resolve("tiny-topic");
    static final String GOLD = TOPIC.resolve("gold.json").toString();
    static final String CORPUS = TOPIC.resolve("corpus").toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findingsScoreHasTheReferenceScorersFieldsAndCountsWhatCheckReports() throws Exception {
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--gold", GOLD, CORPUS, "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(List.of("contradiction_recall", "agreement_recall", "false_alarms_on_agree_rows", "agree_rows",
                "contradict_rows", "contradiction_findings", "all_findings", "contradictions_right",
                "contradictions_wrong", "contradictions_unjudged", "traps", "traps_hit"), fields(n));
        // R1, R3, R5, R6, R7 AGREE; R2 CONTRADICT; R4 quotes one file only
        assertEquals(5, n.get("agree_rows").asInt());
        assertEquals(1, n.get("contradict_rows").asInt());
        assertEquals(1, n.get("traps").asInt());
        JsonNode check = JSON.readTree(ClaimsCommandTest.run("check", CORPUS, "--format", "json").out());
        int contradictions = 0;
        for (JsonNode f : check.get("findings")) {
            contradictions += f.get("kind").asText().equals("contradiction") ? 1 : 0;
        }
        assertEquals(check.get("findings").size(), n.get("all_findings").asInt());
        assertEquals(contradictions, n.get("contradiction_findings").asInt());
        assertEquals(contradictions, n.get("contradictions_right").asInt() + n.get("contradictions_wrong").asInt()
                + n.get("contradictions_unjudged").asInt());
    }

    @Test
    void valuesScoreCountsEveryQuotedValueOfAScoredKind() throws Exception {
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--values", "--gold", GOLD, CORPUS, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(List.of("mentions", "extracted", "with_subject", "by_kind"), fields(n));
        // R1 2, R7 1 (99-missing.txt is not in the corpus), R2 2, R3 2, R4 1, R6 2; R5 is a name row
        assertEquals(10, n.get("mentions").asInt());
        assertEquals(List.of("count", "date", "figure", "time", "title"), fields(n.get("by_kind")));
        assertEquals(3, n.get("by_kind").get("date").get("mentions").asInt());
        assertEquals(1, n.get("by_kind").get("time").get("mentions").asInt());
        ClaimsCommandTest.Run text = ClaimsCommandTest.run("eval", "--values", "-v", "--gold", GOLD, CORPUS);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("gold: " + GOLD + " (7 rows, 1 traps)\nkind     mentions extracted with_subject\n"),
                text.out());
        assertTrue(text.out().contains("\nall            10 "), text.out());
        assertTrue(text.out().contains("\nnot extracted (no claim of a fitting type inside the quote) ("), text.out());
    }

    @Test
    void topicsScoresEachTopicDirectory() throws Exception {
        ClaimsCommandTest.Run one = ClaimsCommandTest.run("eval", "--gold", GOLD, CORPUS, "--format", "json");
        ClaimsCommandTest.Run all = ClaimsCommandTest.run("eval", "--topics", TOPICS.toString(), "--format", "json");
        assertEquals(0, all.code(), all.err());
        assertEquals("{\"tiny-topic\": " + one.out().strip() + "}", all.out().strip());
        ClaimsCommandTest.Run direct = ClaimsCommandTest.run("eval", "--topics", TOPIC.toString());
        assertEquals(0, direct.code(), direct.err());
        assertTrue(direct.out().startsWith("== tiny-topic ==\ngold: "), direct.out());
        assertTrue(direct.out().contains("\ncontradiction recall   "), direct.out());
    }

    @Test
    void verboseListsMissedRowsAndJudgedFindings() {
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--verbose", "--gold", GOLD, CORPUS);
        assertEquals(0, r.code(), r.err());
        for (String section : List.of("\nmissed rows (", "\nfalse alarms (AGREE rows a contradiction covers) (",
                "\ntraps hit (", "\nwrong contradictions (cover an AGREE row or a trap) (",
                "\nunjudged contradictions (cover no row: read them) (")) {
            assertTrue(r.out().contains(section), section + " in " + r.out());
        }
    }

    @Test
    void usageErrorsAndBadGoldAreOneLine(@TempDir Path tmp) throws Exception {
        Path seedsGold = Path.of(System.getProperty("claims.root", "..")).resolve("fixtures/gold/crossdoc-seeds.json");
        assertEquals(2, ClaimsCommandTest.run("eval", "--values", "--gold", seedsGold.toString(),
                ClaimsCommandTest.SEEDS.toString()).code());
        assertEquals(2, ClaimsCommandTest.run("eval", "--topics", "--gold", GOLD, TOPICS.toString()).code());
        assertEquals(2, ClaimsCommandTest.run("eval", "--min-recall", "0.5", "--gold", GOLD, CORPUS).code());
        ClaimsCommandTest.Run noGold = ClaimsCommandTest.run("eval", CORPUS);
        assertEquals(2, noGold.code());
        assertEquals("claims: eval needs --gold GOLD.json (or --topics with topic directories)\n", noGold.err());
        ClaimsCommandTest.Run notTopic = ClaimsCommandTest.run("eval", "--topics", CORPUS);
        assertEquals(2, notTopic.code());
        assertEquals("claims: " + CORPUS + ": not a topic directory (no gold.json in it or in a directory in it)\n",
                notTopic.err());
        Path bad = tmp.resolve("gold.json");
        Files.writeString(bad, "[{\"id\": \"A\", \"verdict\": \"MAYBE\", \"mentions\": [{\"file\": \"a\", \"quote\": \"q\"}]}]");
        ClaimsCommandTest.Run r = ClaimsCommandTest.run("eval", "--gold", bad.toString(), CORPUS);
        assertEquals(2, r.code());
        assertEquals("claims: " + bad + ": row 'A' has verdict 'MAYBE' (expected AGREE or CONTRADICT)\n", r.err());
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
