package dev.claims.cli;

import dev.claims.eval.CitationGoldScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claims eval-citations --gold GOLD.json CORPUS_DIR}: checks each document of a citation gold file alone
 * (joined to its companion bibliography) and prints how its markers, notes and bibliography were counted and which
 * of its real problems were found.
 */
@Command(name = "eval-citations", mixinStandardHelpOptions = true,
        description = "Score the citation checks against a citation gold file: counts of markers, notes and"
                + " bibliography entries per document, real problems found, findings on clean documents.")
final class EvalCitationsCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Option(names = "--gold", paramLabel = "GOLD.json", required = true,
            description = "The citation gold file (format: docs/citation.md).")
    Path gold;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "The folder holding the gold's documents.")
    Path corpus;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            throw new UsageProblem(corpus + ": not a directory");
        }
        CitationGoldScorer scorer = new CitationGoldScorer(dev.claims.CheckerOptions.defaults());
        CitationGoldScorer.Result result = scorer.score(CitationGoldScorer.read(gold, corpus));
        parent.out().print(CitationGoldScorer.table(result));
        parent.out().flush();
        return ExitCode.OK.code;
    }
}
