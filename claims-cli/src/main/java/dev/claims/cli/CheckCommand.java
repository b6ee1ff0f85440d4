package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.compare.ReferenceFacts;
import dev.claims.ClaimsException;
import dev.claims.Extraction;
import dev.claims.cache.ExtractionCache;
import dev.claims.compare.Comparer;
import dev.claims.compare.Rule;
import dev.claims.compare.RuleInfo;
import dev.claims.config.ClaimsConfig;
import dev.claims.config.ConfigLoader;
import dev.claims.config.Suppressions;
import dev.claims.model.FindingKind;
import dev.claims.progress.ProgressListener;
import dev.claims.report.Baseline;
import dev.claims.report.BaselineEntry;
import dev.claims.report.BaselineFile;
import dev.claims.report.Report;
import dev.claims.report.ReportContext;
import dev.claims.report.ReportWriter;
import dev.claims.report.ReportWriters;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claims check PATH...}: the whole pipeline, one report in one or several formats. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a corpus: compare claims across documents and check citations.",
        footer = {"", "Exit codes: 0 = no findings at the --fail-on level (and at most --max-findings),"
                + " 1 = findings at that level, 2 = usage error, nothing readable, or --fail-on with no document read.",
            "The nearest claims.json or .claims.json from the first PATH up to the repository root (else the working"
                + " directory) is read unless --config names another file."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            description = "text, json, markdown, html, sarif, junit or github (default: ${DEFAULT-VALUE})."
                    + " Repeat or separate with commas to write several, with --output-dir.")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each format to DIR/report.<ext> (report.json, report.html, report.sarif, ...).")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none",
            description = "none; a kind: contradiction, citation or any; or a severity and above: error, warning or note"
                    + " (default: ${DEFAULT-VALUE}): exit 1 when such findings exist. JUnit failures and GitHub"
                    + " annotation levels follow it.")
    FailOn failOn;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "Exit 1 when there are more than N findings at the --fail-on level"
                    + " (all contradictions, citation problems and variants when --fail-on is none).")
    Integer maxFindings;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings not in this baseline; list its entries that no longer occur.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the ids of the current findings (all but agreements) in FILE, sorted.")
    Path writeBaseline;

    @Option(names = "--reference-facts", paramLabel = "FILE",
            description = "A file of trusted facts (JSON or CSV, see docs/reference-facts.md) to check claims against; repeatable.")
    List<Path> referenceFacts = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read this configuration file instead of the nearest claims.json or .claims.json"
                    + " (looked up from the first PATH to the repository root).")
    Path config;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each document's extraction in DIR, keyed by its content, the options that shape it and"
                    + " this version: an unchanged corpus is checked in a fraction of the time. Entries from another"
                    + " version or other options are not used.")
    Path cache;

    @Option(names = "--timestamp", description = "Put the time of the run in the report (otherwise output is byte-for-byte reproducible).")
    boolean timestamp;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (only on a terminal and without NO_COLOR), always or never"
                    + " (default: ${DEFAULT-VALUE}).")
    ColourMode colour;

    /** When to colour the text report. */
    enum ColourMode { auto, always, never }

    @Option(names = {"-q", "--quiet"}, description = "No progress display and no notes on stderr; errors only.")
    boolean quiet;

    @Option(names = "--list-rules", help = true, description = "List the comparison rules and exit.")
    boolean listRules;

    /** The environment, replaceable in tests. */
    Map<String, String> env = System.getenv();

    /** The working directory, for finding claims.json and making SARIF paths relative. */
    Path workingDirectory = Path.of("").toAbsolutePath();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            listRules(parent.out());
            return ExitCode.OK.code;
        }
        List<ReportWriter> writers = writers();
        if (maxFindings != null && maxFindings < 0) {
            throw new UsageProblem("--max-findings must be 0 or more, not " + maxFindings);
        }
        ClaimsConfig cfg = config != null ? ConfigLoader.load(config)
                : input.paths.isEmpty() ? ConfigLoader.discover(workingDirectory)
                : ConfigLoader.discover(workingDirectory.resolve(input.paths.get(0)), workingDirectory);
        checkRuleIds(cfg);

        Report report;
        SkippedPolicy.Verdict skippedVerdict;
        int readCount;
        int skippedCount;
        ExtractionCache extractionCache = null;
        ProgressListener progress = Terminal.progress(Terminal.stderrInteractive(), env, quiet) ? new ProgressBar(err)
                : ProgressListener.NONE;
        try {
            CheckerOptions options = cfg.applyTo(input.toOptions());
            if (!referenceFacts.isEmpty()) {
                List<ReferenceFacts> facts = new ArrayList<>(options.referenceFacts());
                referenceFacts.forEach(f -> facts.add(ReferenceFacts.load(f)));
                options = options.withReferenceFacts(facts);
            }
            Checker checker = Checker.withOptions(options);
            if (cache != null) {
                extractionCache = ExtractionCache.open(cache, "load=" + options.load() + ";packs=" + options.packs().names() + ";" + cfg.cacheKey());
                checker = checker.withCache(extractionCache);
            }
            Extraction extraction = cfg.filter(checker.extract(input.paths, progress));
            if (extraction.documents().isEmpty() && extraction.skipped().isEmpty()) {
                throw new UsageProblem("nothing to read: the configuration's includes/excludes leave no documents"
                        + (cfg.file() == null ? "" : " (" + cfg.file() + ")"));
            }
            readCount = extraction.documents().size();
            skippedCount = extraction.skipped().size();
            skippedVerdict = SkippedPolicy.judgeSkipped(input.paths, extraction.skipped(), failOn);
            report = cfg.applyRules(checker.check(extraction, progress));
        } finally {
            progress.finished();
        }
        if (extractionCache != null) {
            note(err, "cache " + cache + ": " + extractionCache.hits() + " documents reused, "
                    + extractionCache.misses() + " read and stored");
        }
        Suppressions.Applied inDocuments = Suppressions.apply(report, ruleInfos().stream().map(RuleInfo::id)
                .collect(Collectors.toSet()));
        report = inDocuments.report();
        inDocuments.problems().forEach(p -> err.println("claims: warning: " + p));
        if (!inDocuments.suppressed().isEmpty()) {
            note(err, inDocuments.suppressed().size() + " findings switched off by claims-disable comments in the"
                    + " documents (listed as suppressed in SARIF)");
        }

        if (writeBaseline != null) {
            BaselineFile.write(Baseline.of(report), writeBaseline);
            note(err, "wrote " + Baseline.of(report).entries().size() + " findings to the baseline " + writeBaseline);
        }
        ReportContext ctx = ReportContext.defaults().withWorkingDirectory(workingDirectory)
                .withFailOn(failOn.threshold()).withSuppressed(inDocuments.suppressed());
        if (baseline != null) {
            Baseline.Applied applied = BaselineFile.read(baseline).apply(report, baseline.toString());
            report = applied.report();
            ctx = ctx.withBaseline(applied.status());
            note(err, "baseline " + baseline + ": " + applied.status().suppressed() + " known findings not shown, "
                    + applied.status().absent().size() + " baseline entries no longer occur");
            for (BaselineEntry e : applied.status().absent()) {
                note(err, "  no longer found: " + e.id() + " " + e.rule() + ": " + e.subject());
            }
        }
        if (timestamp) {
            ctx = ctx.withTimestamp(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        write(report, writers, ctx);
        if (!quiet || skippedVerdict.failed()) {
            skippedVerdict.print(err);
        }
        if (skippedVerdict.failed()) {
            return ExitCode.ERROR.code;
        }
        if (failOn != FailOn.none && readCount == 0) {
            err.println("claims: error: no document could be read (" + skippedCount + " skipped), so --fail-on "
                    + failOn + " cannot pass");
            err.flush();
            return ExitCode.ERROR.code;
        }
        return exitCode(report);
    }

    private List<ReportWriter> writers() {
        Set<String> names = new LinkedHashSet<>();
        for (String f : formats) {
            if (!f.isBlank()) {
                names.add(f.trim());
            }
        }
        List<ReportWriter> out = new ArrayList<>();
        for (String name : names) {
            out.add(ReportWriters.forFormat(name).orElseThrow(() -> new UsageProblem("unknown format " + name
                    + " (available: " + ReportWriters.all().stream().map(ReportWriter::format)
                    .collect(Collectors.joining(", ")) + ")")));
        }
        if (out.isEmpty()) {
            throw new UsageProblem("--format needs a format name");
        }
        if (outputDir != null && output != null) {
            throw new UsageProblem("use either --output or --output-dir, not both");
        }
        if (out.size() > 1 && outputDir == null) {
            throw new UsageProblem("several formats need --output-dir DIR (one file per format)");
        }
        return out;
    }

    private void write(Report report, List<ReportWriter> writers, ReportContext ctx)
            throws Exception {
        if (outputDir != null) {
            Files.createDirectories(outputDir);
            for (ReportWriter w : writers) {
                Path file = outputDir.resolve("report." + w.extension());
                OutputTarget.write(file, parent.out(), out -> w.write(report, out, ctx));
            }
            return;
        }
        ReportWriter w = writers.get(0);
        boolean paint = switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> output == null && Terminal.colour(Terminal.stdoutInteractive(), env);
        };
        ReportContext c = ctx.withColour(paint);
        OutputTarget.write(output, parent.out(), out -> w.write(report, out, c));
    }

    /** 1 when findings at the --fail-on level exist, or, with --max-findings, when there are more than N. */
    private int exitCode(Report report) {
        long counted = failOn == FailOn.none && maxFindings != null
                ? report.findings().stream().filter(f -> f.kind() != FindingKind.AGREEMENT).count()
                : failOn.count(report.findings());
        long allowed = maxFindings == null ? 0 : maxFindings;
        return counted > allowed ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    private void checkRuleIds(ClaimsConfig cfg) {
        Set<String> known = ruleInfos().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        for (String id : cfg.ruleIds()) {
            if (!known.contains(id)) {
                throw new ClaimsException(cfg.file(), "unknown rule \"" + id + "\" under \"rules\" (known rules: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private static List<RuleInfo> ruleInfos() {
        return Comparer.registeredRules().stream().map(Rule::infos).flatMap(List::stream)
                .sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    private static void listRules(PrintStream out) {
        List<RuleInfo> rules = ruleInfos();
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
        StringBuilder b = new StringBuilder();
        for (RuleInfo r : rules) {
            b.append(String.format("%-" + width + "s  %-13s  %-7s  %s%n", r.id(), r.kind().id(), r.severity().id(),
                    r.summary()));
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8), 0, b.toString().getBytes(StandardCharsets.UTF_8).length);
        out.flush();
    }

    private void note(PrintWriter err, String message) {
        if (!quiet) {
            err.println("claims: " + message);
        }
    }
}
