package dev.claims.cache;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.ClaimsException;
import dev.claims.Version;
import dev.claims.model.Citation;
import dev.claims.model.Work;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.OffsetMap;
import dev.claims.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps each document's extraction in a folder, keyed by a SHA-256 of the document (its text, id, path, format and
 * how it was read), the options that shape extraction (given by the caller as one string), the cache format and the
 * checker's version and commit. An unchanged corpus is then structured and extracted once; a document that changed,
 * or a cache written by another version or with other options, is simply not found. An entry is trusted only when
 * its stored key equals the one computed now; an unreadable or foreign entry is a miss, never an error.
 *
 * <pre>{@code
 * ExtractionCache cache = ExtractionCache.open(Path.of(".claims-cache"), "input-format=auto;config=" + configHash);
 * Report report = Checker.withDefaults().withCache(cache).check(List.of(Path.of("texts")));
 * cache.hits();    // documents whose extraction came from the cache
 * }</pre>
 *
 * <p>Entries are {@code DIR/ab/abcdef….json.gz}, written to a temporary file and moved into place, so runs in parallel
 * and interrupted runs leave no half-written entry. Thread-safe.
 */
public final class ExtractionCache {
    /** Bumped whenever the stored form changes. */
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = mapper();

    private final Path dir;
    private final String optionsKey;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private ExtractionCache(Path dir, String optionsKey) {
        this.dir = dir;
        this.optionsKey = optionsKey;
    }

    /**
     * A cache in {@code dir}, created if missing.
     *
     * @param optionsKey everything besides the document that shapes its extraction (input format, limits, the
     *                   configuration's lexicon additions): entries written under another key are not used
     * @throws ClaimsException naming the folder when it cannot be created
     */
    public static ExtractionCache open(Path dir, String optionsKey) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ClaimsException(dir, "cannot create the cache folder: " + e.getMessage(), e);
        }
        return new ExtractionCache(dir, optionsKey);
    }

    /** The extraction stored for this document under the current key, if any. */
    public Optional<ExtractedDocument> get(RawDocument raw) {
        String key = key(raw);
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !key.equals(root.path("key").asText()) || !root.has("document")) {
                misses.incrementAndGet();
                return Optional.empty();
            }
            ExtractedDocument ed = relinked(MAPPER.treeToValue(root.get("document"), ExtractedDocument.class));
            hits.incrementAndGet();
            return Optional.of(ed);
        } catch (IOException | RuntimeException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Stores a document's extraction; a failure to write leaves the cache without the entry and is not an error. */
    public void put(RawDocument raw, ExtractedDocument extracted) {
        String key = key(raw);
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            try {
                ObjectNode root = MAPPER.createObjectNode();
                root.put("key", key).put("format", FORMAT).put("version", Version.describe());
                root.set("document", MAPPER.valueToTree(extracted));
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                    MAPPER.writeValue(out, root);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
        }
    }

    /**
     * The document with each citation's work the same object as the equal work in {@code works()}, as extraction
     * makes it: JSON keeps values, not identity, and the citation audits compare works by identity.
     */
    static ExtractedDocument relinked(ExtractedDocument ed) {
        Map<Work, Work> canonical = new HashMap<>();
        for (Work w : ed.works()) {
            canonical.putIfAbsent(w, w);
        }
        List<Citation> citations = new ArrayList<>();
        for (Citation c : ed.citations()) {
            Work same = c.work() == null ? null : canonical.get(c.work());
            citations.add(same == null ? c : new Citation(c.noteLabel(), c.span(), c.text(), c.form(), same,
                    c.locator(), c.resolution(), c.reason()));
        }
        return new ExtractedDocument(ed.document(), ed.claims(), ed.mentions(), ed.works(), citations, ed.frames());
    }

    /** Documents found in the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Documents looked up and not found (or not trusted) so far. */
    public int misses() {
        return misses.get();
    }

    /** The entry key of a document: 64 hex digits. */
    String key(RawDocument raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {"claims-cache/" + FORMAT, Version.describe(), optionsKey, raw.id(),
                String.valueOf(raw.path()), String.valueOf(raw.format()), String.join("\u0001", raw.warnings()),
                raw.text()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
    }

    /**
     * Records as JSON, with paths, dates and decimals (scale kept) as strings; the concrete class of a field whose declared type is one of our interfaces (a claim's
     * {@code Value}) is stored beside it, and only classes of this library may be named there.
     */
    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        BasicPolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder().allowIfSubType("dev.claims.")
                .build();
        TypeResolverBuilder<?> typer = new ObjectMapper.DefaultTypeResolverBuilder(
                ObjectMapper.DefaultTyping.NON_FINAL, ptv) {
            @Override
            public boolean useForType(JavaType t) {
                while (t.isContainerType() && t.getContentType() != null) {
                    t = t.getContentType();
                }
                Class<?> c = t.getRawClass();
                return c.getName().startsWith("dev.claims.") && !t.isFinal() && !c.isEnum() && !c.isRecord();
            }
        };
        typer = typer.init(JsonTypeInfo.Id.CLASS, null).inclusion(JsonTypeInfo.As.PROPERTY).typeProperty("@class");
        m.setDefaultTyping(typer);
        SimpleModule module = new SimpleModule("claims-cache");
        module.addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class));
        module.addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
            @Override
            protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                return LocalDate.parse(value);
            }
        });
        module.addSerializer(java.time.LocalTime.class, new ToStringSerializer(java.time.LocalTime.class));
        module.addDeserializer(java.time.LocalTime.class,
                new FromStringDeserializer<java.time.LocalTime>(java.time.LocalTime.class) {
                    @Override
                    protected java.time.LocalTime _deserialize(String value, DeserializationContext ctxt) {
                        return java.time.LocalTime.parse(value);
                    }
                });
        module.addSerializer(BigDecimal.class, new ToStringSerializer(BigDecimal.class));
        module.addDeserializer(BigDecimal.class, new FromStringDeserializer<BigDecimal>(BigDecimal.class) {
            @Override
            protected BigDecimal _deserialize(String value, DeserializationContext ctxt) {
                return new BigDecimal(value);
            }
        });
        module.addSerializer(Path.class, new ToStringSerializer(Path.class));
        module.addDeserializer(Path.class, new FromStringDeserializer<Path>(Path.class) {
            @Override
            protected Path _deserialize(String value, DeserializationContext ctxt) {
                return Path.of(value);
            }
        });
        module.addSerializer(OffsetMap.class, new StdSerializer<OffsetMap>(OffsetMap.class) {
            @Override
            public void serialize(OffsetMap map, JsonGenerator gen, SerializerProvider provider) throws IOException {
                int[] offsets = map.toArray();
                gen.writeArray(offsets, 0, offsets.length);
            }
        });
        module.addDeserializer(OffsetMap.class, new StdDeserializer<OffsetMap>(OffsetMap.class) {
            @Override
            public OffsetMap deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return OffsetMap.of(p.readValueAs(int[].class));
            }
        });
        m.registerModule(module);
        return m;
    }
}
