package dev.claims.cli;

import dev.claims.CheckerOptions;
import dev.claims.model.InputFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by every command that reads a corpus. */
public final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (recursed; hidden files skipped).")
    List<Path> paths;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every file as text, html, mediawiki or markdown instead of detecting the format.")
    String inputFormat;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).",
            defaultValue = "52428800")
    long maxFileSize;

    @Option(names = "--follow-links", description = "Follow symbolic links while walking directories.")
    boolean followLinks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    CheckerOptions toOptions() {
        CheckerOptions o = CheckerOptions.defaults();
        var load = o.load().withMaxFileBytes(maxFileSize).withFollowLinks(followLinks);
        if (inputFormat != null) {
            load = load.withForcedFormat(InputFormat.fromId(inputFormat));
        }
        o = o.withLoad(load);
        return threads == null ? o : o.withThreads(threads);
    }
}
