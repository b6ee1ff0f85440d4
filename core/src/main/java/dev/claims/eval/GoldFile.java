package dev.claims.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import dev.claims.model.FindingKind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A gold file: the findings a careful reader expects from a corpus.
 *
 * <pre>{@code
 * {"description": "seeds, read by hand",
 *  "rows": [{"id": "recognition-date", "kind": "agreement", "rule": "date-agreement", "subject": "recognition",
 *            "evidence": [{"document": "000_15c50b5358dc4dcb.txt", "quote": "Nov. 16, 1933"},
 *                         {"document": "001_aeb9fb289df59b40.txt", "quote": "On November 16, 1933"}]}]}
 * }</pre>
 *
 * <p>{@link #read(Path)} validates as it reads: unique non-empty ids, a known kind, at least one evidence item,
 * non-empty documents and quotes. Errors name the file and the row.
 *
 * @param description free text
 * @param rows        the expected findings in file order
 */
public record GoldFile(String description, List<GoldRow> rows) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public GoldFile {
        rows = List.copyOf(rows);
    }

    /** Reads and validates a gold file. */
    public static GoldFile read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, r);
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read gold file: " + e.getMessage());
        }
    }

    /** Parses and validates gold JSON; {@code source} only names the origin in errors. */
    public static GoldFile parse(Path source, String json) {
        try {
            return parse(source, new StringReader(json));
        } catch (IOException e) {
            throw new ClaimsException(source, "cannot read gold file: " + e.getMessage());
        }
    }

    private static GoldFile parse(Path source, Reader reader) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(reader);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ClaimsException(source, "gold file is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ClaimsException(source, "gold file must be a JSON object with \"rows\"");
        }
        JsonNode rowsNode = root.get("rows");
        if (rowsNode == null || !rowsNode.isArray()) {
            throw new ClaimsException(source, "gold file has no \"rows\" array");
        }
        List<GoldRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode n : rowsNode) {
            index++;
            String where = "row " + index;
            if (!n.isObject()) {
                throw new ClaimsException(source, where + " is not an object");
            }
            String id = text(n, "id");
            if (id == null || id.isBlank()) {
                throw new ClaimsException(source, where + " has no \"id\"");
            }
            where = "row '" + id + "'";
            if (!ids.add(id)) {
                throw new ClaimsException(source, "duplicate row id '" + id + "'");
            }
            String kindText = text(n, "kind");
            FindingKind kind = kind(kindText);
            if (kind == null) {
                throw new ClaimsException(source, where + " has kind '" + kindText
                        + "' (expected agreement, contradiction, variant or citation)");
            }
            String rule = text(n, "rule");
            if (rule != null && rule.isBlank()) {
                rule = null;
            }
            JsonNode evNode = n.get("evidence");
            if (evNode == null || !evNode.isArray() || evNode.isEmpty()) {
                throw new ClaimsException(source, where + " has no evidence");
            }
            List<GoldEvidence> evidence = new ArrayList<>();
            for (JsonNode e : evNode) {
                String doc = text(e, "document");
                String quote = text(e, "quote");
                if (doc == null || doc.isBlank() || quote == null || quote.isEmpty()) {
                    throw new ClaimsException(source, where + " has an evidence item without document or quote");
                }
                evidence.add(new GoldEvidence(doc, quote));
            }
            rows.add(new GoldRow(id, kind, rule, text(n, "subject"), text(n, "note"), evidence));
        }
        return new GoldFile(text(root, "description"), rows);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static FindingKind kind(String text) {
        if (text == null) {
            return null;
        }
        for (FindingKind k : FindingKind.values()) {
            if (k.id().equals(text.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
