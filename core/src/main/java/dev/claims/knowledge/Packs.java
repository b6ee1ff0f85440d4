package dev.claims.knowledge;

import dev.claims.ClaimsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which knowledge packs a run reads. The default pack is always on: general knowledge only (calendar, number words,
 * predicate classes, title grammar, given names, units) in the data files under {@code dev/claims/}. An optional pack
 * adds rows to the same files from {@code dev/claims/packs/<name>/} (same relative path, same format): the
 * {@code soviet} pack holds the people, places, organisations, events and offices of Soviet and Soviet-American
 * history. A user turns a pack on with {@code "packs": ["soviet"]} in {@code claims.json} or {@code --pack soviet}.
 * Immutable; carried by {@code CheckerOptions} to every stage.
 *
 * <pre>{@code
 * Packs soviet = Packs.of(List.of("soviet"));
 * soviet.rows("lexicon/surnames.txt", 1);   // the default rows (none), then the soviet pack's
 * Packs.of(List.of("nope"));                 // ClaimsException: unknown knowledge pack 'nope' (known: soviet)
 * }</pre>
 *
 * @param names the optional packs on, in the order given (later packs' rows come after earlier ones')
 */
public record Packs(List<String> names) {
    private static final String ROOT = "/dev/claims/";
    private static final Packs DEFAULT = new Packs(List.of());

    public Packs {
        names = List.copyOf(names);
    }

    /** The default pack only. */
    public static Packs defaultOnly() {
        return DEFAULT;
    }

    /**
     * The default pack and the named optional ones (duplicates dropped).
     *
     * @throws ClaimsException naming an unknown pack and the known ones
     */
    public static Packs of(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String name = n.strip();
            if (!known().contains(name)) {
                throw new ClaimsException(null, "unknown knowledge pack '" + name + "' (known: "
                        + String.join(", ", known()) + ")");
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out.isEmpty() ? DEFAULT : new Packs(out);
    }

    /** The optional packs shipped ({@code dev/claims/packs/packs.txt}). */
    public static Set<String> known() {
        return TsvResource.rows(ROOT + "packs/packs.txt", 1).stream().map(r -> r[0])
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** True when only the default pack is on. */
    public boolean isDefault() {
        return names.isEmpty();
    }

    /**
     * The classpath resources of a data file, {@code file} relative to {@code dev/claims/} ("lexicon/events.tsv"):
     * the default pack's (which must exist), then each optional pack's that has one.
     */
    public List<String> resources(String file) {
        List<String> out = new ArrayList<>();
        out.add(ROOT + file);
        for (String n : names) {
            String r = ROOT + "packs/" + n + "/" + file;
            if (exists(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The rows of a data file over the packs on: the default pack's rows, then each optional pack's. */
    public List<String[]> rows(String file, int minColumns) {
        List<String[]> out = new ArrayList<>();
        for (String r : resources(file)) {
            out.addAll(TsvResource.rows(r, minColumns));
        }
        return out;
    }

    /** The first cell of every row of a one-column list over the packs on. */
    public List<String> lines(String file) {
        return rows(file, 1).stream().map(r -> r[0]).toList();
    }

    private static boolean exists(String resource) {
        try (InputStream in = Packs.class.getResourceAsStream(resource)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }
}
