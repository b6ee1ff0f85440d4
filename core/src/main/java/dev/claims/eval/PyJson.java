package dev.claims.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One line of JSON written as Python's {@code json.dumps} writes it (", " and ": " separators, keys in insertion
 * order, {@code null}, integers, floats as {@code repr}), so a figure of {@code claims eval} can be compared byte
 * for byte with the reference scorers' last line.
 *
 * <pre>{@code
 * PyJson.line(Map.of("recall", PyJson.round3(2.0 / 3)));   // {"recall": 0.667}
 * }</pre>
 */
final class PyJson {
    private PyJson() {
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded half to even; NaN stays NaN (written null). */
    static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Values may be null, Integer, Long, Double (NaN is null), String, or a Map of these. */
    static String line(Map<String, ?> map) {
        StringBuilder b = new StringBuilder();
        write(b, map);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null || v instanceof Double d && Double.isNaN(d)) {
            b.append("null");
        } else if (v instanceof Double d) {
            b.append(repr(d));
        } else if (v instanceof Number n) {
            b.append(n.longValue());
        } else if (v instanceof Boolean t) {
            b.append(t ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue());
            }
            b.append('}');
        } else {
            string(b, String.valueOf(v));
        }
    }

    /** Python's repr of a float for the values written here (rounded to three places, below 10^16). */
    private static String repr(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
