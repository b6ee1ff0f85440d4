package dev.claims.cli;

import dev.claims.Checker;
import dev.claims.Extraction;
import dev.claims.citation.CorpusWorks;
import dev.claims.model.Work;
import dev.claims.citation.export.BibTexExporter;
import dev.claims.citation.export.CslJsonExporter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claims cite PATH... --format csl-json|bibtex}: the corpus's cited works, de-duplicated across documents. */
@Command(name = "cite", mixinStandardHelpOptions = true,
        description = "Export the works the documents cite (bibliographies, reading lists and full notes),"
                + " de-duplicated across documents, as CSL-JSON or BibTeX for a reference manager.")
final class CiteCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csl-json",
            description = "csl-json (default; Zotero, Pandoc, citeproc) or bibtex.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("csl-json") && !format.equals("bibtex")) {
            throw new UsageProblem("unknown format '" + format + "': use csl-json or bibtex");
        }
        Extraction extraction = Checker.withOptions(input.toOptions()).extract(input.paths);
        if (extraction.documents().isEmpty()) {
            throw new UsageProblem("no readable input in " + input.paths);
        }
        List<Work> works = CorpusWorks.of(extraction.documents()).stream().map(CorpusWorks.Entry::work).toList();
        OutputTarget.write(output, parent.out(), w -> {
            if (format.equals("bibtex")) {
                new BibTexExporter().write(works, w);
            } else {
                new CslJsonExporter().write(works, w);
            }
        });
        return ExitCode.OK.code;
    }
}
