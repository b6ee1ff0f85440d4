package dev.claims.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold file of hand-judged cross-document rows (the format of the development corpora) and the traps beside it.
 *
 * <pre>{@code
 * gold.json:  [{"id": "A01", "subject": "landing date", "kind": "date",
 *               "mentions": [{"file": "01-a.txt", "quote": "landed on July 20, 1969"},
 *                            {"file": "02-b.txt", "quote": "touched down on 20 July 1969"}],
 *               "verdict": "AGREE", "note": "..."}]
 * traps.json: [{"id": "X01", "mentions": [{"file": ..., "quote": ...}, ...], "why": "different events"}]
 * }</pre>
 *
 * <p>{@code kind} is the kind of value ({@code date}, {@code time}, {@code count}, {@code figure}, {@code title},
 * {@code name}, {@code place}, or absent); each quote is an exact substring of its file. Traps are pairs of quotes
 * about different subjects that must not be reported as contradicting; {@code traps.json} is optional.
 *
 * @param file  the gold file read
 * @param rows  the judged rows in file order
 * @param traps the traps in file order (empty when there is no {@code traps.json})
 */
public record RowGold(Path file, List<Row> rows, List<Row> traps) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The verdict of a row. */
    public enum Verdict { AGREE, CONTRADICT }

    /**
     * One row, or one trap (a trap has no verdict, usually no kind and no subject).
     *
     * @param id       the row's id ("A01"; a trap without one is called "trap N")
     * @param subject  what the row is about, or null
     * @param kind     the kind of value, or null
     * @param mentions the quotes, at least one
     * @param verdict  AGREE or CONTRADICT; null for a trap
     * @param note     free text (a trap's "why"), or null
     */
    public record Row(String id, String subject, String kind, List<Mention> mentions, Verdict verdict, String note) {
        public Row {
            mentions = List.copyOf(mentions);
        }

        /** How many different files the row quotes: a cross-document row quotes at least two. */
        public long files() {
            return mentions.stream().map(Mention::file).distinct().count();
        }
    }

    /**
     * One quote of a row.
     *
     * @param file  the file name, as in the corpus directory
     * @param quote an exact substring of that file
     */
    public record Mention(String file, String quote) {
    }

    public RowGold {
        rows = List.copyOf(rows);
        traps = List.copyOf(traps);
    }

    /** Reads {@code goldFile} and, when it exists, {@code traps.json} in the same directory. */
    public static RowGold read(Path goldFile) {
        Path parent = goldFile.toAbsolutePath().getParent();
        Path trapsFile = parent == null ? null : parent.resolve("traps.json");
        String traps = trapsFile != null && Files.isRegularFile(trapsFile) ? readText(trapsFile) : null;
        return parse(goldFile, readText(goldFile), traps == null ? null : trapsFile, traps);
    }

    /**
     * Parses and validates gold and traps JSON; the paths only name the origins in errors.
     *
     * @param trapsJson the traps, or null for none
     */
    public static RowGold parse(Path goldSource, String goldJson, Path trapsSource, String trapsJson) {
        List<Row> rows = rows(goldSource, goldJson, false);
        List<Row> traps = trapsJson == null ? List.of() : rows(trapsSource, trapsJson, true);
        return new RowGold(goldSource, rows, traps);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read gold file: " + e.getMessage());
        }
    }

    private static List<Row> rows(Path source, String json, boolean traps) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ClaimsException(source, (traps ? "traps" : "gold") + " file is not valid JSON: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (root == null || !root.isArray()) {
            throw new ClaimsException(source, (traps ? "traps" : "gold") + " file must be a JSON array of rows");
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root) {
            index++;
            String where = (traps ? "trap " : "row ") + index;
            if (!n.isObject()) {
                throw new ClaimsException(source, where + " is not an object");
            }
            String id = text(n, "id");
            if (id == null || id.isBlank()) {
                if (!traps) {
                    throw new ClaimsException(source, where + " has no \"id\"");
                }
                id = where;
            } else {
                where = (traps ? "trap '" : "row '") + id + "'";
            }
            JsonNode ms = n.get("mentions");
            if (ms == null || !ms.isArray() || ms.isEmpty()) {
                throw new ClaimsException(source, where + " has no \"mentions\"");
            }
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : ms) {
                String file = m.isObject() ? text(m, "file") : null;
                String quote = m.isObject() ? text(m, "quote") : null;
                if (file == null || file.isBlank() || quote == null) {
                    throw new ClaimsException(source, where + " has a mention without \"file\" or \"quote\"");
                }
                mentions.add(new Mention(file, quote));
            }
            Verdict verdict = null;
            if (!traps) {
                String v = text(n, "verdict");
                if (!"AGREE".equals(v) && !"CONTRADICT".equals(v)) {
                    throw new ClaimsException(source, where + " has verdict '" + v + "' (expected AGREE or CONTRADICT)");
                }
                verdict = Verdict.valueOf(v);
            }
            rows.add(new Row(id, text(n, "subject"), text(n, "kind"), mentions, verdict,
                    text(n, traps ? "why" : "note")));
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
