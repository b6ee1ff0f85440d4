package dev.claims.cli;

import dev.claims.ClaimsException;
import dev.claims.Version;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code claims} command line. Only this module prints or exits. */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = ClaimsCommand.VersionProvider.class,
        description = "Source criticism and citation checking: where documents agree, contradict, vary, and whether"
                + " their citations hold up.",
        subcommands = {CheckCommand.class, ExtractCommand.class, EvalCommand.class, EvalCitationsCommand.class, GenerateCommand.class, CiteCommand.class,
                CommandLine.HelpCommand.class})
public final class ClaimsCommand implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    private final PrintStream out;
    private final PrintStream err;

    public ClaimsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: check, extract, cite, eval or generate");
    }

    /** Runs the command line and returns the exit code (does not exit). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ClaimsCommand root = new ClaimsCommand(out, err);
        CommandLine cl = new CommandLine(root);
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> ExitCode.ERROR.code);
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("claims: " + ex.getMessage());
            cl.getErr().println("Try 'claims --help' for usage.");
            return ExitCode.ERROR.code;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (root.debug) {
                ex.printStackTrace(cl.getErr());
            }
            cl.getErr().println("claims: " + message(ex));
            return ExitCode.ERROR.code;
        });
        return cl.execute(args);
    }

    private static String message(Exception ex) {
        if (ex instanceof ClaimsException || ex instanceof UsageProblem || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.IOException) {
            return "input/output error: " + ex.getMessage();
        }
        return "internal error: " + ex + " (run with --debug for details)";
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Reads the version from the core library. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claims " + Version.describe()};
        }
    }
}
