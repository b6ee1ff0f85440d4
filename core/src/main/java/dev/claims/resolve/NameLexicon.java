package dev.claims.resolve;

import dev.claims.knowledge.Packs;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Name data for resolution: given-name transliterations and nicknames, aliases of entities, and aliases of subjects
 * (events, treaties), read from {@code dev/claims/resolve/*.tsv}.
 *
 * <pre>{@code
 * NameLexicon lex = NameLexicon.defaults();
 * lex.givenNameRelation("Maksim", "Maxim");   // Optional[TRANSLITERATION]
 * lex.givenNameRelation("Harry", "Henry");    // Optional[NICKNAME]
 * lex.alias("FDR").get().canonical();         // "Franklin D. Roosevelt"
 * lex.canonicalSubject("Hitler-Stalin Pact"); // "Nazi-Soviet Pact"
 * }</pre>
 */
public final class NameLexicon {
    /** How two given names relate. */
    public enum Relation {
        SAME, TRANSLITERATION, NICKNAME
    }

    /** An alias of a known entity. */
    public record Alias(String canonical, String kind) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static volatile NameLexicon defaults;

    private final Map<String, Map.Entry<Integer, Relation>> givenNames;
    private final Map<String, Alias> aliases;
    private final Map<String, String> initialisms;
    private final Map<String, String> subjects;

    public NameLexicon(List<String[]> givenRows, List<String[]> aliasRows, List<String[]> subjectRows) {
        Map<String, Map.Entry<Integer, Relation>> g = new HashMap<>();
        int set = 0;
        for (String[] row : givenRows) {
            Relation rel = row[0].equalsIgnoreCase("nickname") ? Relation.NICKNAME : Relation.TRANSLITERATION;
            for (String n : row[1].split("\\|")) {
                g.putIfAbsent(fold(n), Map.entry(set, rel));
            }
            set++;
        }
        this.givenNames = Map.copyOf(g);
        Map<String, Alias> a = new HashMap<>();
        Map<String, String> caps = new HashMap<>();
        for (String[] row : aliasRows) {
            addAlias(new Alias(row[0], row[1]), List.of(row[2].split("\\|")), false, a, caps);
        }
        this.aliases = Map.copyOf(a);
        this.initialisms = Map.copyOf(caps);
        Map<String, String> s = new HashMap<>();
        for (String[] row : subjectRows) {
            s.put(fold(row[0]), row[0]);
            for (String n : row[1].split("\\|")) {
                s.putIfAbsent(fold(n), row[0]);
            }
        }
        this.subjects = Map.copyOf(s);
    }

    /** The default pack's data (given names; no aliases of particular entities), loaded once. */
    public static NameLexicon defaults() {
        NameLexicon d = defaults;
        if (d == null) {
            synchronized (NameLexicon.class) {
                if (defaults == null) {
                    defaults = load(Packs.defaultOnly());
                }
                d = defaults;
            }
        }
        return d;
    }

    /** The name data of the packs on: the default pack's rows, then each optional pack's. */
    public static NameLexicon of(Packs packs) {
        return packs.isDefault() ? defaults() : load(packs);
    }

    private static NameLexicon load(Packs packs) {
        return new NameLexicon(packs.rows("resolve/given-names.tsv", 2), packs.rows("resolve/aliases.tsv", 3),
                packs.rows("resolve/subject-aliases.tsv", 2));
    }

    /** Lower case, accents removed, curly quotes and dashes unified, whitespace collapsed. */
    public static String fold(String s) {
        String ascii = foldAscii(s);
        if (ascii != null) {
            return ascii;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-');
        return WHITESPACE.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * {@link #fold} of a text that is all ASCII (no accents, no curly quotes or dashes, so only lower case and
     * whitespace runs to one space), without the regex and normaliser; null when the text is not all ASCII.
     */
    private static String foldAscii(String s) {
        int length = s.length();
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return null;
            }
            boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            boolean changed = ws ? c != ' ' || space : c >= 'A' && c <= 'Z';
            if (changed && sb == null) {
                sb = new StringBuilder(length);
                sb.append(s, 0, i);
            }
            if (ws) {
                if (!space && sb != null) {
                    sb.append(' ');
                }
                space = true;
            } else {
                space = false;
                if (sb != null) {
                    sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                }
            }
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    /** How two given names relate, or empty when they are different names. */
    public Optional<Relation> givenNameRelation(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.equals(fb)) {
            return Optional.of(Relation.SAME);
        }
        var ea = givenNames.get(fa);
        var eb = givenNames.get(fb);
        if (ea != null && eb != null && ea.getKey().equals(eb.getKey())) {
            return Optional.of(ea.getValue());
        }
        return Optional.empty();
    }

    /** The entity a whole name is an alias of ("FDR", "Petrograd"), if any. */
    public Optional<Alias> alias(String name) {
        String stripped = name.strip();
        String caps = initialisms.get(stripped);
        if (caps != null) {
            return Optional.ofNullable(aliases.get(fold(caps)));
        }
        return Optional.ofNullable(aliases.get(fold(stripped)));
    }

    /** The canonical form of a subject (event, treaty) when the data knows another name for it, else the input. */
    public String canonicalSubject(String subject) {
        String c = subjects.get(fold(subject));
        return c != null ? c : subject.strip();
    }

    /**
     * This lexicon with more aliases (canonical name → other spellings, all of {@code kind}), for a user's
     * configuration: {@code lexicon.withAliases(Map.of("Maxim Litvinov", List.of("Litinov")), "person")}.
     */
    public NameLexicon withAliases(Map<String, List<String>> more, String kind) {
        Map<String, Alias> a = new HashMap<>(aliases);
        Map<String, String> caps = new HashMap<>(initialisms);
        more.forEach((canonical, spellings) -> addAlias(new Alias(canonical, kind), spellings, true, a, caps));
        return new NameLexicon(givenNames, Map.copyOf(a), Map.copyOf(caps), subjects);
    }

    private NameLexicon(Map<String, Map.Entry<Integer, Relation>> givenNames, Map<String, Alias> aliases,
                        Map<String, String> initialisms, Map<String, String> subjects) {
        this.givenNames = givenNames;
        this.aliases = aliases;
        this.initialisms = initialisms;
        this.subjects = subjects;
    }

    /**
     * Files {@code names} as other names of {@code alias}: all-capital initialisms (FDR) by exact spelling, the others
     * folded. {@code override} lets a user's alias replace a shipped one for the same spelling.
     */
    private static void addAlias(Alias alias, List<String> names, boolean override, Map<String, Alias> aliases,
                                 Map<String, String> initialisms) {
        aliases.put(fold(alias.canonical()), alias);
        for (String n : names) {
            if (n.strip().matches("[A-Z.]{2,8}")) {
                initialisms.put(n.strip(), alias.canonical());
            } else if (override) {
                aliases.put(fold(n), alias);
            } else {
                aliases.putIfAbsent(fold(n), alias);
            }
        }
    }
}
