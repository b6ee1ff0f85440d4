package dev.claims.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes baseline files: {@code {"schemaVersion":1,"findings":[{"id","kind","rule","subject"}]}}, sorted by
 * id with one entry per line, so the file diffs well under version control (adding or fixing a finding is a one-line
 * change):
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "findings": [
 *     {"id": "16b6e673c408f845", "kind": "contradiction", "rule": "range-mismatch", "subject": "Soviet war with Japan: date"},
 *     {"id": "30eb6db26628eb56", "kind": "contradiction", "rule": "work-mismatch", "subject": "Sibley, Loans and Legitimacy"}
 *   ]
 * }
 * }</pre>
 */
public final class BaselineFile {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private BaselineFile() {
    }

    public static void write(Baseline baseline, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"findings\": [");
        List<BaselineEntry> entries = baseline.entries();
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry e = entries.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(string(e.id())).append(", \"kind\": ")
                    .append(string(e.kind())).append(", \"rule\": ").append(string(e.rule())).append(", \"subject\": ")
                    .append(string(e.subject())).append('}');
        }
        b.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        out.write(b.toString());
    }

    private static String string(String s) throws IOException {
        return COMPACT.writeValueAsString(s);
    }

    public static void write(Baseline baseline, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(baseline, w);
            }
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot write the baseline: " + e.getMessage(), e);
        }
    }

    /** Reads a baseline; a missing or malformed file is a {@link ClaimsException} naming it. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = JsonReportWriter.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ClaimsException(file, "baseline file not found");
        } catch (IOException e) {
            throw new ClaimsException(file, "not a readable baseline file (" + firstLine(e.getMessage()) + ")", e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new ClaimsException(file, "not a baseline file: expected an object with a \"findings\" array");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode n : findings) {
            JsonNode id = n.get("id");
            if (id == null || !id.isTextual()) {
                throw new ClaimsException(file, "baseline entry without a text \"id\": " + n);
            }
            entries.add(new BaselineEntry(id.asText(), n.path("kind").asText(""), n.path("rule").asText(""),
                    n.path("subject").asText("")));
        }
        return new Baseline(entries);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
