package dev.claims.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.claims.CheckerOptions;
import dev.claims.ClaimsException;
import dev.claims.knowledge.Packs;
import dev.claims.Extraction;
import dev.claims.compare.ReferenceFacts;
import dev.claims.model.Finding;
import dev.claims.model.Severity;
import dev.claims.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated project configuration (see docs/config.md).
 *
 * <pre>{@code
 * ClaimsConfig config = ConfigLoader.load(Path.of("claims.json"));
 * Extraction kept = config.documentFilter().apply(checker.extract(paths));
 * Report report = config.applyRules(checker.check(kept));
 * }</pre>
 *
 * @param file           the file it was read from, or null for the empty configuration
 * @param includes       globs over document ids (paths relative to the root they were found under); empty = all
 * @param excludes       globs over document ids to leave out
 * @param rules          rule id to "off", "error", "warning" or "note", sorted by rule id
 * @param offices        additional office lexicon entries as written (a JSON array), for the extractor
 * @param aliases        canonical name to its other spellings, sorted
 * @param referenceFacts reference-facts files, resolved against the configuration file's directory
 * @param events         event lexicon files (the format of {@code dev/claims/lexicon/events.tsv}), resolved likewise
 * @param packs          optional knowledge packs to turn on ("soviet"), besides the default pack
 */
public record ClaimsConfig(Path file, List<String> includes, List<String> excludes, Map<String, String> rules,
                           JsonNode offices, Map<String, List<String>> aliases, List<Path> referenceFacts,
                           List<Path> events, List<String> packs) {
    /** No configuration: everything included, default severities, no additions. */
    public static final ClaimsConfig EMPTY = new ClaimsConfig(null, List.of(), List.of(), Map.of(),
            MissingNode.getInstance(), Map.of(), List.of(), List.of(), List.of());

    /** A configuration that turns on no optional pack. */
    public ClaimsConfig(Path file, List<String> includes, List<String> excludes, Map<String, String> rules,
                        JsonNode offices, Map<String, List<String>> aliases, List<Path> referenceFacts,
                        List<Path> events) {
        this(file, includes, excludes, rules, offices, aliases, referenceFacts, events, List.of());
    }

    public ClaimsConfig {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
        TreeMap<String, List<String>> a = new TreeMap<>();
        aliases.forEach((k, v) -> a.put(k, List.copyOf(v)));
        aliases = java.util.Collections.unmodifiableMap(a);
        offices = offices == null ? MissingNode.getInstance() : offices.deepCopy();
        referenceFacts = List.copyOf(referenceFacts);
        events = List.copyOf(events);
        packs = List.copyOf(packs);
    }

    /** The offices additions (a copy: the node itself is mutable), MissingNode when none were given. */
    @Override
    public JsonNode offices() {
        return offices.deepCopy();
    }

    /** The include/exclude filter over document ids. */
    public DocumentFilter documentFilter() {
        return new DocumentFilter(includes, excludes);
    }

    /** Rule ids the configuration names, for checking them against the registered rules. */
    public List<String> ruleIds() {
        return List.copyOf(rules.keySet());
    }

    /** The findings with disabled rules removed and configured severities applied. */
    public List<Finding> applyRules(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String setting = rules.get(f.rule());
            if (setting == null) {
                out.add(f);
            } else if (!setting.equals("off")) {
                out.add(f.withSeverity(Severity.valueOf(setting.toUpperCase(Locale.ROOT))));
            }
        }
        return List.copyOf(out);
    }

    /** The report with {@link #applyRules(List)} applied to its findings. */
    public Report applyRules(Report report) {
        return new Report(report.toolVersion(), report.documents(), applyRules(report.findings()), report.corpus());
    }

    /** The extraction reduced to documents the filter accepts (see {@link DocumentFilter#apply(Extraction)}). */
    public Extraction filter(Extraction extraction) {
        return documentFilter().apply(extraction);
    }

    /**
     * The checker options with this configuration's additions: office lexicon entries, event lexicon files (their
     * rows before the built-in ones, so they win), name aliases (people) and reference-facts files.
     *
     * @throws dev.claims.ClaimsException naming the configuration file when an office entry or facts file is invalid
     */
    /**
     * What of this configuration shapes extraction, for cache keys: SHA-256 of the configuration file and of each
     * events file, by content ("none" without a file). Offices and aliases are in the file itself.
     */
    public String cacheKey() {
        StringBuilder b = new StringBuilder("config=");
        b.append(file == null ? "none" : sha(file));
        for (Path e : events) {
            b.append(";events=").append(sha(e));
        }
        if (!packs.isEmpty()) {
            b.append(";packs=").append(String.join(",", packs));
        }
        return b.toString();
    }

    private static String sha(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new ClaimsException(p, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The options with this configuration applied: its packs turned on (added to those already on, before anything
     * else, since the lexicons are rebuilt from the packs), then its offices, events, aliases and reference facts.
     */
    public CheckerOptions applyTo(CheckerOptions options) {
        CheckerOptions out = options;
        if (!packs.isEmpty()) {
            List<String> all = new ArrayList<>(options.packs().names());
            all.addAll(packs);
            out = out.withPacks(Packs.of(all));
        }
        if (offices.isArray() && !offices.isEmpty()) {
            com.fasterxml.jackson.databind.node.ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode();
            root.set("offices", offices.deepCopy());
            out = out.withLexicons(out.lexicons().withOffices(out.lexicons().offices().withEntriesFrom(root, file)));
        }
        for (Path e : events) {
            out = out.withLexicons(out.lexicons().withEvents(out.lexicons().events().withEntriesFrom(e)));
        }
        if (!aliases.isEmpty()) {
            out = out.withNames(out.names().withAliases(aliases, "person"));
        }
        if (!referenceFacts.isEmpty()) {
            List<ReferenceFacts> facts = new ArrayList<>(out.referenceFacts());
            referenceFacts.forEach(p -> facts.add(ReferenceFacts.load(p)));
            out = out.withReferenceFacts(facts);
        }
        return out;
    }
}
