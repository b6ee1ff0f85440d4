package dev.claims.compare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import dev.claims.model.LineMap;
import dev.claims.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's file of trusted facts with time ranges, against which claims are checked as against a trusted document
 * (see docs/reference-facts.md). JSON (an array of objects, or {@code {"facts": [...]}}) or CSV with the header
 * {@code subject,attribute,value,from,to,source}.
 *
 * <pre>{@code
 * ReferenceFacts facts = ReferenceFacts.load(Path.of("facts.json"));
 * Rule rule = new ReferenceFactRule(facts);   // add to the Comparer's rules
 * }</pre>
 *
 * @param name  the file name, used as the document id of evidence that cites the file
 * @param path  the path as given
 * @param facts the facts in file order
 */
public record ReferenceFacts(String name, Path path, List<ReferenceFact> facts) {
    public ReferenceFacts {
        facts = List.copyOf(facts);
    }

    /** Reads a JSON or CSV facts file (by extension: {@code .csv} is CSV, anything else JSON). */
    public static ReferenceFacts load(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimsException(path, "cannot read reference facts: " + e.getMessage(), e);
        }
        return parse(path, text);
    }

    /** Parses facts from text; the format follows the file name's extension. */
    public static ReferenceFacts parse(Path path, String text) {
        String name = path.getFileName().toString();
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        List<ReferenceFact> facts = csv ? parseCsv(path, text) : parseJson(path, text);
        return new ReferenceFacts(name, path, facts);
    }

    private static List<ReferenceFact> parseJson(Path path, String text) {
        ObjectMapper mapper = new ObjectMapper();
        LineMap lines = LineMap.of(text);
        List<ReferenceFact> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                // {"facts": [...]}
                while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("facts".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
                        readArray(path, text, lines, mapper, p, out);
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (t == JsonToken.START_ARRAY) {
                readArray(path, text, lines, mapper, p, out);
            } else {
                throw new ClaimsException(path, "reference facts must be a JSON array or an object with \"facts\"");
            }
        } catch (IOException e) {
            throw new ClaimsException(path, "invalid JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static void readArray(Path path, String text, LineMap lines, ObjectMapper mapper, JsonParser p,
                                  List<ReferenceFact> out) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation start = p.currentTokenLocation();
            JsonNode node = mapper.readTree(p);
            int from = (int) start.getCharOffset();
            int to = (int) p.currentLocation().getCharOffset();
            to = Math.max(from, Math.min(to, text.length()));
            Span span = new Span(from, to);
            int line = lines.line(from);
            out.add(fact(path, line, lines.column(from), span, span.of(text), field(node, "subject"),
                    field(node, "attribute"), field(node, "value"), field(node, "from"), field(node, "to"),
                    field(node, "source")));
        }
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<ReferenceFact> parseCsv(Path path, String text) {
        List<ReferenceFact> out = new ArrayList<>();
        int offset = 0;
        int lineNo = 0;
        List<String> header = null;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            int start = offset;
            offset += line.length() + 1;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            List<String> cells = csvCells(path, lineNo, l);
            if (header == null) {
                header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                for (String need : List.of("subject", "attribute", "value")) {
                    if (!header.contains(need)) {
                        throw new ClaimsException(path, "line 1: the CSV header must name the column '" + need + "'");
                    }
                }
                continue;
            }
            List<String> h = header;
            java.util.function.Function<String, String> get = k -> {
                int i = h.indexOf(k);
                return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
            };
            out.add(fact(path, lineNo, 1, new Span(start, start + l.length()), l, get.apply("subject"),
                    get.apply("attribute"), get.apply("value"), get.apply("from"), get.apply("to"),
                    get.apply("source")));
        }
        return out;
    }

    private static List<String> csvCells(Path path, int lineNo, String l) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < l.length() && l.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new ClaimsException(path, "line " + lineNo + ": unterminated quoted field");
        }
        cells.add(cur.toString());
        return cells;
    }

    private static ReferenceFact fact(Path path, int line, int column, Span span, String text, String subject,
                                      String attribute, String value, String from, String to, String source) {
        if (subject.isBlank() || attribute.isBlank()) {
            throw new ClaimsException(path, "line " + line + ": a fact needs a subject and an attribute");
        }
        return new ReferenceFact(subject.strip(), attribute.strip().toLowerCase(Locale.ROOT), value.strip(),
                date(path, line, from, true), date(path, line, to, false), source.strip(), span, line, column, text);
    }

    /** "1930-07-21", "1930-07" or "1930"; the first day for a start, the last day for an end; null when blank. */
    static LocalDate date(Path path, int line, String s, boolean first) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t + "-01");
                return first ? d : d.plusMonths(1).minusDays(1);
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ClaimsException(path, "line " + line + ": '" + s + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
