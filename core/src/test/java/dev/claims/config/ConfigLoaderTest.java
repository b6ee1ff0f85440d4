package dev.claims.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.ClaimsException;
import dev.claims.Extraction;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per configuration key, plus the errors: unknown key, missing file, bad values. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ClaimsConfig load(String json) throws Exception {
        return ConfigLoader.load(Files.writeString(dir.resolve("claims.json"), json));
    }

    private String error(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("claims.json"), json);
        return assertThrows(ClaimsException.class, () -> ConfigLoader.load(file)).getMessage();
    }

    @Test
    void includesAndExcludesFilterDocumentIds() throws Exception {
        ClaimsConfig c = load("{\"includes\": [\"essays/**\", \"*.md\"], \"excludes\": [\"**/draft-*\"]}");
        DocumentFilter f = c.documentFilter();
        assertTrue(f.accepts("essays/one.txt"));
        assertTrue(f.accepts("notes/a.md"), "a glob without / matches the file name");
        assertTrue(!f.accepts("essays/x/draft-2.txt"));
        assertTrue(!f.accepts("other/one.txt"));
        assertEquals(List.of("essays/**", "*.md"), c.includes());
        assertEquals(List.of("**/draft-*"), c.excludes());
        Extraction empty = new Extraction(List.of(), List.of(new dev.claims.model.Skipped("other/x.pdf",
                Path.of("other/x.pdf"), "binary", false), new dev.claims.model.Skipped("essays/y.pdf",
                Path.of("essays/y.pdf"), "binary", false)));
        assertEquals(List.of("essays/y.pdf"), c.filter(empty).skipped().stream().map(s -> s.id()).toList());
    }

    @Test
    void rulesSetSeveritiesOrTurnRulesOff() throws Exception {
        ClaimsConfig c = load("{\"rules\": {\"date-mismatch\": \"warning\", \"date-agreement\": \"off\"}}");
        assertEquals(Map.of("date-agreement", "off", "date-mismatch", "warning"), c.rules());
        Finding mismatch = new Finding("0000000000000001", FindingKind.CONTRADICTION, "date-mismatch", Severity.ERROR,
                "s", "m", List.of(), 1);
        Finding agreement = new Finding("0000000000000002", FindingKind.AGREEMENT, "date-agreement", Severity.NOTE,
                "s", "m", List.of(), 1);
        Finding other = new Finding("0000000000000003", FindingKind.VARIANT, "name-variant", Severity.NOTE,
                "s", "m", List.of(), 1);
        assertEquals(List.of(mismatch.withSeverity(Severity.WARNING), other),
                c.applyRules(List.of(mismatch, agreement, other)));
        assertTrue(error("{\"rules\": {\"date-mismatch\": \"fatal\"}}")
                .endsWith("claims.json: rule \"date-mismatch\" must be \"off\", \"error\", \"warning\" or \"note\", not \"fatal\""));
    }

    @Test
    void officesAreKeptAsWrittenForTheExtractor() throws Exception {
        ClaimsConfig c = load("{\"offices\": [{\"title\": \"People's Commissar for Foreign Affairs\","
                + " \"aliases\": [\"Foreign Commissar\"]}]}");
        assertEquals("People's Commissar for Foreign Affairs", c.offices().get(0).get("title").asText());
        assertTrue(c.offices().isArray());
        assertTrue(ClaimsConfig.EMPTY.offices().isMissingNode());
        assertTrue(error("{\"offices\": \"x\"}").contains("\"offices\" must be a list"));
    }

    @Test
    void aliasesMapANameToItsOtherSpellings() throws Exception {
        ClaimsConfig c = load("{\"aliases\": {\"Maxim Litvinov\": [\"Litinov\", \"Maksim Litvinov\"]}}");
        assertEquals(Map.of("Maxim Litvinov", List.of("Litinov", "Maksim Litvinov")), c.aliases());
        assertTrue(error("{\"aliases\": {\"Maxim Litvinov\": \"Litinov\"}}")
                .contains("alias \"Maxim Litvinov\" must be a list of names"));
    }

    @Test
    void referenceFactsResolveAgainstTheConfigFileDirectory() throws Exception {
        Files.createDirectories(dir.resolve("facts"));
        Files.writeString(dir.resolve("facts/offices.json"), "[]");
        ClaimsConfig c = load("{\"referenceFacts\": [\"facts/offices.json\"]}");
        assertEquals(List.of(dir.resolve("facts/offices.json").toAbsolutePath()), c.referenceFacts());
        assertTrue(error("{\"referenceFacts\": [\"facts/none.json\"]}")
                .contains("reference-facts file \"facts/none.json\" not found"));
    }

    @Test
    void unknownKeyIsAnErrorNamingTheKey() throws Exception {
        assertTrue(error("{\"rule\": {}}").endsWith("claims.json: unknown key \"rule\" (known keys: aliases, events,"
                + " excludes, includes, offices, packs, referenceFacts, rules)"));
    }

    @Test
    void missingExplicitFileMalformedJsonAndDuplicateKeysAreErrors() throws Exception {
        assertTrue(assertThrows(ClaimsException.class, () -> ConfigLoader.load(dir.resolve("nope.json")))
                .getMessage().endsWith("nope.json: configuration file not found"));
        assertTrue(error("{\"includes\": [").contains("claims.json: not valid JSON"));
        assertTrue(error("{\"includes\": [], \"includes\": []}").contains("not valid JSON: Duplicate field"));
        assertTrue(error("[1]").endsWith("a configuration file must hold one JSON object"));
        assertTrue(error("{\"includes\": [\"[a\"]}").contains("bad glob"));
    }

    @Test
    void discoveryFindsClaimsJsonThenDotClaimsJsonAndRejectsBoth() throws Exception {
        assertEquals(ClaimsConfig.EMPTY, ConfigLoader.discover(dir));
        Files.writeString(dir.resolve(".claims.json"), "{\"excludes\": [\"x\"]}");
        assertEquals(List.of("x"), ConfigLoader.discover(dir).excludes());
        Files.writeString(dir.resolve("claims.json"), "{}");
        assertTrue(assertThrows(ClaimsException.class, () -> ConfigLoader.discover(dir)).getMessage()
                .contains("both claims.json and .claims.json exist"));
    }
}
