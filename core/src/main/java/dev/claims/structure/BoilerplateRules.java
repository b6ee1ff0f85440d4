package dev.claims.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Boilerplate lines and fragments from {@code boilerplate.txt}, each with the reason recorded as noise. */
final class BoilerplateRules {
    enum Scope { LINE, FIRST, INLINE }

    record Rule(Scope scope, String reason, Pattern pattern) {
    }

    /** A boilerplate match inside a line: {@code [start, end)} relative to the text searched. */
    record Hit(int start, int end, String reason) {
    }

    private static final List<Rule> RULES = load();
    /**
     * Every whole-line rule in one alternation (each in its own group, so inline flags stay inside): most lines match
     * none, and one test tells; only a line that matches is tried rule by rule for its reason.
     */
    private static final Pattern ANY_LINE = any(false);
    private static final Pattern ANY_LINE_OR_FIRST = any(true);

    private static Pattern any(boolean first) {
        List<String> parts = new ArrayList<>();
        for (Rule r : RULES) {
            if (r.scope() == Scope.LINE || r.scope() == Scope.FIRST && first) {
                parts.add("(?:" + r.pattern().pattern() + ")");
            }
        }
        return parts.isEmpty() ? null : Pattern.compile(String.join("|", parts));
    }

    private BoilerplateRules() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : ResourceLines.read("boilerplate.txt")) {
            String[] parts = line.split("\t", 3);
            Scope scope = Scope.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
            rules.add(new Rule(scope, parts[1].strip(), Pattern.compile(parts[2].strip())));
        }
        return List.copyOf(rules);
    }

    /** The reason when the whole (trimmed) line is boilerplate, else null. */
    static String wholeLine(CharSequence line, boolean beforeBody) {
        Pattern any = beforeBody ? ANY_LINE_OR_FIRST : ANY_LINE;
        if (any == null || !any.matcher(line).matches()) {
            return null;
        }
        for (Rule r : RULES) {
            if (r.scope() == Scope.LINE || (r.scope() == Scope.FIRST && beforeBody)) {
                if (r.pattern().matcher(line).matches()) {
                    return r.reason();
                }
            }
        }
        return null;
    }

    /** Inline boilerplate fragments within {@code text[from, to)}, in absolute offsets. */
    static List<Hit> inline(CharSequence text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (Rule r : RULES) {
            if (r.scope() != Scope.INLINE) {
                continue;
            }
            Matcher m = r.pattern().matcher(text).region(from, to);
            while (m.find()) {
                hits.add(new Hit(m.start(), m.end(), r.reason()));
            }
        }
        return hits;
    }
}
