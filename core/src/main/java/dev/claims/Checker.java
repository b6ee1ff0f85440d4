package dev.claims;

import dev.claims.cache.ExtractionCache;
import dev.claims.compare.Comparer;
import dev.claims.compare.OfficeClasses;
import dev.claims.compare.ReferenceFactRule;
import dev.claims.compare.ReferenceFacts;
import dev.claims.compare.Rule;
import dev.claims.compare.UsesOfficeClasses;
import dev.claims.compare.UsesPacks;
import dev.claims.compare.CalendarNormalizer;
import dev.claims.extract.DefaultExtractor;
import dev.claims.extract.Extractor;
import dev.claims.load.DocumentLoader;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.Limits;
import dev.claims.load.LoadResult;
import dev.claims.structure.NoteLimit;
import dev.claims.extract.SentenceLimit;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.RawDocument;
import dev.claims.model.Skipped;
import dev.claims.progress.ProgressListener;
import dev.claims.report.DocumentEntry;
import dev.claims.report.Report;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.Resolver;
import dev.claims.resolve.SubjectResolver;
import dev.claims.structure.FormatStructurer;
import dev.claims.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The front door: load → structure → extract → resolve → compare, producing a {@link Report}.
 *
 * <pre>{@code
 * Report report = Checker.withDefaults().check(List.of(Path.of("seeds")));
 * report.findings().forEach(f -> System.out.println(f.kind() + " " + f.subject()));
 * }</pre>
 *
 * <p>Thread-safe; documents are read and extracted in parallel and results are always in a deterministic order.
 * A failure while processing one document is recorded on that document and does not stop the others.
 */
public final class Checker {
    private final CheckerOptions options;
    private final DocumentLoader loader;
    private final Structurer structurer;
    private final Extractor extractor;
    private final Resolver resolver;
    private final Comparer comparer;
    private final ExtractionCache cache;

    public Checker(CheckerOptions options, DocumentLoader loader, Structurer structurer, Extractor extractor,
                   Resolver resolver, Comparer comparer) {
        this(options, loader, structurer, extractor, resolver, comparer, null);
    }

    private Checker(CheckerOptions options, DocumentLoader loader, Structurer structurer, Extractor extractor,
                    Resolver resolver, Comparer comparer, ExtractionCache cache) {
        this.cache = cache;
        this.options = options;
        this.loader = loader;
        this.structurer = structurer;
        this.extractor = extractor;
        this.resolver = resolver;
        this.comparer = comparer;
    }

    public static Checker withDefaults() {
        return withOptions(CheckerOptions.defaults());
    }

    public static Checker withOptions(CheckerOptions options) {
        Limits limits = options.load().limits();
        return new Checker(options, new FileSystemLoader(options.load()),
                new NoteLimit(new FormatStructurer(), limits.maxNotes()),
                new SentenceLimit(new DefaultExtractor(options.lexicons()), limits.maxSentenceChars()),
                new SubjectResolver(options.names(), options.lexicons().offices()), new Comparer(rules(options)));
    }

    /**
     * The registered rules (those comparing offices given the options' office lexicon), plus one reference-facts rule
     * per facts file in the options.
     */
    private static List<Rule> rules(CheckerOptions options) {
        OfficeClasses classes = OfficeClasses.of(options.lexicons().offices());
        List<Rule> rules = new ArrayList<>();
        for (Rule r : Comparer.registeredRules()) {
            Rule withClasses = r instanceof UsesOfficeClasses u ? u.withOfficeClasses(classes) : r;
            rules.add(withClasses instanceof UsesPacks p ? p.withPacks(options.packs()) : withClasses);
        }
        for (ReferenceFacts facts : options.referenceFacts()) {
            rules.add(new ReferenceFactRule(facts, classes, options.names(), CalendarNormalizer.of(options.packs())));
        }
        return rules;
    }

    /**
     * This checker, taking each document's extraction from {@code cache} when it holds one for the same content and
     * options, and storing the others there. The caller's options key must describe this checker's options.
     */
    public Checker withCache(ExtractionCache c) {
        return new Checker(options, loader, structurer, extractor, resolver, comparer, c);
    }

