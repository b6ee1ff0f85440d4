package dev.claims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GitHub Action, the project's workflow that uses it, and the pre-commit hook parse and say what they should. */
class ActionYamlTest {
    private static final Path ROOT = Path.of(System.getProperty("claims.root", ".."));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws Exception {
        return (Map<String, Object>) MiniYaml.parse(Files.readString(ROOT.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object node, String... path) {
        Object n = node;
        for (String p : path) {
            n = ((Map<String, Object>) n).get(p);
        }
        return (T) n;
    }

    @Test
    @SuppressWarnings("unchecked")
    void actionIsACompositeWithTheExpectedInputsAndSteps() throws Exception {
        Map<String, Object> action = yaml("action.yml");
        assertEquals("claims", action.get("name"));
        assertEquals("composite", get(action, "runs", "using"));
        Map<String, Object> inputs = get(action, "inputs");
        assertEquals(List.of("paths", "version", "jar", "fail-on", "baseline", "config", "output-dir", "cache",
                "upload-sarif", "java-version"), new ArrayList<>(inputs.keySet()));
        assertEquals("contradiction", get(inputs, "fail-on", "default"));
        assertEquals("claims-report", get(inputs, "output-dir", "default"));
        for (String input : inputs.keySet()) {
            assertTrue(get(inputs, input, "description") instanceof String, input + " has a description");
        }
        List<Map<String, Object>> steps = get(action, "runs", "steps");
        assertEquals(List.of("Set up Java", "Get the claims jar", "Check", "Annotate", "Job summary",
                "Upload SARIF to code scanning", "Fail as the checker says"),
                steps.stream().map(s -> (String) s.get("name")).toList());
        assertEquals("actions/setup-java@v4", steps.get(0).get("uses"));
        assertEquals("github/codeql-action/upload-sarif@v3", steps.get(5).get("uses"));
        assertEquals("${{ inputs.output-dir }}/report.sarif", get(steps.get(5), "with", "sarif_file"));
        for (Map<String, Object> s : steps) {
            if (s.containsKey("run")) {
                assertEquals("bash", s.get("shell"), s.get("name") + " names its shell (composite steps must)");
                assertTrue(!((String) s.get("run")).contains("${{"), s.get("name")
                        + ": inputs reach scripts through env, never pasted into the script");
            }
        }
        String check = (String) steps.get(2).get("run");
        assertTrue(check.contains("java -jar \"$CLAIMS_JAR\" \"${args[@]}\""), check);
        assertTrue(check.contains("--fail-on \"$CLAIMS_FAIL_ON\""), check);
        assertTrue(((String) steps.get(4).get("run")).contains(">> \"$GITHUB_STEP_SUMMARY\""));
        assertEquals("always()", steps.get(3).get("if"));

        // every ${{ inputs.x }} refers to a declared input, every steps.x to a step id
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("inputs\\.([a-z-]+)").matcher(Files.readString(ROOT.resolve("action.yml")));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(new TreeSet<>(inputs.keySet()), used, "every input is used, and only declared ones");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProjectsWorkflowUsesTheAction() throws Exception {
        Map<String, Object> workflow = yaml(".github/workflows/claims.yml");
        assertEquals("write", get(workflow, "permissions", "security-events"));
        List<Map<String, Object>> steps = get(workflow, "jobs", "build", "steps");
        assertEquals(".ci/run", steps.get(2).get("run"));
        Map<String, Object> check = steps.stream().filter(s -> "./".equals(s.get("uses"))).findFirst().orElseThrow();
        Map<String, Object> with = (Map<String, Object>) check.get("with");
        assertEquals("seeds", with.get("paths"));
        assertEquals("claims-cli/target/claims-cli-*-all.jar", with.get("jar"));
        assertEquals("claims-baseline.json", with.get("baseline"));
        assertEquals(".github/claims-seeds.json", with.get("config"), "the seeds are checked with the soviet pack on");
        assertTrue(Files.isRegularFile(ROOT.resolve("claims-baseline.json")), "the baseline the workflow names exists");
        Set<String> declared = ((Map<String, Object>) yaml("action.yml").get("inputs")).keySet();
        assertTrue(declared.containsAll(with.keySet()), "only inputs the action declares: " + with.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void preCommitHookRunsTheChecker() throws Exception {
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) MiniYaml.parse(
                Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
        assertEquals(1, hooks.size());
        Map<String, Object> hook = hooks.get(0);
        assertEquals("claims", hook.get("id"));
        assertEquals("./claims check --fail-on contradiction --quiet", hook.get("entry"));
        assertEquals("script", hook.get("language"));
        Pattern files = Pattern.compile((String) hook.get("files"));
        assertTrue(files.matcher("texts/essay.md").find());
        assertTrue(files.matcher("page.html").find());
        assertTrue(!files.matcher("Main.java").find());
    }

    @Test
    void theReaderRejectsBrokenYaml() {
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 1\n\tb: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a:\n  b: 1\n   c: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 'open\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 1\na: 2\n"));
        assertEquals(Map.of("a", List.of("x", Map.of("b", "c", "d", "e")), "f", "one two\n"),
                MiniYaml.parse("a:\n  - x\n  - b: c\n    d: e  # note\nf: >\n  one\n  two\n"));
    }
}
