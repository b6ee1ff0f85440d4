package dev.claims.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin's configuration becomes the command line's options, one for one. */
class CheckMojoTest {
    @Test
    void configurationBecomesArguments() {
        CheckMojo m = new CheckMojo();
        m.inputs = List.of(new File("texts"), new File("more"));
        m.formats = "sarif,junit";
        m.outputDirectory = new File("target/claims");
        m.failOn = "warning";
        assertEquals(List.of("check", "texts", "more", "--format", "sarif,junit", "--output-dir", "target/claims",
                "--fail-on", "warning"), m.arguments());
        m.maxFindings = 3;
        m.baseline = new File("b.json");
        m.writeBaseline = new File("w.json");
        m.config = new File("claims.json");
        m.referenceFacts = List.of(new File("facts.json"));
        m.cache = new File("target/claims-cache");
        assertEquals(List.of("check", "texts", "more", "--format", "sarif,junit", "--output-dir", "target/claims",
                "--fail-on", "warning", "--max-findings", "3", "--baseline", "b.json", "--write-baseline", "w.json",
                "--config", "claims.json", "--reference-facts", "facts.json", "--cache", "target/claims-cache"),
                m.arguments());
    }
}