    /** Runs the whole pipeline over files and directories. */
    public Report check(List<Path> paths) {
        return check(extract(paths));
    }

    /** Resolves and compares an already extracted corpus. */
    public Report check(Extraction extraction) {
        return check(extraction, ProgressListener.NONE);
    }

    /** Resolves and compares an already extracted corpus, reporting each rule run to {@code progress}. */
    public Report check(Extraction extraction, ProgressListener progress) {
        List<ExtractedDocument> documents = SubjectResolver.byId(extraction.documents());
        // with threads to spare, the rules' document-only work (the citation audits) runs on another thread while the
        // corpus is resolved on this one; the rules that read it find it done, or wait for it
        ExecutorService side = options.threads() <= 1 ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claims-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            if (side != null) {
                // a failure there is held in the future, never printed: the rule that reads the audit runs it again
                // and meets the failure itself
                side.submit(() -> comparer.prepare(documents));
            }
            ResolvedCorpus corpus = resolver.resolve(documents);
            return new Report(Version.get(), entries(extraction), comparer.compare(corpus, progress, options.threads()),
                    corpus.documents());
        } finally {
            if (side != null) {
                side.shutdown(); // the rules waited for what they read: nothing the report needs is still running
            }
        }
    }

    /** Loads, structures and extracts every document. */
    public Extraction extract(List<Path> paths) {
        return extract(paths, ProgressListener.NONE);
    }

    /** Loads, structures and extracts every document, reporting each document done to {@code progress}. */
    public Extraction extract(List<Path> paths, ProgressListener progress) {
        LoadResult loaded = loader.load(paths);
        int total = loaded.documents().size();
        progress.started(ProgressListener.Stage.READ, total);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger claimCount = new java.util.concurrent.atomic.AtomicInteger();
        List<ExtractedDocument> docs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(loaded.skipped());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "claims-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ExtractedDocument>> futures = new ArrayList<>();
            for (RawDocument raw : loaded.documents()) {
                futures.add(pool.submit(() -> {
                    try {
                        ExtractedDocument ed = extractOne(raw);
                        progress.claims(claimCount.addAndGet(ed.claims().size()));
                        return ed;
                    } finally {
                        progress.advanced(ProgressListener.Stage.READ, done.incrementAndGet(), total);
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                RawDocument raw = loaded.documents().get(i);
                try {
                    docs.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String problem = cause instanceof ClaimsException ce ? ce.problem()
                            : "could not be processed: " + cause;
                    skipped.add(new Skipped(raw.id(), raw.path(), problem, false));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClaimsException(raw.path(), "interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        docs.sort(Comparator.comparing(ExtractedDocument::id));
        skipped.sort(Comparator.comparing(Skipped::id));
        return new Extraction(docs, skipped);
    }

    private ExtractedDocument extractOne(RawDocument raw) {
        if (cache != null) {
            Optional<ExtractedDocument> kept = cache.get(raw);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        Document doc = structurer.structure(raw);
        ExtractedDocument extracted = extractor.extract(doc);
        if (cache != null) {
            cache.put(raw, extracted);
        }
        return extracted;
    }

    private static List<DocumentEntry> entries(Extraction extraction) {
        List<DocumentEntry> entries = new ArrayList<>();
        for (ExtractedDocument ed : extraction.documents()) {
            Document d = ed.document();
            String problem = d.warnings().isEmpty() ? null : String.join("; ", d.warnings());
            entries.add(new DocumentEntry(d.id(), d.path().toString(), d.format().id(), d.title(), "ok", problem,
                    ed.claims().size(), d.notes().size(), d.bibliography().size()));
        }
        for (Skipped s : extraction.skipped()) {
            entries.add(new DocumentEntry(s.id(), s.path().toString(), null, null, "skipped", s.problem(), 0, 0, 0));
        }
        entries.sort(Comparator.comparing(DocumentEntry::id));
        return entries;
    }
}
