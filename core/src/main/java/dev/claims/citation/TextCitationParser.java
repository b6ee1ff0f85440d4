package dev.claims.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds author–date citations in a sentence of running text: parenthetical ("(Smith 1999, 45)", "(Smith, 1999,
 * p. 45)", "(see Smith and Jones 2001; Lee 2003)", "(Smith et al. 1999a, 1999b)") and narrative ("Smith (1999)",
 * "Smith's (1999, 45)", "Garg, Schiebinger, Jurafsky, and Zou (2018)", "Smith et al. (1999)"). A capitalised word
 * that is a date or a thing before a year ("May 2006", "Figure 3", "Windows 2000") is not an author
 * ({@code author-date.tsv}).
 *
 * <pre>{@code
 * TextCitationParser.find("As Smith and Jones (2001, 12) show (see also Lee 2003).")
 *     // [Smith, Jones] 2001 locator "12" narrative; [Lee] 2003 parenthetical
 * }</pre>
 */
public final class TextCitationParser {
    private static final String PARTICLE = "(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Tt]en|[Tt]er)\\s)";
    /** A surname: capitalised, letters, apostrophes and hyphens ("O'Neil", "Saint-Exupéry", "ORLANDI", "van Ree"). */
    private static final String NAME = PARTICLE + "{0,2}\\p{Lu}[\\p{L}'’]{1,40}(?:-\\p{L}[\\p{L}'’]{0,40}){0,3}";
    private static final String SEPARATOR = "(?:,\\s(?:and|&)\\s|\\s(?:and|&)\\s|,\\s)";
    private static final String NAMES = NAME + "(?:" + SEPARATOR + NAME + "){0,9}(?:,?\\set\\sal\\.?)?";
    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?";
    private static final String YEARS = YEAR + "(?:,\\s?" + YEAR + "|,\\s?[a-z](?=[,;)]|$))*";
    private static final String LOCATOR = "(?:\\s?[,:]\\s?((?:pp?\\.\\s?|p\\.\\s?)?\\d{1,5}(?:\\s?[-–]\\s?\\d{1,5})?"
            + "(?:,\\s?\\d{1,5}(?:\\s?[-–]\\s?\\d{1,5})?){0,6}|(?:chap|ch|sec|§)\\.?\\s?\\d{1,3}))?";
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{4,600})\\)");
    private static final Pattern PART = Pattern.compile("^(" + NAMES + "),?\\s(" + YEARS + ")" + LOCATOR + "\\.?$");
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}'’\\-])(" + NAMES + ")(?:['’]s?)?\\s\\(("
            + YEARS + ")" + LOCATOR + "\\)");
    private static final Pattern ONE_YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)([a-z]?)|(?<=,\\s?)([a-z])\\b");
    private static final Pattern SPLIT = Pattern.compile(",\\s(?:and|&)\\s|\\s(?:and|&)\\s|,\\s");
    private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern ET_AL = Pattern.compile(",?\\set\\sal\\.?$");

    private static final Set<String> NOT_AUTHORS = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final Set<String> READING_LISTS = new HashSet<>();

    static {
        for (String line : lines("author-date.tsv")) {
            String[] p = line.split("\t", 2);
            switch (p[0].strip()) {
                case "not-author" -> NOT_AUTHORS.add(p[1].strip());
                case "prefix" -> PREFIXES.add(p[1].strip());
                case "reading-list" -> READING_LISTS.add(p[1].strip());
                default -> throw new IllegalStateException("author-date.tsv: unknown kind " + p[0]);
            }
        }
        // longest first: "see also" before "see"
        PREFIXES.sort((a, b) -> b.length() - a.length());
    }

    private TextCitationParser() {
    }

    /** The author–date citations in one sentence, in order. */
    public static List<TextCitation> find(String sentence) {
        List<TextCitation> out = new ArrayList<>();
        if (sentence.indexOf('(') < 0 || !hasYear(sentence)) {
            return out;
        }
        Matcher n = NARRATIVE.matcher(sentence);
        List<int[]> narrativeParens = new ArrayList<>();
        while (n.find()) {
            String names = n.group(1);
            int open = sentence.indexOf('(', n.start(2) - 2);
            narrativeParens.add(new int[] {open, n.end()});
            addYears(out, names, n.group(2), n.group(3), sentence.substring(n.start(), n.end()), n.start(), n.end(), true);
        }
        Matcher p = PAREN.matcher(sentence);
        while (p.find()) {
            int open = p.start();
            if (narrativeParens.stream().anyMatch(r -> r[0] == open)) {
                continue;
            }
            int at = p.start(1);
            for (String part : p.group(1).split(";", -1)) {
                int partStart = at + (part.length() - part.stripLeading().length());
                String t = stripPrefix(part.strip());
                int start = partStart + (part.strip().length() - t.length());
                Matcher m = PART.matcher(t);
                if (m.matches()) {
                    addYears(out, m.group(1), m.group(2), m.group(3), t, start, start + t.length(), false);
                }
                at += part.length() + 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(TextCitation::from));
        return out;
    }

    /** Whether a bibliography heading names a reading list (its entries need not be cited). */
    public static boolean readingList(String heading) {
        String h = heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
        return READING_LISTS.contains(h);
    }

    private static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static String stripPrefix(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix + " ")) {
                return part.substring(prefix.length() + 1).strip();
            }
        }
        return part;
    }

    private static void addYears(List<TextCitation> out, String names, String years, String locator, String text,
                                 int from, int to, boolean narrative) {
        boolean etAl = ET_AL.matcher(names).find();
        String bare = ET_AL.matcher(names).replaceFirst("").strip();
        List<String> families = new ArrayList<>();
        for (String f : SPLIT.split(bare)) {
            String family = POSSESSIVE.matcher(f.strip()).replaceFirst("");
            if (family.isEmpty()) {
                continue;
            }
            String lastWord = family.substring(family.lastIndexOf(' ') + 1);
            if (NOT_AUTHORS.contains(CitationText.fold(lastWord)) || NOT_AUTHORS.contains(CitationText.fold(family))) {
                if (!families.isEmpty()) {
                    return;
                }
                // a sentence's opening word before the names ("Later, van Ree and De Souza (2010)")
                text = text.substring(text.indexOf(f) + f.length()).replaceFirst("^(?:,\\s|\\s(?:and|&)\\s)", "");
                from = to - text.length();
                continue;
            }
            families.add(family);
        }
        if (families.isEmpty()) {
            return;
        }
        if (narrative && families.size() > 1 && !etAl && !AND.matcher(bare).find()) {
            // "In Paris, Smith (1999)": names listed without "and" are a clause and a name
            String last = families.get(families.size() - 1);
            families = new ArrayList<>(List.of(last));
            text = text.substring(text.lastIndexOf(last));
            from = to - text.length();
        }
        String loc = locator == null ? "" : locator.strip();
        Matcher y = ONE_YEAR.matcher(years);
        String last = "";
        while (y.find()) {
            String year;
            if (y.group(1) != null) {
                year = y.group(1) + y.group(2);
                last = y.group(1);
            } else {
                year = last + y.group(3);
            }
            out.add(new TextCitation(families, etAl, year, loc, text, from, to, narrative));
        }
    }

    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = TextCitationParser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file dev/claims/citation/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
