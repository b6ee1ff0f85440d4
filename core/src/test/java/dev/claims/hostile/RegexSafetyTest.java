package dev.claims.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reviews every compiled regular expression held in a static field of the library for the shape that backtracks
 * catastrophically: a group repeated without bound ({@code *}, {@code +}, {@code {n,}}) whose body itself repeats
 * without bound, as in {@code (a+)+} or {@code (?:\s*\w+)*}. Such a pattern must be rewritten with bounded
 * quantifiers ({@code {0,80}}) or disjoint pieces.
 */
class RegexSafetyTest {
    @Test
    void noStaticPatternNestsUnboundedQuantifiers() throws Exception {
        Path classes = Path.of("target/classes");
        assertTrue(Files.isDirectory(classes.resolve("dev/claims")), "run from the core module");
        List<String> risky = new ArrayList<>();
        int patterns = 0;
        for (String name : classNames(classes)) {
            Class<?> c;
            try {
                c = Class.forName(name, false, getClass().getClassLoader());
            } catch (LinkageError | ClassNotFoundException e) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) {
                    continue;
                }
                f.setAccessible(true);
                Pattern p = (Pattern) f.get(null);
                if (p == null) {
                    continue;
                }
                patterns++;
                if (nestsUnbounded(p.pattern())) {
                    risky.add(c.getSimpleName() + "." + f.getName() + ": " + p.pattern());
                }
            }
        }
        assertTrue(patterns > 10, "expected to find the library's patterns, found " + patterns);
        assertEquals(List.of(), risky);
    }

    /** Patterns built from the lexicons and rule files (events, offices, boilerplate, attribution ...). */
    @Test
    void noPatternReachableFromThePipelineNestsUnboundedQuantifiers() throws Exception {
        List<Object> roots = new ArrayList<>(List.of(new dev.claims.extract.DefaultExtractor(dev.claims.TestPacks.lexicons()),
                new dev.claims.structure.FormatStructurer(), new dev.claims.resolve.SubjectResolver(),
                new dev.claims.citation.NoteCitationExtractor()));
        roots.addAll(dev.claims.compare.Comparer.registeredRules());
        java.util.Set<Pattern> found = new java.util.LinkedHashSet<>();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<Object> todo = new java.util.LinkedList<>(roots); // accepts the nulls some fields hold
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || !seen.add(o)) {
                continue;
            }
            if (o instanceof Pattern p) {
                found.add(p);
            } else if (o instanceof java.util.Collection<?> c) {
                c.forEach(todo::push);
            } else if (o instanceof java.util.Map<?, ?> m) {
                m.forEach((k, v) -> {
                    todo.push(k);
                    todo.push(v);
                });
            } else if (o instanceof Object[] a) {
                for (Object x : a) {
                    todo.push(x);
                }
            } else if (o instanceof java.util.Optional<?> opt) {
                opt.ifPresent(todo::push);
            } else if (o.getClass().getName().startsWith("dev.claims.")) {
                for (Class<?> k = o.getClass(); k != null && k.getName().startsWith("dev.claims."); k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!f.getType().isPrimitive()) {
                            f.setAccessible(true);
                            todo.push(f.get(Modifier.isStatic(f.getModifiers()) ? null : o));
                        }
                    }
                }
            }
        }
        assertTrue(found.size() > 20, "expected the lexicon patterns, found " + found.size());
        List<String> risky = found.stream().map(Pattern::pattern).filter(RegexSafetyTest::nestsUnbounded).toList();
        assertEquals(List.of(), risky);
    }

    @Test
    void theReviewFindsTheClassicShapes() {
        assertTrue(nestsUnbounded("(a+)+"));
        assertTrue(nestsUnbounded("(?:\\s*\\w+)*$"));
        assertTrue(nestsUnbounded("x(?:[^\\n]+\\n){2,}"));
        assertTrue(nestsUnbounded("((ab)*c)+"));
        assertTrue(!nestsUnbounded("(?:\\s{0,3}\\w{1,20}){0,5}"));
        assertTrue(!nestsUnbounded("[(+*]+(a|b)+"));
        assertTrue(!nestsUnbounded("\\(+(?:x)*"));
        assertTrue(!nestsUnbounded("(a+){1,4}"));
        assertTrue(!nestsUnbounded("(?i)^\\s*(?:bibliography|further reading)\\s*$"));
        assertTrue(nestsUnbounded("(?<word>\\w+\\s?)+x"));
        assertTrue(!nestsUnbounded("[^\\]]+(?:ab)+"));
    }

    /** True when a group repeated without bound contains a quantifier without bound. */
    static boolean nestsUnbounded(String regex) {
        Deque<boolean[]> open = new ArrayDeque<>(); // per open group: does its body repeat without bound?
        open.push(new boolean[1]);
        int n = regex.length();
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            boolean groupAtom = false;
            boolean groupUnbounded = false;
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                open.push(new boolean[1]);
                i = groupBodyStart(regex, i);
                continue;
            } else if (c == ')') {
                boolean[] g = open.size() > 1 ? open.pop() : new boolean[1];
                groupAtom = true;
                groupUnbounded = g[0];
                i++;
            } else if (c == '|' || c == '^' || c == '$') {
                i++;
                continue;
            } else {
                i++;
            }
            boolean unbounded = false;
            if (i < n) {
                char q = regex.charAt(i);
                if (q == '*' || q == '+') {
                    unbounded = true;
                    i++;
                } else if (q == '?') {
                    i++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close > 0) {
                        unbounded = regex.substring(i, close).endsWith(",");
                        i = close + 1;
                    }
                }
                if (i < n && (regex.charAt(i) == '?' || regex.charAt(i) == '+') && i > 0
                        && "*+?}".indexOf(regex.charAt(i - 1)) >= 0) {
                    i++; // lazy or possessive suffix
                }
            }
            if (unbounded && groupAtom && groupUnbounded) {
                return true;
            }
            if (unbounded || groupUnbounded) {
                open.peek()[0] = true;
            }
        }
        return false;
    }

    private static int escapeEnd(String regex, int i) {
        if (i + 1 < regex.length() && "pPN".indexOf(regex.charAt(i + 1)) >= 0 && i + 2 < regex.length()
                && regex.charAt(i + 2) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() : end + 2;
        }
        return Math.min(regex.length(), i + 2);
    }

    /** Index after the character class starting at {@code i}, nested classes and escapes included. */
    private static int classEnd(String regex, int i) {
        int depth = 0;
        int j = i;
        while (j < regex.length()) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                if (j + 1 < regex.length() && regex.charAt(j + 1) == '^') {
                    j++;
                }
                if (j + 1 < regex.length() && regex.charAt(j + 1) == ']') {
                    j++; // a literal ']' first in the class
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
            j++;
        }
        return regex.length();
    }

    /** Index of the first body character of the group opened at {@code i} ("(?:", "(?<name>", "(?i)" ...). */
    private static int groupBodyStart(String regex, int i) {
        int j = i + 1;
        if (j >= regex.length() || regex.charAt(j) != '?') {
            return j;
        }
        j++;
        if (j < regex.length() && regex.charAt(j) == '<' && j + 1 < regex.length()
                && regex.charAt(j + 1) != '=' && regex.charAt(j + 1) != '!') {
            int close = regex.indexOf('>', j);
            return close < 0 ? regex.length() : close + 1;
        }
        while (j < regex.length() && "=!<:>-idmsuxU".indexOf(regex.charAt(j)) >= 0) {
            char c = regex.charAt(j++);
            if (c == ':' || c == '=' || c == '!' || c == '>') {
                return j;
            }
        }
        return j; // "(?i)": the ')' closes an empty group
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .sorted().toList();
        }
    }
}
