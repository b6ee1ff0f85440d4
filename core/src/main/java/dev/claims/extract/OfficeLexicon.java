package dev.claims.extract;

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
    /** One canonical office. */
    public record Entry(String canonical, String country, int from, int to, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "(?i)(?:(?:the|a|an|its|his|her|their|then|later|former|new|first|now|also|and|as)\\s){1,8}");
    private static volatile OfficeLexicon defaults;

    private final List<Entry> entries;
    private final Map<String, List<String>> countries;
    private final Map<String, List<Entry>> byAlias = new LinkedHashMap<>();
    private final Pattern wordings;

    public OfficeLexicon(List<Entry> entries, Map<String, List<String>> countries) {
        this.entries = List.copyOf(entries);
        this.countries = Map.copyOf(countries);
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
    }

    /** The shipped lexicon (loaded once). */
    public static OfficeLexicon defaults() {
        OfficeLexicon d = defaults;
        if (d == null) {
            try (InputStream in = OfficeLexicon.class.getResourceAsStream("/dev/claims/lexicon/offices.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/claims/lexicon/offices.json");
                }
                d = parse(JSON.readTree(in), Path.of("offices.json"), List.of(), Map.of());
            } catch (IOException e) {
                throw new ClaimsException(Path.of("offices.json"), "cannot read the office lexicon: " + e.getMessage());
            }
            defaults = d;
        }
        return d;
    }

    /** This lexicon with the entries of a user file (same format) placed first, so they win ties. */
    public OfficeLexicon withEntriesFrom(Path file) {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)), file, entries, countries);
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read the office lexicon: " + e.getMessage());
        }
    }

    /** This lexicon with the entries of an already parsed JSON object (same format), from {@code source}. */
    public OfficeLexicon withEntriesFrom(JsonNode root, Path source) {
        return parse(root, source == null ? Path.of("configuration") : source, entries, countries);
    }

    /** This lexicon with {@code more} entries placed first, so they win ties (for entries built in code or config). */
    public OfficeLexicon withEntries(List<Entry> more) {
        List<Entry> all = new ArrayList<>();
        for (Entry e : more) {
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(e.canonical().replaceAll("\\s*\\([^)]{1,60}\\)$", ""));
            all.add(new Entry(e.canonical(), e.country(), e.from(), e.to(), aliases));
        }
        all.addAll(entries);
        return new OfficeLexicon(all, countries);
    }

    private static OfficeLexicon parse(JsonNode root, Path file, List<Entry> after, Map<String, List<String>> baseCountries) {
        if (root == null || !root.path("offices").isArray()) {
            throw new ClaimsException(file, "an office lexicon needs an \"offices\" array");
        }
        List<Entry> list = new ArrayList<>();
        int i = 0;
        for (JsonNode o : root.get("offices")) {
            i++;
            String canonical = o.path("canonical").asText(o.path("title").asText(""));
            if (canonical.isBlank() || o.has("aliases") && !o.get("aliases").isArray()) {
                throw new ClaimsException(file, "office " + i + ": needs \"canonical\" (or \"title\"); \"aliases\", when"
                        + " given, must be an array");
            }
            List<String> aliases = new ArrayList<>();
            o.path("aliases").forEach(a -> aliases.add(a.asText()));
            aliases.add(canonical.replaceAll("\\s*\\([^)]{1,60}\\)$", ""));
            list.add(new Entry(canonical, o.path("country").asText(""), o.path("from").asInt(0), o.path("to").asInt(9999),
                    aliases));
        }
        list.addAll(after);
        Map<String, List<String>> countries = new LinkedHashMap<>(baseCountries);
        root.path("countries").fields().forEachRemaining(f -> {
            List<String> words = new ArrayList<>();
            f.getValue().forEach(w -> words.add(w.asText()));
            countries.put(f.getKey(), words);
        });
        return new OfficeLexicon(list, countries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A pattern matching every known wording (case-insensitive, longest first). */
    public Pattern wordings() {
        return wordings;
    }

    /** The country whose words (see {@code countries} in the lexicon) occur in {@code text}, first found; or null. */
    public String countryIn(String text) {
        String best = null;
        int bestPos = -1;
        for (Map.Entry<String, List<String>> c : countries.entrySet()) {
            for (String w : c.getValue()) {
                int p = lastWord(text, w);
                if (p > bestPos) {
                    bestPos = p;
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
        String cleaned = clean(wording);
        Optional<Entry> e = best(norm(cleaned), country, year);
        if (e.isEmpty()) {
            String own = countryPrefix(cleaned);
            String stripped = stripCountry(cleaned);
            if (!stripped.equals(cleaned)) {
                e = best(norm(stripped), own != null ? own : country, year);
                if (e.isPresent() && own != null && !e.get().country().isEmpty() && !e.get().country().equals(own)) {
                    e = Optional.empty();
                }
            }
        }
        return e.map(x -> new OfficeValue(wording, x.canonical(), true)).orElseGet(() -> new OfficeValue(wording, cleaned, false));
    }

    private Optional<Entry> best(String alias, String country, Integer year) {
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
            if (year != null) {
                score += year >= c.from() && year <= c.to() ? 2 : -5;
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
