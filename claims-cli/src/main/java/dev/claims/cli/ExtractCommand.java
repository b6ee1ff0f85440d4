package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.config.ClaimsConfig;
import dev.claims.config.ConfigLoader;
import dev.claims.report.ExtractionJsonWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claims extract PATH...}: what was found in each document, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the notes, bibliography and claims extracted from each document as JSON.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read this configuration file instead of ./claims.json or ./.claims.json (its offices and includes/excludes apply).")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw new UsageProblem("extract writes json only, not " + format);
        }
        ClaimsConfig cfg = config != null ? ConfigLoader.load(config)
                : ConfigLoader.discover(Path.of("").toAbsolutePath());
        Extraction extraction = cfg.filter(Checker.withOptions(cfg.applyTo(input.toOptions())).extract(input.paths));
        OutputTarget.write(output, parent.out(), w -> new ExtractionJsonWriter().write(extraction.documents(), w));
        return ExitCode.OK.code;
    }
}
