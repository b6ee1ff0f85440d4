package dev.claims.extract;

import dev.claims.ClaimsException;
import dev.claims.knowledge.Packs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names shipped as data: places, organisations, given names and person titles
 * ({@code dev/claims/lexicon/places.txt}, {@code organisations.txt}, {@code given-names.txt}, {@code person-titles.txt},
 * {@code surnames.txt}).
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.defaults();
 * g.kindOf("Soviet Union");   // "place"
 * g.isGivenName("Cordell");   // true
 * }</pre>
 */
public final class Gazetteer {
    private static volatile Gazetteer defaults;

    private final Set<String> places;
    private final Set<String> organisations;
    private final Set<String> givenNames;
    private final Set<String> titles;
    private final Set<String> surnames;
    private final java.util.List<String> entityNames;

    public Gazetteer(Set<String> places, Set<String> organisations, Set<String> givenNames, Set<String> titles,
                     Set<String> surnames) {
        this.surnames = Set.copyOf(surnames);
        java.util.List<String> all = new java.util.ArrayList<>(places);
        all.addAll(organisations);
        all.sort(null);
        this.entityNames = java.util.List.copyOf(all);
        this.places = lower(places);
        this.organisations = lower(organisations);
        this.givenNames = Set.copyOf(givenNames);
        this.titles = Set.copyOf(titles);
    }

    /** The default pack's gazetteer: given names and person titles, no places, organisations or surnames. */
    public static Gazetteer defaults() {
        Gazetteer g = defaults;
        if (g == null) {
            g = of(Packs.defaultOnly());
            defaults = g;
        }
        return g;
    }

    /** The gazetteer of the packs on: each list is the default pack's rows and then each optional pack's. */
    public static Gazetteer of(Packs packs) {
        if (packs.isDefault() && defaults != null) {
            return defaults;
        }
        return new Gazetteer(read(packs, "places.txt"), read(packs, "organisations.txt"), read(packs, "given-names.txt"),
                read(packs, "person-titles.txt"), read(packs, "surnames.txt"));
    }

    private static Set<String> read(Packs packs, String name) {
        Set<String> out = new HashSet<>();
        for (String resource : packs.resources("lexicon/" + name)) {
            out.addAll(read(resource));
        }
        return out;
    }

    private static Set<String> lower(Set<String> s) {
        Set<String> out = new HashSet<>();
        s.forEach(x -> out.add(x.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Set<String> read(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new ClaimsException(Path.of(name), "cannot read the gazetteer: " + e.getMessage());
        }
    }

    /** Every place and organisation name as written in the data files. */
    public java.util.List<String> entityNames() {
        return entityNames;
    }

    /** "place", "organisation" or null for a name the gazetteer does not list. */
    public String kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (places.contains(n)) {
            return "place";
        }
        if (organisations.contains(n)) {
            return "organisation";
        }
        return null;
    }

    public boolean isGivenName(String token) {
        return givenNames.contains(token);
    }

    /** A surname well known enough to mark a lone capitalised word as a person ("Stalin"). */
    public boolean isSurname(String token) {
        return surnames.contains(token);
    }

    public boolean isTitle(String token) {
        return titles.contains(token);
    }
}
