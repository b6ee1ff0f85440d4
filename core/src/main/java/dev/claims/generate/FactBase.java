package dev.claims.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts generated documents talk about, read from {@code dev/claims/generate/facts.json} (documented in the
 * README beside it).
 */
public record FactBase(List<Event> events, List<Quantity> quantities, Map<String, List<String>> offices,
                       int officeYearFrom, int officeYearTo, List<String> officeTemplates,
                       Map<String, List<String>> cities, Map<String, NameParts> names, WorkParts works,
                       List<String> fillers) {

    /** A real event with its correct date. */
    public record Event(String key, LocalDate date, List<String> templates) {
    }

    /** A figure with its scale and the scale of the planted slip. */
    public record Quantity(String key, String amount, String scale, String wrongScale, List<String> templates) {
    }

    /** Name material for one nationality; each variant pair is {@code [canonical, variant]}. */
    public record NameParts(List<List<String>> given, List<String> roots, List<String> middles,
                            List<List<String>> endings) {
    }

    /** Material for synthetic books. */
    public record WorkParts(List<String> topics, List<String> subjects, List<String> periods,
                            List<List<String>> places, int yearFrom, int yearTo) {
    }

    private static final String RESOURCE = "/dev/claims/generate/facts.json";

    public static FactBase load() {
        try (InputStream in = FactBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ClaimsException(null, "missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ClaimsException c) {
                throw c;
            }
            throw new ClaimsException(null, "cannot read " + RESOURCE + ": " + e.getMessage());
        }
    }

    static FactBase parse(JsonNode root) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            events.add(new Event(e.get("key").asText(), LocalDate.parse(e.get("date").asText()), strings(e.get("templates"))));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : root.get("quantities")) {
            quantities.add(new Quantity(q.get("key").asText(), q.get("amount").asText(), q.get("scale").asText(),
                    q.get("wrongScale").asText(), strings(q.get("templates"))));
        }
        Map<String, NameParts> names = new TreeMap<>();
        root.get("names").fields().forEachRemaining(f -> names.put(f.getKey(), new NameParts(
                pairs(f.getValue().get("given")), strings(f.getValue().get("roots")),
                strings(f.getValue().get("middles")), pairs(f.getValue().get("endings")))));
        JsonNode w = root.get("works");
        WorkParts works = new WorkParts(strings(w.get("topics")), strings(w.get("subjects")), strings(w.get("periods")),
                pairs(w.get("places")), w.get("years").get("from").asInt(), w.get("years").get("to").asInt());
        return new FactBase(events, quantities, stringMap(root.get("offices")), root.get("officeYears").get("from").asInt(),
                root.get("officeYears").get("to").asInt(), strings(root.get("officeTemplates")),
                stringMap(root.get("cities")), names, works, strings(root.get("fillers")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<List<String>> pairs(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(n -> out.add(strings(n)));
        return List.copyOf(out);
    }

    private static Map<String, List<String>> stringMap(JsonNode object) {
        Map<String, List<String>> out = new TreeMap<>();
        object.fields().forEachRemaining(f -> out.put(f.getKey(), strings(f.getValue())));
        return out;
    }
}
