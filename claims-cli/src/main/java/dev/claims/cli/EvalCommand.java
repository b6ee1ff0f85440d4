package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.config.ClaimsConfig;
import dev.claims.config.ConfigLoader;
import dev.claims.eval.EvalJsonWriter;
import dev.claims.eval.EvalResult;
import dev.claims.eval.EvalTextWriter;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldFormat;
import dev.claims.eval.GoldMatcher;
import dev.claims.eval.RowGold;
import dev.claims.eval.RowGoldResult;
import dev.claims.eval.RowGoldScorer;
import dev.claims.eval.RowGoldWriter;
import dev.claims.eval.ValueResult;
import dev.claims.eval.ValueScorer;
import dev.claims.model.ExtractedDocument;
import dev.claims.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claims eval --gold GOLD.json PATH...}: runs the checker and scores its findings against a gold file, in
 * either format (told apart by its JSON shape): an object of expected findings (fixtures/gold/README.md) or an
 * array of rows judged AGREE or CONTRADICT with {@code traps.json} beside it (the development corpora). When the
 * gold file lies inside a directory being checked it is left out of the corpus. {@code --topics DIR...} scores
 * several topic directories, each holding gold.json, traps.json and corpus/.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Check a corpus and score the findings against a gold file.",
            "A gold object with \"rows\" of expected findings: precision, recall and F1 per kind and per rule, then"
                    + " the missed gold rows and the findings that match no row.",
            "A gold array of rows judged AGREE or CONTRADICT (traps.json beside it): recall per verdict, the"
                    + " contradiction findings that cover a CONTRADICT row, an AGREE row or a trap, or no row;"
                    + " with --values the value-level score per kind instead."},
        footer = {"", "Examples:",
            "  claims eval --gold ../shared/dev/apollo11/gold.json ../shared/dev/apollo11/corpus",
            "  claims eval --values --gold ../shared/dev/apollo11/gold.json ../shared/dev/apollo11/corpus",
            "  claims eval --topics ../shared/dev            (every topic directory under it)"})
final class EvalCommand implements Callable<Integer> {
    private static final String GOLD_NAME = "gold.json";
    private static final String TRAPS_NAME = "traps.json";

    @ParentCommand
    ClaimsCommand parent;

    @Mixin
    InputOptions input;

    @Option(names = "--gold", paramLabel = "GOLD.json",
            description = "The gold file (format: fixtures/gold/README.md, or the dev corpora's array of rows).")
    Path gold;

    @Option(names = "--topics",
            description = "Each PATH is a topic directory holding gold.json (traps.json) and corpus/, or a directory"
                    + " of such directories; each topic is scored on its own.")
    boolean topics;

    @Option(names = "--values",
            description = "For a gold file of verdict rows: score the extraction instead (is each quoted date, time,"
                    + " count, figure and title extracted inside its quote, and with a subject), per kind.")
    boolean values;

    @Option(names = {"-v", "--verbose"},
            description = "For a gold file of verdict rows: list missed rows, false alarms, wrong and unjudged"
                    + " contradiction findings (with --values: the quotes not extracted or without a subject).")
    boolean verbose;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read this configuration file instead of ./claims.json or ./.claims.json, as check does.")
    Path config;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the scores here instead of stdout.")
    Path output;

    @Option(names = "--min-precision", paramLabel = "P", description = "Exit 1 when overall precision is below P"
            + " (gold of expected findings only).")
    Double minPrecision;

    @Option(names = "--min-recall", paramLabel = "R", description = "Exit 1 when overall recall is below R"
            + " (gold of expected findings only).")
    Double minRecall;

    /** A topic: its name, gold file and corpus. */
    private record Topic(String name, Path gold, List<Path> corpus) {
    }

