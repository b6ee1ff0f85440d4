package dev.claims.citation;

import dev.claims.ClaimsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where known publishers publish and how US states are abbreviated, from {@code publisher-places.tsv} and
 * {@code us-states.tsv}; says when a citation's place of publication cannot be its publisher's.
 *
 * <pre>{@code
 * PublisherPlaces.load().problem("Topeka, KA", "University Press of Kentucky")
 *   // Optional["University Press of Kentucky publishes in Lexington, Kentucky, and 'KA' is not a US state abbreviation"]
 * PublisherPlaces.load().problem("New Haven, Conn.", "Yale University Press")   // empty
 * }</pre>
 */
public final class PublisherPlaces {
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("uk", "us", "usa", "gb");
    private static volatile PublisherPlaces instance;
    private final Map<String, List<String>> places;
    private final Map<String, String> publisherNames;
    private final Map<String, String> states;

    private PublisherPlaces(Map<String, List<String>> places, Map<String, String> publisherNames,
                            Map<String, String> states) {
        this.places = places;
        this.publisherNames = publisherNames;
        this.states = states;
    }

    /** The bundled data (loaded once). */
    public static PublisherPlaces load() {
        PublisherPlaces p = instance;
        if (p == null) {
            Map<String, List<String>> places = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (String[] row : rows("publisher-places.tsv")) {
                String key = key(row[0]);
                places.put(key, List.of(row[1].split("\\|")));
                names.put(key, row[0]);
            }
            Map<String, String> states = new HashMap<>();
            for (String[] row : rows("us-states.tsv")) {
                states.put(letters(row[0]), row[0]);
                states.put(letters(row[1]), row[0]);
                for (String a : row[2].split("\\|")) {
                    states.put(letters(a), row[0]);
                }
            }
            p = new PublisherPlaces(places, names, states);
            instance = p;
        }
        return p;
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PublisherPlaces.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new ClaimsException(Path.of(file), "bundled data file is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2) {
                    out.add(cols.length >= 3 ? cols : new String[] {cols[0], cols[1], ""});
                }
            }
        } catch (IOException e) {
            throw new ClaimsException(Path.of(file), "cannot read bundled data: " + e.getMessage());
        }
        return out;
    }

    private static String key(String publisher) {
        return String.join(" ", WorkMatcher.publisherWords(publisher));
    }

    private static String letters(String s) {
        return CitationText.fold(s).replaceAll("[^a-z]", "");
    }

    /** The state a region of a place names ("Conn." → Connecticut), or empty. */
    public Optional<String> state(String region) {
        return Optional.ofNullable(states.get(letters(region)));
    }

    /**
     * True when the publisher is listed and {@code place} is one of its seats: two descriptions naming two seats of
     * one press ("Oxford" / "New York: Oxford University Press") are both right, since title pages list several.
     */
    public boolean isSeat(String place, String publisher) {
        return !place.isBlank() && !publisher.isBlank() && listed(publisher).isPresent()
                && problem(place, publisher).isEmpty();
    }

    /** The key of the listed publisher a publisher's name names, or empty when it is not listed. */
    private Optional<String> listed(String publisher) {
        String key = key(publisher);
        if (places.containsKey(key)) {
            return Optional.of(key);
        }
        for (String k : places.keySet()) {
            Set<String> dataWords = Set.of(k.split(" "));
            if (WorkMatcher.publisherWords(publisher).containsAll(dataWords)
                    && (dataWords.size() >= 2 || WorkMatcher.publisherWords(publisher).size() <= 2)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Why {@code place} cannot be where {@code publisher} publishes, or empty when it can (or is unknown). */
    public Optional<String> problem(String place, String publisher) {
        if (place.isBlank() || publisher.isBlank()) {
            return Optional.empty();
        }
        String region = place.contains(",") ? place.substring(place.lastIndexOf(',') + 1).strip() : "";
        String badRegion = "";
        if (!region.isEmpty() && region.length() <= 6 && state(region).isEmpty()
                && !COUNTRY_ABBREVIATIONS.contains(letters(region))) {
            badRegion = "'" + region + "' is not a US state abbreviation";
        }
        Optional<String> listed = listed(publisher);
        if (listed.isEmpty()) {
            return badRegion.isEmpty() ? Optional.empty() : Optional.of(badRegion);
        }
        List<String> known = places.get(listed.get());
        String name = publisherNames.get(listed.get());
        String city = WorkMatcher.city(place);
        Optional<String> placeState = region.isEmpty() ? Optional.empty() : state(region);
        for (String k : known) {
            if (WorkMatcher.city(k).equals(city)) {
                String knownRegion = k.contains(",") ? k.substring(k.indexOf(',') + 1).strip() : "";
                if (placeState.isEmpty() || knownRegion.isEmpty() || placeState.get().equals(knownRegion)) {
                    return badRegion.isEmpty() ? Optional.empty() : Optional.of(badRegion);
                }
            }
        }
        String where = name + " publishes in " + String.join(" or ", known);
        return Optional.of(badRegion.isEmpty() ? where : where + ", and " + badRegion);
    }
}
