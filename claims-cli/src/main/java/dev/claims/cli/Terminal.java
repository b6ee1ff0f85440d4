package dev.claims.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the terminal allows: colour only on an interactive terminal without {@code NO_COLOR} (https://no-color.org)
 * and not {@code TERM=dumb}; a progress bar only on an interactive terminal, outside CI, and not with --quiet.
 */
final class Terminal {
    private Terminal() {
    }

    /** True when standard output is a terminal (where colour makes sense). */
    static boolean stdoutInteractive() {
        return isTerminal(1);
    }

    /** True when standard error is a terminal (where a progress display makes sense). */
    static boolean stderrInteractive() {
        return isTerminal(2);
    }

    /**
     * Whether a standard stream is a terminal: on Linux from what {@code /proc/self/fd/N} points to (a tty or pts
     * device); elsewhere from {@link #interactive()}.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console check
        }
        return interactive();
    }

    /** True when stdin/stdout are an interactive terminal (Java 22+: {@code Console.isTerminal()}). */
    static boolean interactive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static boolean colour(boolean interactive, Map<String, String> env) {
        return interactive && !set(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
    }

    static boolean progress(boolean interactive, Map<String, String> env, boolean quiet) {
        String ci = env.get("CI");
        boolean inCi = set(ci) && !ci.equalsIgnoreCase("false") && !ci.equals("0");
        return interactive && !quiet && !inCi;
    }

    private static boolean set(String v) {
        return v != null && !v.isEmpty();
    }
}