    /** A topic scored: the fields of the reference scorer's JSON line, and the text for people. */
    private record Scored(Map<String, Object> fields, String text) {
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageProblem("eval writes text or json, not " + format);
        }
        ClaimsConfig cfg = config != null ? ConfigLoader.load(config)
                : ConfigLoader.discover(Path.of("").toAbsolutePath());
        if (topics) {
            if (gold != null) {
                throw new UsageProblem("use either --gold or --topics, not both");
            }
            noThresholds();
            return scoreTopics(cfg);
        }
        if (gold == null) {
            throw new UsageProblem("eval needs --gold GOLD.json (or --topics with topic directories)");
        }
        if (GoldFormat.detect(gold) == GoldFormat.VERDICT_ROWS) {
            noThresholds();
            Scored scored = scoreTopic(cfg, new Topic(null, gold, input.paths));
            OutputTarget.write(output, parent.out(), w -> w.write(format.equals("json")
                    ? RowGoldWriter.jsonLine(scored.fields()) + "\n" : scored.text()));
            return ExitCode.OK.code;
        }
        if (values || verbose) {
            throw new UsageProblem("--values and --verbose need a gold file of verdict rows; " + gold
                    + " lists expected findings (its text output already lists missed rows and unmatched findings)");
        }
        return scoreFindings(cfg);
    }

    private void noThresholds() {
        if (minPrecision != null || minRecall != null) {
            throw new UsageProblem("--min-precision and --min-recall apply to a gold file of expected findings,"
                    + " not to verdict rows");
        }
    }

    private int scoreTopics(ClaimsConfig cfg) throws IOException {
        List<Topic> list = new ArrayList<>();
        for (Path p : input.paths) {
            if (Files.isRegularFile(p.resolve(GOLD_NAME))) {
                list.add(topic(p));
                continue;
            }
            List<Path> subs = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    ds.forEach(d -> {
                        if (Files.isRegularFile(d.resolve(GOLD_NAME))) {
                            subs.add(d);
                        }
                    });
                }
            }
            if (subs.isEmpty()) {
                throw new UsageProblem(p + ": not a topic directory (no " + GOLD_NAME + " in it or in a directory in it)");
            }
            subs.stream().sorted().forEach(d -> list.add(topic(d)));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Topic t : list) {
            Scored scored = scoreTopic(cfg, t);
            all.put(t.name(), scored.fields());
            text.append(text.length() == 0 ? "" : "\n").append("== ").append(t.name()).append(" ==\n")
                    .append(scored.text());
        }
        OutputTarget.write(output, parent.out(), w -> w.write(format.equals("json")
                ? RowGoldWriter.jsonLine(all) + "\n" : text.toString()));
        return ExitCode.OK.code;
    }

    private static Topic topic(Path dir) {
        Path corpus = dir.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new UsageProblem(dir + ": a topic directory needs a corpus/ directory beside " + GOLD_NAME);
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Topic(name == null ? dir.toString() : name.toString(), dir.resolve(GOLD_NAME), List.of(corpus));
    }

    /** Scores one topic's findings, or with --values its extraction. */
    private Scored scoreTopic(ClaimsConfig cfg, Topic t) throws IOException {
        RowGold rows = RowGold.read(t.gold());
        Checker checker = Checker.withOptions(cfg.applyTo(input.toOptions()));
        Extraction extraction = without(cfg.filter(checker.extract(t.corpus())), t.gold(),
                t.gold().resolveSibling(TRAPS_NAME));
        StringWriter text = new StringWriter();
        text.write("gold: " + t.gold() + " (" + rows.rows().size() + " rows, " + rows.traps().size() + " traps)\n");
        RowGoldWriter writer = new RowGoldWriter(verbose);
        if (values) {
            List<Path> dirs = t.corpus().stream()
                    .map(p -> Files.isDirectory(p) ? p : p.toAbsolutePath().getParent()).toList();
            ValueResult result = new ValueScorer().score(rows, extraction.documents(), dirs);
            writer.writeText(result, text);
            return new Scored(RowGoldWriter.fields(result), text.toString());
        }
        Report report = cfg.applyRules(checker.check(extraction));
        RowGoldResult result = new RowGoldScorer().score(rows, report.findings());
        writer.writeText(result, text);
        return new Scored(RowGoldWriter.fields(result), text.toString());
    }

    /** The extraction without {@code files} (the gold file, the traps beside it), when they lie in the corpus. */
    private static Extraction without(Extraction all, Path... files) {
        Set<Path> skip = new HashSet<>();
        for (Path f : files) {
            skip.add(f.toAbsolutePath().normalize());
        }
        List<ExtractedDocument> docs = all.documents().stream()
                .filter(d -> !skip.contains(d.document().path().toAbsolutePath().normalize()))
                .toList();
        return new Extraction(docs, all.skipped());
    }

    private int scoreFindings(ClaimsConfig cfg) throws IOException {
        GoldFile goldFile = GoldFile.read(gold);
        Checker checker = Checker.withOptions(cfg.applyTo(input.toOptions()));
        Extraction extraction = without(cfg.filter(checker.extract(input.paths)), gold);
        Report report = cfg.applyRules(checker.check(extraction));
        EvalResult result = new GoldMatcher(goldFile, gold).score(extraction.documents(), report.findings());
        OutputTarget.write(output, parent.out(), w -> {
            if (format.equals("json")) {
                new EvalJsonWriter().write(result, w);
            } else {
                new EvalTextWriter().write(result, w);
            }
        });
        boolean below = (minPrecision != null && !(result.overall().precision() >= minPrecision))
                || (minRecall != null && !(result.overall().recall() >= minRecall));
        return below ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}
