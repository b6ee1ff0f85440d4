package dev.claims.cli;

import dev.claims.generate.CorpusWriter;
import dev.claims.generate.GeneratorOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claims generate --documents N --seed S --out DIR}: a synthetic corpus and its gold file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic corpus in the seeds' styles, with planted agreements,"
                + " contradictions, name variants and citation errors, and its gold file (for claims eval).")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Option(names = "--documents", paramLabel = "N", required = true, description = "How many documents.")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the documents to.")
    Path out;

    @Option(names = "--gold", paramLabel = "FILE", description = "Where to write the gold file (default: DIR/gold.json).")
    Path gold;

    @Option(names = "--office-conflict-rate", paramLabel = "P", defaultValue = "0.25",
            description = "Per person and cluster: one document gives another office (default: ${DEFAULT-VALUE}).")
    double officeRate;

    @Option(names = "--variant-rate", paramLabel = "P", defaultValue = "0.2",
            description = "Per person and cluster: one document spells the name differently (default: ${DEFAULT-VALUE}).")
    double variantRate;

    @Option(names = "--citation-error-rate", paramLabel = "P", defaultValue = "0.25",
            description = "Per essay: one note gives another year than the bibliography (default: ${DEFAULT-VALUE}).")
    double citationRate;

    @Option(names = "--date-conflict-rate", paramLabel = "P", defaultValue = "0.05",
            description = "Per mention of a real event: a shifted date, at most --max-wrong per event (default: ${DEFAULT-VALUE}).")
    double dateRate;

    @Option(names = "--quantity-conflict-rate", paramLabel = "P", defaultValue = "0.05",
            description = "Per mention of a figure: million/billion switched, at most once per figure (default: ${DEFAULT-VALUE}).")
    double quantityRate;

    @Option(names = "--max-wrong", paramLabel = "K", defaultValue = "3",
            description = "Most wrong dates per real event in the corpus (default: ${DEFAULT-VALUE}).")
    int maxWrong;

    @Override
    public Integer call() {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(documents, seed, officeRate, variantRate, citationRate, dateRate,
                    quantityRate, maxWrong);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        Path goldFile = gold != null ? gold : out.resolve("gold.json");
        CorpusWriter.Summary s = new CorpusWriter().write(options, out, goldFile);
        parent.out().printf(Locale.ROOT, "wrote %d documents (%.1f MB) to %s and %d gold rows to %s%n",
                s.documents(), s.bytes() / 1e6, out, s.gold().rows().size(), goldFile);
        parent.out().flush();
        return ExitCode.OK.code;
    }
}
