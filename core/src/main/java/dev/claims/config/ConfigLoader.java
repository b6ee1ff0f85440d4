package dev.claims.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.ClaimsException;
import dev.claims.knowledge.Packs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code claims.json}: finds it in a directory ({@code claims.json}, else {@code .claims.json}), or in the
 * nearest directory from the first input upwards to the repository root as Vale does ({@link #lookup}), or loads a
 * named file, and validates every key. Problems are {@link ClaimsException}s naming the file and, for a bad key, the
 * key: {@code claims.json: unknown key "rule" (known keys: ...)}.
 */
public final class ConfigLoader {
    /** The keys a configuration file may have ({@code $schema} is allowed and ignored, for editors). */
    public static final Set<String> KEYS = Set.of("$schema", "includes", "excludes", "rules", "offices", "aliases",
            "referenceFacts", "events", "packs");
    private static final List<String> NAMES = List.of("claims.json", ".claims.json");
    private static final Set<String> SEVERITIES = Set.of("off", "error", "warning", "note");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigLoader() {
    }

    /** The configuration file in {@code directory}, if there is one; both names present is an error. */
    public static Optional<Path> find(Path directory) {
        List<Path> found = NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).toList();
        if (found.size() > 1) {
            throw new ClaimsException(found.get(1), "both claims.json and .claims.json exist in "
                    + directory.toAbsolutePath().normalize() + "; keep one");
        }
        return found.stream().findFirst();
    }

    /** Loads the configuration found in {@code directory}, or {@link ClaimsConfig#EMPTY}. */
    public static ClaimsConfig discover(Path directory) {
        return find(directory).map(ConfigLoader::load).orElse(ClaimsConfig.EMPTY);
    }

    /**
     * The configuration for a run over {@code firstInput}: the nearest {@code claims.json} or {@code .claims.json}
     * in the input's directory (the input itself when it is a directory) or one of its parents, stopping at the
     * repository root (the first directory with a {@code .git}); failing that, the one in {@code workingDirectory}.
     *
     * <pre>{@code
     * // repo/.git, repo/claims.json, repo/texts/essays/a.txt
     * ConfigLoader.lookup(Path.of("repo/texts/essays"), Path.of("/tmp"))   // repo/claims.json
     * }</pre>
     */
    public static Optional<Path> lookup(Path firstInput, Path workingDirectory) {
        Path dir = firstInput.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Optional<Path> found = find(dir);
            if (found.isPresent()) {
                return found;
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return find(workingDirectory);
    }

    /** Loads the configuration {@link #lookup} finds, or {@link ClaimsConfig#EMPTY}. */
    public static ClaimsConfig discover(Path firstInput, Path workingDirectory) {
        return lookup(firstInput, workingDirectory).map(ConfigLoader::load).orElse(ClaimsConfig.EMPTY);
    }

    /** Loads and validates a configuration file; a missing file is an error. */
    public static ClaimsConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ClaimsException(file, "configuration file not found");
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read the configuration file: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ClaimsException(file, "not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ClaimsException(file, "a configuration file must hold one JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ClaimsException(file, "unknown key \"" + key + "\" (known keys: " + KEYS.stream()
                        .filter(k -> !k.startsWith("$")).sorted().collect(java.util.stream.Collectors.joining(", "))
                        + ")");
            }
        }
        List<String> includes = strings(file, root, "includes");
        List<String> excludes = strings(file, root, "excludes");
        try {
            new DocumentFilter(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw new ClaimsException(file, "bad glob in \"includes\" or \"excludes\": " + e.getMessage(), e);
        }
        return new ClaimsConfig(file, includes, excludes, rules(file, root), offices(file, root),
                aliases(file, root), files(file, root, "referenceFacts", "reference-facts file"),
                files(file, root, "events", "events file"), packs(file, root));
    }

    /** The optional knowledge packs named under "packs", checked against the shipped ones. */
    private static List<String> packs(Path file, JsonNode root) {
        List<String> names = strings(file, root, "packs");
        for (String n : names) {
            if (!Packs.known().contains(n.strip())) {
                throw new ClaimsException(file, "unknown knowledge pack '" + n.strip() + "' in \"packs\" (known: "
                        + String.join(", ", Packs.known()) + ")");
            }
        }
        return names;
    }

    private static List<String> strings(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null) {
            return List.of();
        }
        if (n.isTextual()) {
            return List.of(n.asText());
        }
        if (!n.isArray()) {
            throw new ClaimsException(file, "\"" + key + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new ClaimsException(file, "\"" + key + "\" must be a list of non-empty strings, not " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    private static Map<String, String> rules(Path file, JsonNode root) {
        JsonNode n = root.get("rules");
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw new ClaimsException(file, "\"rules\" must map rule ids to \"off\", \"error\", \"warning\" or \"note\"");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getValue().isTextual() ? e.getValue().asText() : "";
            if (!SEVERITIES.contains(v)) {
                throw new ClaimsException(file, "rule \"" + e.getKey() + "\" must be \"off\", \"error\", \"warning\""
                        + " or \"note\", not " + e.getValue());
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static JsonNode offices(Path file, JsonNode root) {
        JsonNode n = root.get("offices");
        if (n != null && !n.isArray()) {
            throw new ClaimsException(file, "\"offices\" must be a list of office lexicon entries");
        }
        return n;
    }

    private static Map<String, List<String>> aliases(Path file, JsonNode root) {
        JsonNode n = root.get("aliases");
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw new ClaimsException(file, "\"aliases\" must map a name to a list of its other spellings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> names = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new ClaimsException(file, "alias \"" + e.getKey() + "\" must be a list of names");
            }
            for (JsonNode a : e.getValue()) {
                if (!a.isTextual() || a.asText().isBlank()) {
                    throw new ClaimsException(file, "alias \"" + e.getKey() + "\" must be a list of non-empty names");
                }
                names.add(a.asText());
            }
            out.put(e.getKey(), names);
        }
        return out;
    }

    /** The files a key lists, resolved against the configuration file's directory; each must exist. */
    private static List<Path> files(Path file, JsonNode root, String key, String what) {
        List<Path> out = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (String s : strings(file, root, key)) {
            Path p = base.resolve(s).normalize();
            if (!Files.isRegularFile(p)) {
                throw new ClaimsException(file, what + " \"" + s + "\" not found (looked for " + p + ")");
            }
            out.add(p);
        }
        return out;
    }
}
