package dev.claims.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general-English word lists of {@code dev/claims/knowledge/*.txt} (hedges, auxiliaries, function words, clause
 * openers, …) and the calendar words of {@code months.tsv} and {@code weekdays.txt}: one entry a line, '#' comments
 * and blank lines skipped, each file read once per run. Hold the returned set in a constant: a lookup is one hash
 * probe, never a file read.
 *
 * <pre>{@code
 * private static final Set<String> HEDGES = WordList.of("hedges.txt");
 * HEDGES.contains("reportedly");                 // true
 * WordList.monthNumber("june");                  // 6
 * Pattern.compile("(" + WordList.alternation("nationalities.txt") + ")\\s");
 * }</pre>
 */
public final class WordList {
    private static final String ROOT = "/dev/claims/knowledge/";
    private static final Map<String, Set<String>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile Calendar calendar;

    private WordList() {
    }

    /** The entries of {@code dev/claims/knowledge/<file>} as written (case kept), in file order; unmodifiable. */
    public static Set<String> of(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            Set<String> out = new LinkedHashSet<>();
            for (String[] r : TsvResource.rows(ROOT + f, 1)) {
                out.add(r[0]);
            }
            return Collections.unmodifiableSet(out);
        });
    }

    /** The entries of a list in lower case. */
    public static Set<String> lowerCase(String file) {
        Set<String> out = new LinkedHashSet<>();
        of(file).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableSet(out);
    }

    /** Several lists as one set, case kept. */
    public static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> out = new LinkedHashSet<>(first);
        out.addAll(second);
        return Collections.unmodifiableSet(out);
    }

    /**
     * A regex alternation of a list's entries in file order ("Soviet|American|U\.S\.|United\sStates"): each entry
     * quoted, a space matching any one whitespace character. For building a pattern once, in a constant.
     */
    public static String alternation(String file) {
        return alternation(new ArrayList<>(of(file)));
    }

    /** The alternation of the month names, January to December. */
    public static String monthAlternation() {
        return alternation(calendar().months);
    }

    /**
     * The alternation of the month names and then their abbreviations, each abbreviation followed by
     * {@code abbreviationEnd} ("\\." where the abbreviation must end in a full stop, "" where the pattern says so after):
     * "January|…|December|Jan\.|…|Sept\.|Sep\.|…|Dec\.".
     */
    public static String monthAlternation(String abbreviationEnd) {
        StringBuilder out = new StringBuilder(monthAlternation());
        for (String a : calendar().abbreviations) {
            out.append('|').append(alternation(List.of(a))).append(abbreviationEnd);
        }
        return out.toString();
    }

    private static String alternation(List<String> entries) {
        StringBuilder out = new StringBuilder();
        for (String e : entries) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(e.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1").replace(" ", "\\s"));
        }
        return out.toString();
    }

    /** The month names, January to December, as written in {@code months.tsv}. */
    public static List<String> months() {
        return calendar().months;
    }

    /** The month's number (1–12) of a month name in any case ("june", "June"), or 0 when it is none. */
    public static int monthNumber(String name) {
        return calendar().numbers.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** The abbreviations of month names ("Jan", "Sept"), as written. */
    public static Set<String> monthAbbreviations() {
        return calendar().abbreviations;
    }

    /** The names of the days of the week ({@code weekdays.txt}), as written. */
    public static Set<String> weekdays() {
        return of("weekdays.txt");
    }

    private static Calendar calendar() {
        Calendar c = calendar;
        if (c == null) {
            List<String> months = new ArrayList<>();
            Map<String, Integer> numbers = new LinkedHashMap<>();
            Set<String> abbreviations = new LinkedHashSet<>();
            for (String[] r : TsvResource.rows(ROOT + "months.tsv", 2)) {
                months.add(r[0]);
                numbers.put(r[0].toLowerCase(Locale.ROOT), Integer.valueOf(r[1]));
                if (r.length > 2) {
                    abbreviations.addAll(List.of(r[2].split(" ")));
                }
            }
            c = new Calendar(List.copyOf(months), Map.copyOf(numbers), Collections.unmodifiableSet(abbreviations));
            calendar = c;
        }
        return c;
    }

    private record Calendar(List<String> months, Map<String, Integer> numbers, Set<String> abbreviations) {
    }
}
