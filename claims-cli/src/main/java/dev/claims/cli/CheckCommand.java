package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.report.Report;
import dev.claims.report.ReportWriter;
import dev.claims.report.ReportWriters;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claims check PATH...}: the whole pipeline, one report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a corpus: compare claims across documents and check citations.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, html, sarif, junit or github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none",
            description = "none, contradiction, citation or any (default: ${DEFAULT-VALUE}): exit 1 when such findings exist.")
    FailOn failOn;

    @Override
    public Integer call() throws Exception {
        ReportWriter writer = ReportWriters.forFormat(format).orElseThrow(
                () -> new UsageProblem("format " + format + " is not available yet"));
        Report report = Checker.withOptions(input.toOptions()).check(input.paths);
        OutputTarget.write(output, parent.out(), w -> writer.write(report, w));
        return failOn.count(report.findings()) > 0 ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}
