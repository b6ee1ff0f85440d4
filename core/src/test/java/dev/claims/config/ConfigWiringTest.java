package dev.claims.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.model.Claim;
import dev.claims.model.Finding;
import dev.claims.model.OfficeValue;
import dev.claims.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration's offices, aliases and reference facts reach the extractors, the resolver and the rules. */
class ConfigWiringTest {
    @TempDir
    Path dir;

    @Test
    void officeEntriesFromTheConfigurationAreRecognised() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"),
                "In 1933, Commissar for Foreign Affairs Maxim Litvinov travelled to Washington.\n");
        // A user entry wins ties with the shipped lexicon, so the wording now maps to the user's canonical name.
        Files.writeString(dir.resolve("claims.json"), """
                {"offices": [{"canonical": "Narkom of Foreign Affairs", "country": "USSR", "from": 1917, "to": 1946,
                              "aliases": ["Commissar for Foreign Affairs"]}]}
                """);
        ClaimsConfig cfg = ConfigLoader.load(dir.resolve("claims.json"));

        List<Claim> without = Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(corpus)).documents().get(0).claims();
        List<Claim> with = Checker.withOptions(cfg.applyTo(dev.claims.TestPacks.options()))
                .extract(List.of(corpus)).documents().get(0).claims();

        Claim before = without.stream().filter(c -> c.value() instanceof OfficeValue).findFirst().orElseThrow();
        assertEquals("People's Commissar for Foreign Affairs (USSR)", before.value().normalized());
        Claim office = with.stream().filter(c -> c.value() instanceof OfficeValue).findFirst().orElseThrow();
        assertEquals("Narkom of Foreign Affairs", office.value().normalized());
        assertEquals("Commissar for Foreign Affairs", office.value().text());
        assertEquals("Maxim Litvinov", office.subject());
    }

    @Test
    void officeClassesFromTheConfigurationReachTheRules() throws Exception {
        Path corpus = corpus("In May 1942, Grand Vizier Maxim Litvinov spoke in Washington.",
                "In May 1942, Secretary of State Maxim Litvinov spoke in Washington.");
        List<String> plain = rules(corpus, "{\"canonical\": \"Grand Vizier\", \"class\": \"grand-vizier\"}");
        List<String> exclusive = rules(corpus,
                "{\"canonical\": \"Grand Vizier\", \"class\": \"grand-vizier\", \"exclusive\": true}");

        assertTrue(plain.stream().noneMatch(r -> r.equals("office-mismatch")), plain.toString());
        assertEquals(1, exclusive.stream().filter(r -> r.equals("office-mismatch")).count(), exclusive.toString());
    }

    @Test
    void oneHolderOfficesFromTheConfigurationAreComparedForHolders() throws Exception {
        Path corpus = corpus("In May 1942, Grand Vizier Maxim Litvinov spoke in Washington.",
                "In May 1942, Grand Vizier Andrei Gromyko spoke in Washington.");
        List<String> many = rules(corpus, "{\"canonical\": \"Grand Vizier\"}");
        List<String> one = rules(corpus, "{\"canonical\": \"Grand Vizier\", \"holders\": \"one\"}");

        assertTrue(many.stream().noneMatch(r -> r.equals("holder-conflict")), many.toString());
        assertEquals(1, one.stream().filter(r -> r.equals("holder-conflict")).count(), one.toString());
    }

    /** A corpus of two documents, a.txt and b.txt. */
    private Path corpus(String a, String b) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a + "\n");
        Files.writeString(corpus.resolve("b.txt"), b + "\n");
        return corpus;
    }

    /** The rule ids of the findings on {@code corpus} with a configuration adding one office entry. */
    private List<String> rules(Path corpus, String office) throws Exception {
        Path config = Files.writeString(dir.resolve("claims.json"), "{\"offices\": [" + office + "]}");
        Report report = Checker.withOptions(ConfigLoader.load(config).applyTo(dev.claims.TestPacks.options()))
                .check(List.of(corpus));
        return report.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void eventFilesFromTheConfigurationLetDocumentsAboutOtherEventsBeCompared() throws Exception {
        Path corpus = corpus("The Bastille was stormed on July 14, 1789, by the crowd of Paris.",
                "The Bastille was stormed on July 15, 1789, by the crowd of Paris.");
        Files.writeString(dir.resolve("events.tsv"),
                "# name\tkey\ttrigger\nstorming of the Bastille\tstorming:bastille:1789\t\\bBastille was stormed\\b\n");
        Files.writeString(dir.resolve("claims.json"), "{\"events\": [\"events.tsv\"]}");
        ClaimsConfig cfg = ConfigLoader.load(dir.resolve("claims.json"));

        Report plain = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(corpus));
        Report configured = Checker.withOptions(cfg.applyTo(dev.claims.TestPacks.options())).check(List.of(corpus));

        assertTrue(plain.findings().stream().noneMatch(f -> f.rule().equals("date-mismatch")), plain.findings().toString());
        Finding f = configured.findings().stream().filter(x -> x.rule().equals("date-mismatch")).findFirst()
                .orElseThrow(() -> new AssertionError(configured.findings().toString()));
        assertEquals("storming of the Bastille: date", f.subject());
        assertEquals(List.of("a.txt", "b.txt"), f.evidence().stream().map(e -> e.document()).sorted().toList());
    }

    @Test
    void aMissingEventsFileIsAnErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve("claims.json"), "{\"events\": [\"none.tsv\"]}");
        dev.claims.ClaimsException e = org.junit.jupiter.api.Assertions.assertThrows(dev.claims.ClaimsException.class,
                () -> ConfigLoader.load(dir.resolve("claims.json")));
        assertTrue(e.getMessage().contains("events file \"none.tsv\" not found"), e.getMessage());
    }

    @Test
    void referenceFactsFromTheConfigurationAreChecked() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"),
                "In 1935, Soviet Ambassador Maxim Litvinov met the press in Geneva.\n");
        Files.writeString(dir.resolve("facts.csv"), """
                subject,attribute,value,from,to,source
                Maxim Litvinov,office,People's Commissar for Foreign Affairs,1930-07-21,1939-05-03,Encyclopedia
                """);
        Files.writeString(dir.resolve("claims.json"), "{\"referenceFacts\": [\"facts.csv\"]}");
        ClaimsConfig cfg = ConfigLoader.load(dir.resolve("claims.json"));

        Report plain = Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(corpus));
        Report checked = Checker.withOptions(cfg.applyTo(dev.claims.TestPacks.options())).check(List.of(corpus));

        assertTrue(plain.findings().stream().noneMatch(f -> f.rule().startsWith("reference-")));
        Finding f = checked.findings().stream().filter(x -> x.rule().equals("reference-mismatch")).findFirst()
                .orElseThrow(() -> new AssertionError(checked.findings().toString()));
        assertTrue(f.evidence().stream().anyMatch(e -> e.document().equals("facts.csv")), f.toString());
    }

    @Test
    void aliasesFromTheConfigurationReachTheResolver() throws Exception {
        Files.writeString(dir.resolve("claims.json"), "{\"aliases\": {\"Maxim Litvinov\": [\"Papasha\", \"MML\"]}}");
        CheckerOptions options = ConfigLoader.load(dir.resolve("claims.json")).applyTo(dev.claims.TestPacks.options());

        assertTrue(dev.claims.TestPacks.options().names().alias("Papasha").isEmpty());
        assertEquals("Maxim Litvinov", options.names().alias("Papasha").orElseThrow().canonical());
        assertEquals("Maxim Litvinov", options.names().alias("MML").orElseThrow().canonical());
        assertEquals("Franklin D. Roosevelt", options.names().alias("FDR").orElseThrow().canonical());
    }
}
