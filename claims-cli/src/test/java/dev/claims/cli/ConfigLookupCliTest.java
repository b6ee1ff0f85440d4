package dev.claims.cli;

import static dev.claims.cli.ClaimsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.cli.ClaimsCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `claims check repo/texts/sub` reads repo/claims.json; unknown keys and rules name the known ones. */
class ConfigLookupCliTest {
    @TempDir
    Path dir;

    private Path repo(String config) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("claims.json"), config);
        return Corpora.contradiction(repo.resolve("texts/sub"));
    }

    @Test
    void configAboveASubfolderDecides() throws Exception {
        Path sub = repo("{\"rules\": {\"date-mismatch\": \"off\"}}");
        assertEquals(0, run("check", sub.toString(), "--fail-on", "any", "-q").code(), "the rule is off in repo/claims.json");
        Path other = Files.writeString(dir.resolve("other.json"), "{}");
        assertEquals(1, run("check", sub.toString(), "--fail-on", "any", "-q", "--config", other.toString()).code(),
                "--config wins");
    }

    @Test
    void unknownKeyAndRuleListTheKnownOnes() throws Exception {
        Path sub = repo("{\"rulez\": {}}");
        Run key = run("check", sub.toString());
        assertEquals(2, key.code());
        assertEquals("claims: " + dir.resolve("repo/claims.json") + ": unknown key \"rulez\" (known keys: aliases,"
                + " events, excludes, includes, offices, packs, referenceFacts, rules)\n", key.err());
        Files.writeString(dir.resolve("repo/claims.json"), "{\"rules\": {\"date-mismach\": \"off\"}}");
        Run rule = run("check", sub.toString());
        assertEquals(2, rule.code());
        String err = rule.err();
        assertEquals(true, err.startsWith("claims: " + dir.resolve("repo/claims.json") + ": unknown rule"
                + " \"date-mismach\" under \"rules\" (known rules: ambiguous-short-citation, "), err);
        assertEquals(true, err.contains(", date-mismatch, "), err);
        assertEquals(1, err.split("\n", -1).length - 1, "one line: " + err);
    }
}
