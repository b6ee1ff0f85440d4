package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** holder-conflict end to end: from the text through extraction and resolution. */
class HolderConflictRuleTest {
    @TempDir
    Path dir;

    private List<Finding> conflicts(String a, String b) throws Exception {
        Files.writeString(dir.resolve("a.txt"), a + "\n");
        Files.writeString(dir.resolve("b.txt"), b + "\n");
        return Checker.withOptions(dev.claims.TestPacks.options()).check(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals("holder-conflict")).toList();
    }

    @Test
    void twoAmbassadorsForOneMonthConflict() throws Exception {
        List<Finding> found = conflicts(
                "In May 1942 the Soviet ambassador to the United States, Maxim Litvinov, met Roosevelt.",
                "In May 1942 the Soviet ambassador to the United States, Andrei Gromyko, spoke in New York.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("a.txt names Maxim Litvinov as \"Soviet ambassador to the United States\" at 1942-05, but b.txt"
                + " names Andrei Gromyko as \"Soviet ambassador to the United States\" at 1942-05: one person at a"
                + " time is Ambassador of the USSR to the United States, so both cannot hold it in 1942-05.",
                found.get(0).message());
        assertEquals("warning", found.get(0).severity().id());
    }

    @Test
    void aBareOrSharedWordingIsNotCompared() throws Exception {
        assertEquals(List.of(), conflicts("In May 1942 Soviet ambassador Andrei Gromyko welcomed Molotov in London.",
                "In May 1942 the Soviet ambassador to the United States, Maxim Litvinov, met Roosevelt."));
        assertEquals(List.of(), conflicts("In April 1945 President Franklin Roosevelt died at Warm Springs.",
                "In April 1945 President Harry Truman met Molotov."));
    }

    @Test
    void yearsAreTooCoarse() throws Exception {
        assertEquals(List.of(), conflicts(
                "In 1941 the Soviet ambassador to the United States, Andrei Gromyko, met Welles.",
                "In 1941 the Soviet ambassador to the United States, Maxim Litvinov, arrived in Washington."));
    }
}
