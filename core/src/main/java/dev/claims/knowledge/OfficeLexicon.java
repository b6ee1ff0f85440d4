package dev.claims.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import dev.claims.model.OfficeValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office lexicon: canonical offices with their wordings, country and years, read from
 * {@code dev/claims/lexicon/offices.json} (format in the README beside it) and extensible from a user file.
 *
 * <pre>{@code
 * OfficeLexicon offices = OfficeLexicon.defaults();
 * offices.lookup("Foreign Commissar", "USSR", 1939).canonical();  // "People's Commissar for Foreign Affairs (USSR)"
 * offices.lookup("foreign minister", "USSR", 1947).canonical();   // "Minister of Foreign Affairs (USSR)"
 * offices.lookup("ambassador to the United States", null, 1933).canonical();
 *                                                  // "Ambassador of the USSR to the United States"
 * OfficeLexicon mine = offices.withEntriesFrom(Path.of("my-offices.json"));   // user additions win ties
 * }</pre>
 */
public final class OfficeLexicon {
    /**
     * One canonical office.
     *
     * @param canonical     the name comparisons use
     * @param country       whose office it is ("" when any)
     * @param from          first year the office existed
     * @param to            last year the office existed
     * @param aliases       wordings, matched case-insensitively
     * @param officeClass   the kind of office ("foreign-minister"; "" when none): offices of one class are the same
     *                      office when compared for one person
     * @param exclusive     one person cannot hold this office and another exclusive office of another class at once
     * @param oneHolder     one person at a time holds it (a president, an ambassador to one country; not a senator)
     * @param sharedAliases aliases that also name other posts ("Soviet ambassador" is also the one in London): a claim
     *                      worded only so is not compared for who held the office
     */
    public record Entry(String canonical, String country, int from, int to, List<String> aliases, String officeClass,
                        boolean exclusive, boolean oneHolder, List<String> sharedAliases) {
        public Entry {
            aliases = List.copyOf(aliases);
            officeClass = officeClass == null ? "" : officeClass;
            sharedAliases = List.copyOf(sharedAliases);
        }

        /** An office without a class, not exclusive, held by many. */
        public Entry(String canonical, String country, int from, int to, List<String> aliases) {
            this(canonical, country, from, to, aliases, "", false, false, List.of());
        }

        /** This entry with other aliases. */
        Entry withAliases(List<String> other) {
            return new Entry(canonical, country, from, to, other, officeClass, exclusive, oneHolder, sharedAliases);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "(?i)(?:(?:the|a|an|its|his|her|their|then|later|former|new|first|now|also|and|as)\\s){1,8}");
    private static volatile OfficeLexicon defaults;

    private final List<Entry> entries;
    private final Map<String, List<String>> countries;
    private final Map<String, List<String>> qualifiers;
    private final Map<String, List<Entry>> byAlias = new LinkedHashMap<>();
    private final Pattern wordings;
    /** {@link #titleWords()}, computed on first use (once per lexicon, not per document). */
    private volatile java.util.Set<String> titleWords;
    /** Per ASCII letter (both cases): the lower-cased first words of the wordings starting with it (see {@link #wordingSpans}). */
    private final String[][] firstWords;
    /** True when some wording starts with no letter: {@link #wordingSpans} then tries every position. */
    private final boolean everyPosition;

    public OfficeLexicon(List<Entry> entries, Map<String, List<String>> countries) {
        this(entries, countries, Map.of());
    }

    /**
     * @param qualifiers words that, in an office's wording, make it "relative" (about another time: "later", "former")
     *                   or "subordinate" (held alongside other offices: "acting", "deputy")
     */
    public OfficeLexicon(List<Entry> entries, Map<String, List<String>> countries, Map<String, List<String>> qualifiers) {
        this.entries = List.copyOf(entries);
        this.countries = Map.copyOf(countries);
        Map<String, List<String>> q = new LinkedHashMap<>();
        qualifiers.forEach((k, v) -> q.put(k, List.copyOf(v)));
        this.qualifiers = Map.copyOf(q);
        Set<String> aliases = new LinkedHashSet<>();
        for (Entry e : this.entries) {
            for (String a : e.aliases()) {
                byAlias.computeIfAbsent(norm(a), k -> new ArrayList<>()).add(e);
                aliases.add(a);
            }
        }
        List<String> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String a : sorted) {
            sb.append(sb.length() == 0 ? "" : "|").append(aliasRegex(a));
        }
        this.wordings = Pattern.compile("(?i)\\b(?:" + (sb.length() == 0 ? "(?!)" : sb) + ")(?![\\p{L}])");
        Map<Character, Set<String>> starts = new HashMap<>();
        for (String a : sorted) {
            String first = a.strip().split("\\s+")[0];
            int quote = first.indexOf('\'');
            String prefix = (quote < 0 ? first : first.substring(0, quote)).toLowerCase(Locale.ROOT);
            if (prefix.isEmpty() || !isAsciiLetter(prefix.charAt(0))) {
                starts = null; // a wording starting with something other than a letter: try every position
                break;
            }
            starts.computeIfAbsent(prefix.charAt(0), k -> new java.util.TreeSet<>()).add(prefix);
        }
        this.firstWords = new String[128][];
        if (starts != null) {
            for (Map.Entry<Character, Set<String>> e : starts.entrySet()) {
                String[] words = e.getValue().toArray(String[]::new);
                firstWords[e.getKey()] = words;
                firstWords[Character.toUpperCase(e.getKey())] = words;
            }
        }
        this.everyPosition = starts == null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A character {@code \\b} counts as a word character. */
    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * The wordings in {@code text}, left to right, as {@code start, end} pairs: exactly what repeated
     * {@code wordings().matcher(text).find()} finds, but the pattern is tried only where the first word of some wording
     * starts (ignoring case), not at every character.
     */
    public int[] wordingSpans(String text) {
        int[] out = new int[8];
        int n = 0;
        Matcher m = wordings.matcher(text);
        if (everyPosition) {
            while (m.find()) {
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = m.start();
                out[n++] = m.end();
            }
            return java.util.Arrays.copyOf(out, n);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int p = 0;
        while (p < length) {
            char c = text.charAt(p);
            String[] candidates = c < 128 ? firstWords[c] : null;
            if (candidates != null && p > 0 && Character.isLetter(c) && wordChar(text.charAt(p - 1))) {
                candidates = null; // inside a word: the pattern's \\b cannot hold before a letter here
            }
            boolean candidate = false;
            if (candidates != null) {
                for (String w : candidates) {
                    if (text.regionMatches(true, p, w, 0, w.length())) {
                        candidate = true;
                        break;
                    }
                }
            }
            if (candidate) {
                m.region(p, length);
                if (m.lookingAt()) {
                    if (n + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = m.start();
                    out[n++] = m.end();
                    p = m.end() > p ? m.end() : p + 1;
                    continue;
                }
            }
            p++;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The default pack's lexicon (loaded once): general office words bound to no country. */
    public static OfficeLexicon defaults() {
        OfficeLexicon d = defaults;
        if (d == null) {
            d = of(Packs.defaultOnly());
            defaults = d;
        }
        return d;
    }

    /**
     * The lexicon of the packs on: the default pack's {@code lexicon/offices.json}, then each optional pack's, whose
     * entries are placed first (so they win ties) and whose countries and qualifiers are added.
     */
    public static OfficeLexicon of(Packs packs) {
        if (packs.isDefault() && defaults != null) {
            return defaults;
        }
        OfficeLexicon d = new OfficeLexicon(List.of(), Map.of());
        for (String resource : packs.resources("lexicon/offices.json")) {
            try (InputStream in = OfficeLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                d = parse(JSON.readTree(in), Path.of(resource.substring(1)), d);
            } catch (IOException e) {
                throw new ClaimsException(Path.of(resource), "cannot read the office lexicon: " + e.getMessage());
            }
        }
        return d;
    }

    /** This lexicon with the entries of a user file (same format) placed first, so they win ties. */
    public OfficeLexicon withEntriesFrom(Path file) {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)), file, this);
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read the office lexicon: " + e.getMessage());
        }
    }

    /** This lexicon with the entries of an already parsed JSON object (same format), from {@code source}. */
    public OfficeLexicon withEntriesFrom(JsonNode root, Path source) {
        return parse(root, source == null ? Path.of("configuration") : source, this);
    }

    /** This lexicon with {@code more} entries placed first, so they win ties (for entries built in code or config). */
    public OfficeLexicon withEntries(List<Entry> more) {
        List<Entry> all = new ArrayList<>();
        for (Entry e : more) {
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(e.canonical().replaceAll("\\s*\\([^)]{1,60}\\)$", ""));
            all.add(e.withAliases(aliases));
        }
        all.addAll(entries);
        return new OfficeLexicon(all, countries, qualifiers);
    }

    private static OfficeLexicon parse(JsonNode root, Path file, OfficeLexicon after) {
        if (root == null || !root.path("offices").isArray()) {
            throw new ClaimsException(file, "an office lexicon needs an \"offices\" array");
        }
        List<Entry> list = new ArrayList<>();
        int i = 0;
        for (JsonNode o : root.get("offices")) {
            i++;
            list.add(entry(o, file, i));
        }
        list.addAll(after.entries);
        Map<String, List<String>> countries = new LinkedHashMap<>(after.countries);
        root.path("countries").fields().forEachRemaining(f -> countries.put(f.getKey(), texts(f.getValue())));
        Map<String, List<String>> qualifiers = new LinkedHashMap<>(after.qualifiers);
        root.path("qualifiers").fields().forEachRemaining(f -> {
            List<String> words = new ArrayList<>(qualifiers.getOrDefault(f.getKey(), List.of()));
            words.addAll(texts(f.getValue()));
            qualifiers.put(f.getKey(), words);
        });
        return new OfficeLexicon(list, countries, qualifiers);
    }

    private static Entry entry(JsonNode o, Path file, int i) {
        String canonical = o.path("canonical").asText(o.path("title").asText(""));
        if (canonical.isBlank() || o.has("aliases") && !o.get("aliases").isArray()
                || o.has("sharedAliases") && !o.get("sharedAliases").isArray()) {
            throw new ClaimsException(file, "office " + i + ": needs \"canonical\" (or \"title\"); \"aliases\" and"
                    + " \"sharedAliases\", when given, must be arrays");
        }
        String holders = o.path("holders").asText("many");
        if (!holders.equals("one") && !holders.equals("many")
                || o.has("exclusive") && !o.get("exclusive").isBoolean()) {
            throw new ClaimsException(file, "office " + i + " (" + canonical + "): \"holders\" must be \"one\" or"
                    + " \"many\", \"exclusive\" true or false");
        }
        boolean exclusive = o.path("exclusive").asBoolean(false);
        String officeClass = o.path("class").asText("");
        if (officeClass.isBlank() && exclusive) {
            officeClass = canonical.toLowerCase(Locale.ROOT);
        }
        List<String> aliases = new ArrayList<>(texts(o.path("aliases")));
        aliases.add(canonical.replaceAll("\\s*\\([^)]{1,60}\\)$", ""));
        return new Entry(canonical, o.path("country").asText(""), o.path("from").asInt(0), o.path("to").asInt(9999),
                aliases, officeClass, exclusive, holders.equals("one"), texts(o.path("sharedAliases")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first entry with this canonical name, if any. */
    public Optional<Entry> entry(String canonical) {
        return entries.stream().filter(e -> e.canonical().equals(canonical)).findFirst();
    }

    /** The entries that list {@code alias} as a wording (matched as {@link #lookup} matches), in lexicon order. */
    public List<Entry> entriesFor(String alias) {
        return byAlias.getOrDefault(norm(alias), List.of());
    }

    /**
     * Whether a wording names {@code entry}'s post and no other: one of its aliases that is not shared (see
     * {@code sharedAliases}; an alias several entries list is shared too), or a word of the entry's country before any
     * of its aliases ("American ambassador to the Soviet Union"). "Soviet ambassador" (also the one in London) and
     * "President" (of which country?) are not specific.
     */
    public boolean specific(String wording, Entry entry) {
        String w = norm(wording);
        if (names(w, entry)) {
            return entry.sharedAliases().stream().noneMatch(a -> norm(a).equals(w)) && byAlias.get(w).stream().distinct().count() == 1;
        }
        for (String c : countryWords(entry.country())) {
            String prefix = norm(c) + " ";
            if (w.startsWith(prefix) && names(w.substring(prefix.length()), entry)) {
                return true;
            }
        }
        return false;
    }

    private boolean names(String normalised, Entry entry) {
        return byAlias.getOrDefault(normalised, List.of()).contains(entry);
    }

    /** Qualifier words of one kind ("relative", "subordinate"), as listed under {@code qualifiers}. */
    public List<String> qualifiers(String kind) {
        return qualifiers.getOrDefault(kind, List.of());
    }

    /** The country words listed for {@code country} (empty when none). */
    public List<String> countryWords(String country) {
        return countries.getOrDefault(country, List.of());
    }

    /**
     * The words the office wordings are made of, lower-cased ("commissar", "foreign", "trade", ...): a capitalised one
     * of these before a name is part of the title, not of the name ("Commissar for Foreign Trade Sergei Ivanov").
     */
    public java.util.Set<String> titleWords() {
        java.util.Set<String> words = titleWords;
        if (words == null) {
            words = computeTitleWords();
            titleWords = words; // immutable and derived from final state: a racing recomputation is harmless
        }
        return words;
    }

    private java.util.Set<String> computeTitleWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Entry e : entries()) {
            for (String a : e.aliases()) {
                for (String w : a.split("[\\s,()]+")) {
                    if (w.length() > 2) {
                        out.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** A pattern matching every known wording (case-insensitive, longest first). */
    public Pattern wordings() {
        return wordings;
    }

    /**
     * The country whose word (see {@code countries} in the lexicon) ends last in {@code text}, at the same end the
     * longer word ("post-Communist Russian" before "Russian"); or null.
     */
    public String countryIn(String text) {
        String best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> c : countries.entrySet()) {
            for (String w : c.getValue()) {
                int p = lastWord(text, w);
                int end = p < 0 ? -1 : p + w.length();
                if (p >= 0 && (end > bestEnd || end == bestEnd && w.length() > bestLength)) {
                    bestEnd = end;
                    bestLength = w.length();
                    best = c.getKey();
                }
            }
        }
        return best;
    }

    private static int lastWord(String text, String word) {
        int p = text.lastIndexOf(word);
        while (p >= 0) {
            boolean startOk = p == 0 || !Character.isLetter(text.charAt(p - 1));
            int e = p + word.length();
            boolean endOk = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                return p;
            }
            p = p == 0 ? -1 : text.lastIndexOf(word, p - 1);
        }
        return -1;
    }

    /**
     * The office a wording names.
     *
     * @param wording as written ("the Soviet foreign minister", "Foreign Commissar")
     * @param country the country the context points to, or null
     * @param year    the year the claim holds, or null
     */
    public OfficeValue lookup(String wording, String country, Integer year) {
        return lookup(wording, country, year, year);
    }

    /**
     * As {@link #lookup(String, String, Integer)} for a time known to lie between two years ("the early 1990s": 1990 to
     * 1993): an entry fits when its years overlap them.
     */
    public OfficeValue lookup(String wording, String country, Integer fromYear, Integer toYear) {
        String cleaned = clean(wording);
        Optional<Entry> e = best(norm(cleaned), country, fromYear, toYear);
        if (e.isEmpty()) {
            String own = countryPrefix(cleaned);
            String stripped = stripCountry(cleaned);
            if (!stripped.equals(cleaned)) {
                e = best(norm(stripped), own != null ? own : country, fromYear, toYear);
                if (e.isPresent() && own != null && !e.get().country().isEmpty() && !e.get().country().equals(own)) {
                    e = Optional.empty();
                }
            }
        }
        return e.map(x -> new OfficeValue(wording, x.canonical(), true)).orElseGet(() -> new OfficeValue(wording, cleaned, false));
    }

    private Optional<Entry> best(String alias, String country, Integer fromYear, Integer toYear) {
        List<Entry> candidates = byAlias.get(alias);
        if (candidates == null) {
            // a plural head word: "ambassadors to the Soviet Union"
            int sp = alias.indexOf(' ');
            String head = sp < 0 ? alias : alias.substring(0, sp);
            if (head.endsWith("s")) {
                candidates = byAlias.get(head.substring(0, head.length() - 1) + (sp < 0 ? "" : alias.substring(sp)));
            }
            if (candidates == null) {
                return Optional.empty();
            }
        }
        Entry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Entry c : candidates) {
            int score = 0;
            if (fromYear != null && toYear != null) {
                score += toYear >= c.from() && fromYear <= c.to() ? 2 : -5;
            }
            if (country != null && country.equals(c.country())) {
                score += 3;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country whose word opens the wording ("American ambassador to ..." → "US"), or null. */
    private String countryPrefix(String wording) {
        for (Map.Entry<String, List<String>> c : countries.entrySet()) {
            for (String w : c.getValue()) {
                if (wording.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
                    return c.getKey();
                }
            }
        }
        return null;
    }

    private String stripCountry(String wording) {
        for (List<String> words : countries.values()) {
            for (String w : words) {
                if (wording.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
                    return wording.substring(w.length() + 1).strip();
                }
            }
        }
        return wording;
    }

    /** Drops articles and time words that are not part of an office: "the new", "then", "later", "former". */
    static String clean(String wording) {
        String s = SPACES.matcher(wording.strip().replace('’', '\'')).replaceAll(" ");
        Matcher m = LEADING_WORDS.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    private static String norm(String s) {
        return clean(s).toLowerCase(Locale.ROOT);
    }

    private static String aliasRegex(String alias) {
        String[] words = alias.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = Pattern.quote(words[i]).replace("'", "\\E['’]\\Q");
            sb.append(i == 0 ? "" : "\\s").append(w);
            if (i == 0 && words.length > 1 || words.length == 1) {
                sb.append("s?");
            }
        }
        return sb.toString();
    }
}
