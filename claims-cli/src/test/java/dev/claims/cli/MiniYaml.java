package dev.claims.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the block-style YAML our action, workflow and pre-commit files use (maps, sequences, plain and
 * quoted scalars, {@code |} and {@code >} block scalars, {@code [a, b]} flow lists). Anything else, a tab or a
 * mis-indented line, is an {@link IllegalArgumentException} naming the line, so a broken file fails the test.
 */
final class MiniYaml {
    private record Line(int number, int indent, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> raw;
    private int at;

    private MiniYaml(String text) {
        raw = List.of(text.split("\n", -1));
        for (int i = 0; i < raw.size(); i++) {
            String l = raw.get(i);
            if (l.contains("\t")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": tab");
            }
            String t = stripComment(l).stripTrailing();
            if (!t.isBlank()) {
                lines.add(new Line(i + 1, t.length() - t.stripLeading().length(), t.strip()));
            }
        }
    }

    /** The document as nested maps, lists and strings. */
    static Object parse(String text) {
        MiniYaml y = new MiniYaml(text);
        if (y.lines.isEmpty()) {
            return null;
        }
        Object v = y.block(y.lines.get(0).indent());
        if (y.at < y.lines.size()) {
            throw new IllegalArgumentException("line " + y.lines.get(y.at).number() + ": unexpected indentation");
        }
        return v;
    }

    private static String stripComment(String l) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || l.charAt(i - 1) == ' ')) {
                return l.substring(0, i);
            }
        }
        return l;
    }

    private Object block(int indent) {
        Line first = lines.get(at);
        if (first.text().startsWith("- ") || first.text().equals("-")) {
            return sequence(indent);
        }
        return map(indent);
    }

    private List<Object> sequence(int indent) {
        List<Object> out = new ArrayList<>();
        while (at < lines.size() && lines.get(at).indent() == indent && lines.get(at).text().startsWith("-")) {
            Line l = lines.get(at);
            String rest = l.text().substring(1).strip();
            if (rest.isEmpty()) {
                at++;
                out.add(block(lines.get(at).indent()));
            } else if (isKey(rest)) {
                // "- key: value" starts a map whose entries are indented to the key
                lines.set(at, new Line(l.number(), indent + 2, rest));
                out.add(map(indent + 2));
            } else {
                at++;
                out.add(scalar(rest, l));
            }
        }
        return out;
    }

    private static boolean isKey(String s) {
        return !s.startsWith("'") && !s.startsWith("\"") && s.matches("[^:\\[{]+:( .*)?");
    }

    private Map<String, Object> map(int indent) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (at < lines.size() && lines.get(at).indent() == indent) {
            Line l = lines.get(at);
            if (!isKey(l.text())) {
                throw new IllegalArgumentException("line " + l.number() + ": expected key: value, got " + l.text());
            }
            int colon = l.text().indexOf(": ") >= 0 ? l.text().indexOf(": ") : l.text().length() - 1;
            String key = l.text().substring(0, colon).strip();
            String value = l.text().substring(colon + 1).strip();
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("line " + l.number() + ": duplicate key " + key);
            }
            at++;
            if (value.isEmpty()) {
                if (at < lines.size() && lines.get(at).indent() > indent) {
                    out.put(key, block(lines.get(at).indent()));
                } else {
                    out.put(key, null);
                }
            } else if (value.matches("[|>][-+]?")) {
                out.put(key, blockScalar(value.charAt(0) == '|', indent, l));
            } else {
                out.put(key, scalar(value, l));
            }
        }
        if (at < lines.size() && lines.get(at).indent() > indent) {
            throw new IllegalArgumentException("line " + lines.get(at).number() + ": unexpected indentation");
        }
        return out;
    }

    private String blockScalar(boolean literal, int indent, Line header) {
        List<String> body = new ArrayList<>();
        int from = header.number();   // raw index of the line after the header
        int bodyIndent = -1;
        int i = from;
        for (; i < raw.size(); i++) {
            String r = raw.get(i);
            if (r.isBlank()) {
                body.add("");
                continue;
            }
            int ind = r.length() - r.stripLeading().length();
            if (ind <= indent) {
                break;
            }
            if (bodyIndent < 0) {
                bodyIndent = ind;
            }
            body.add(r.substring(Math.min(bodyIndent, ind)));
        }
        while (at < lines.size() && lines.get(at).number() <= i) {
            at++;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        return literal ? String.join("\n", body) + "\n" : String.join(" ", body).replaceAll(" +", " ").strip() + "\n";
    }

    private static Object scalar(String v, Line l) {
        if (v.startsWith("'")) {
            if (!v.endsWith("'") || v.length() < 2) {
                throw new IllegalArgumentException("line " + l.number() + ": unclosed quote");
            }
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (v.startsWith("\"")) {
            if (!v.endsWith("\"") || v.length() < 2) {
                throw new IllegalArgumentException("line " + l.number() + ": unclosed quote");
            }
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (v.startsWith("[")) {
            if (!v.endsWith("]")) {
                throw new IllegalArgumentException("line " + l.number() + ": unclosed flow list");
            }
            List<Object> out = new ArrayList<>();
            for (String s : v.substring(1, v.length() - 1).split(",")) {
                if (!s.isBlank()) {
                    out.add(scalar(s.strip(), l));
                }
            }
            return out;
        }
        if (v.startsWith("{") || v.startsWith("&") || v.startsWith("*") || v.startsWith("!")) {
            throw new IllegalArgumentException("line " + l.number() + ": unsupported YAML: " + v);
        }
        return v;
    }
}
