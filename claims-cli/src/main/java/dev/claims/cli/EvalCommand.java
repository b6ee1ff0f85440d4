package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.eval.EvalJsonWriter;
import dev.claims.eval.EvalResult;
import dev.claims.eval.EvalTextWriter;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldMatcher;
import dev.claims.model.ExtractedDocument;
import dev.claims.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claims eval --gold GOLD.json PATH...}: runs the checker and scores its findings against a gold file. When
 * the gold file lies inside a directory being checked it is left out of the corpus.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Check a corpus and score the findings against a gold file: precision, recall and F1 per kind"
                + " and per rule, then the missed gold rows and the findings that match no row.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Mixin
    InputOptions input;

    @Option(names = "--gold", paramLabel = "GOLD.json", required = true, description = "The gold file (format: fixtures/gold/README.md).")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the scores here instead of stdout.")
    Path output;

    @Option(names = "--min-precision", paramLabel = "P", description = "Exit 1 when overall precision is below P.")
    Double minPrecision;

    @Option(names = "--min-recall", paramLabel = "R", description = "Exit 1 when overall recall is below R.")
    Double minRecall;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageProblem("eval writes text or json, not " + format);
        }
        GoldFile goldFile = GoldFile.read(gold);
        Checker checker = Checker.withOptions(input.toOptions());
        Extraction all = checker.extract(input.paths);
        Path goldAbs = gold.toAbsolutePath().normalize();
        List<ExtractedDocument> docs = all.documents().stream()
                .filter(d -> !d.document().path().toAbsolutePath().normalize().equals(goldAbs))
                .toList();
        Extraction extraction = new Extraction(docs, all.skipped());
        Report report = checker.check(extraction);
        EvalResult result = new GoldMatcher(goldFile, gold).score(docs, report.findings());
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
