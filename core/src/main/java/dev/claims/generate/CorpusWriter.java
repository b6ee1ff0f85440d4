package dev.claims.generate;

import dev.claims.ClaimsException;
import dev.claims.eval.GoldFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus to disk: every document as a UTF-8 file in a directory, then the gold file. Documents
 * are streamed to disk as they are generated, so memory does not grow with the corpus.
 *
 * <pre>{@code
 * Summary s = new CorpusWriter().write(GeneratorOptions.of(1000, 42), Path.of("corpus"), Path.of("corpus/gold.json"));
 * }</pre>
 */
public final class CorpusWriter {
    private final CorpusGenerator generator;

    public CorpusWriter() {
        this(new CorpusGenerator());
    }

    public CorpusWriter(CorpusGenerator generator) {
        this.generator = generator;
    }

    /** What was written. */
    public record Summary(int documents, long bytes, GoldFile gold) {
    }

    public Summary write(GeneratorOptions options, Path directory, Path goldFile) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ClaimsException(directory, "cannot create directory: " + e.getMessage());
        }
        long[] bytes = {0};
        int[] count = {0};
        GoldFile gold;
        try {
            gold = generator.generate(options, doc -> {
                Path file = directory.resolve(doc.id());
                byte[] data = doc.text().getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(file, data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes[0] += data.length;
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw new ClaimsException(directory, "cannot write document: " + e.getCause().getMessage());
        }
        try {
            Path parent = goldFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(goldFile, StandardCharsets.UTF_8)) {
                new GoldWriter().write(gold, w);
            }
        } catch (IOException e) {
            throw new ClaimsException(goldFile, "cannot write gold file: " + e.getMessage());
        }
        return new Summary(count[0], bytes[0], gold);
    }
}
