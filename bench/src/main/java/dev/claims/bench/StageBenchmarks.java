package dev.claims.bench;

import dev.claims.compare.Comparer;
import dev.claims.extract.DefaultExtractor;
import dev.claims.generate.CorpusWriter;
import dev.claims.generate.GeneratorOptions;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadOptions;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.RawDocument;
import dev.claims.resolve.SubjectResolver;
import dev.claims.structure.FormatStructurer;
import dev.claims.structure.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the hot stages, single-threaded, each over the same generated corpus (default 200 documents,
 * about 0.6 MB): ingestion (read + decode + detect), structuring, sentence splitting alone, claim extraction,
 * resolution + comparison, and the bare jsoup + ICU baseline. Scores are milliseconds per pass over the corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class StageBenchmarks {
    @Param({"200"})
    public int documents;

    private Path dir;
    private List<Path> files;
    private List<RawDocument> raws;
    private List<Document> structured;
    private List<ExtractedDocument> extracted;
    private final FileSystemLoader loader = new FileSystemLoader(LoadOptions.DEFAULTS);
    private final FormatStructurer structurer = new FormatStructurer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DefaultExtractor extractor = new DefaultExtractor();
    private final SubjectResolver resolver = new SubjectResolver();
    private final Comparer comparer = new Comparer(Comparer.registeredRules());

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Files.createTempDirectory("claims-bench");
        dir = root.resolve("docs");
        new CorpusWriter().write(GeneratorOptions.of(documents, 1), dir, root.resolve("gold.json"));
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        raws = loader.load(List.of(dir)).documents();
        structured = raws.stream().map(structurer::structure).toList();
        extracted = structured.stream().map(extractor::extract).toList();
    }

    @Benchmark
    public void load(Blackhole bh) {
        bh.consume(loader.load(List.of(dir)));
    }

    @Benchmark
    public void structure(Blackhole bh) {
        for (RawDocument r : raws) {
            bh.consume(structurer.structure(r));
        }
    }

    @Benchmark
    public void sentenceSplit(Blackhole bh) {
        for (RawDocument r : raws) {
            bh.consume(splitter.split(r.text()));
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (Document d : structured) {
            bh.consume(extractor.extract(d));
        }
    }

    @Benchmark
    public List<Finding> resolveAndCompare() {
        return comparer.compare(resolver.resolve(new ArrayList<>(extracted)));
    }

    @Benchmark
    public void baselineJsoupIcu(Blackhole bh) {
        for (Path f : files) {
            bh.consume(Baseline.sentences(Baseline.read(f)));
        }
    }
}
