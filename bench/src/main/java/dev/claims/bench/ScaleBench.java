package dev.claims.bench;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.Extraction;
import dev.claims.compare.Comparer;
import dev.claims.compare.Rule;
import dev.claims.eval.EvalResult;
import dev.claims.extract.DefaultExtractor;
import dev.claims.load.FileSystemLoader;
import dev.claims.resolve.SubjectResolver;
import dev.claims.structure.FormatStructurer;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldMatcher;
import dev.claims.generate.CorpusWriter;
import dev.claims.generate.GeneratorOptions;
import dev.claims.model.FindingKind;
import dev.claims.report.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * End-to-end scale benchmark: generates corpora of growing size (once; reused when present), runs the whole check on
 * each and prints documents/s, MB/s, claims/s, peak and retained heap, the time split between extraction and
 * resolution + comparison, the quality on the planted contradictions, and the time of a bare jsoup parse + ICU
 * sentence split of the same files (the baseline) with the ratio.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar dev.claims.bench.ScaleBench --sizes 1000,10000 --work /tmp/claims-scale
 * </pre>
 */
public final class ScaleBench {
    private static List<Rule> rules;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000, 50000);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "claims-scale");
        int threads = Runtime.getRuntime().availableProcessors();
        long seed = 1;
        boolean eval = true;
        List<String> excluded = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--work" -> work = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-eval" -> eval = false;
                case "--exclude-rules" -> excluded = List.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: ScaleBench [--sizes 1000,10000,50000] [--work DIR] [--threads N]"
                            + " [--seed S] [--no-eval] [--exclude-rules SimpleClassName,...]");
                    System.exit(2);
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        List<String> skip = excluded;
        List<Rule> rules = Comparer.registeredRules().stream()
                .filter(r -> !skip.contains(r.getClass().getSimpleName())).toList();
        System.out.printf(Locale.ROOT, "threads: %d, seed: %d, rules: %d of %d%s%n", threads, seed, rules.size(),
                Comparer.registeredRules().size(), excluded.isEmpty() ? "" : " (excluded: " + excluded + ")");
        ScaleBench.rules = rules;
        // warm up the JIT on a small corpus so the first size is not charged for it
        run(corpus(work, 300, seed), threads, false, true);
        System.out.println();
        System.out.println("| documents | MB | check s | extract s | resolve+compare s | docs/s | MB/s | claims | claims/s"
                + " | findings | peak heap MB | retained MB | baseline s | ratio | contradiction P / R |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int n : sizes) {
            run(corpus(work, n, seed), threads, eval, false);
        }
    }

    private record Corpus(int documents, Path dir, Path gold, List<Path> files, long bytes) {
    }

    private static Corpus corpus(Path work, int n, long seed) throws IOException {
        Path root = work.resolve("corpus-" + n + "-seed" + seed);
        Path docs = root.resolve("docs");
        Path gold = root.resolve("gold.json");
        Path stamp = root.resolve("generator.stamp");
        String current = generatorStamp();
        if (!Files.exists(gold) || !Files.exists(stamp) || !Files.readString(stamp).equals(current)) {
            // a corpus from another build of the generator has another gold: write it again
            deleteTree(root);
            long t = System.nanoTime();
            new CorpusWriter().write(GeneratorOptions.of(n, seed), docs, gold);
            Files.writeString(stamp, current);
            System.err.printf(Locale.ROOT, "generated %d documents in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new Corpus(files.size(), docs, gold, files, bytes);
    }

    private static void run(Corpus c, int threads, boolean eval, boolean warmup) throws Exception {
        gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
                heap.add(p);
            }
        }
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        CheckerOptions options = CheckerOptions.defaults().withThreads(threads);
        // the default checker's stages (Checker.withOptions), with the rules chosen on the command line
        Checker checker = new Checker(options, new FileSystemLoader(options.load()), new FormatStructurer(),
                new DefaultExtractor(), new SubjectResolver(), new Comparer(rules));
        long t0 = System.nanoTime();
        Extraction extraction = checker.extract(List.of(c.dir()));
        long t1 = System.nanoTime();
        Report report = checker.check(extraction);
        long t2 = System.nanoTime();
        sampler.stop();
        long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        gc();
        long retained = used();
        long textBytes = 0;
        long sentenceBytes = 0;
        for (var d : report.corpus()) {
            textBytes += stringBytes(d.document().text());
            for (var sentence : d.document().sentences()) {
                sentenceBytes += stringBytes(sentence.text()) + 8L * sentence.map().runs();
            }
        }
        int claims = report.summary().claims();
        int findings = report.findings().size();
        String quality = "-";
        if (eval) {
            EvalResult r = new GoldMatcher(GoldFile.read(c.gold()), c.gold()).score(report.corpus(), report.findings());
            quality = String.format(Locale.ROOT, "%s / %s", fmt(r.kind(FindingKind.CONTRADICTION).precision()),
                    fmt(r.kind(FindingKind.CONTRADICTION).recall()));
        }
        java.lang.ref.Reference.reachabilityFence(report);
        java.lang.ref.Reference.reachabilityFence(extraction);
        extraction = null;
        report = null;
        gc();
        long b0 = System.nanoTime();
        long sentences = Baseline.run(c.files(), threads);
        long b1 = System.nanoTime();
        double check = (t2 - t0) / 1e9;
        double base = (b1 - b0) / 1e9;
        double mb = c.bytes() / 1e6;
        if (warmup) {
            System.err.printf(Locale.ROOT, "warm-up: %d documents in %.1f s, baseline %.1f s (%d sentences)%n",
                    c.documents(), check, base, sentences);
            return;
        }
        System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.2f | %.0f | %.2f | %,d | %.0f | %,d | %d | %d | %.1f | %.1f | %s |%n",
                c.documents(), mb, check, (t1 - t0) / 1e9, (t2 - t1) / 1e9, c.documents() / check, mb / check, claims,
                claims / check, findings, Math.max(sampler.max(), 0) >> 20, retained >> 20, base, check / base, quality);
        System.out.printf(Locale.ROOT, "    held by the report: original texts %d MB, sentences (text + offset runs) %d MB;"
                + " sum of per-pool heap peaks %d MB%n", textBytes >> 20, sentenceBytes >> 20, poolPeaks >> 20);
    }

    /** Heap bytes of a string's characters: one per char when all are Latin-1 (compact strings), else two. */
    private static long stringBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return 2L * s.length();
            }
        }
        return s.length();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** Samples used heap every 10 ms; the maximum seen is the peak heap of the run. */
    private static final class HeapSampler implements Runnable {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            max.accumulateAndGet(used(), Math::max);
        }

        long max() {
            return max.get();
        }

        @Override
        public void run() {
            while (running) {
                max.accumulateAndGet(used(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
            }
        }
    }

    /** A digest of the generator's code and fact base: a reused corpus must come from the same generator. */
    private static String generatorStamp() throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String r : List.of("/dev/claims/generate/CorpusGenerator.class", "/dev/claims/generate/facts.json")) {
                try (java.io.InputStream in = CorpusWriter.class.getResourceAsStream(r)) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
