package dev.claims.maven;

import dev.claims.cli.ClaimsCommand;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code claims:check}: runs {@code claims check} over the project's documents in the {@code verify} phase, writes
 * the reports to {@code target/claims/}, and fails the build as the command line's exit code says: findings at the
 * {@code failOn} level fail it, a usage error or nothing readable is an error.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.claims</groupId>
 *   <artifactId>claims-maven-plugin</artifactId>
 *   <version>0.1.0</version>
 *   <configuration>
 *     <inputs><input>texts</input></inputs>
 *     <failOn>contradiction</failOn>
 *     <baseline>claims-baseline.json</baseline>
 *   </configuration>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** Files and folders to check (default: the project's {@code docs} folder). */
    @Parameter(property = "claims.inputs", defaultValue = "${project.basedir}/docs", required = true)
    List<File> inputs;

    /** Report formats, comma-separated: text, json, markdown, html, sarif, junit, github. */
    @Parameter(property = "claims.formats", defaultValue = "text,sarif,junit,markdown")
    String formats;

    /** Where the reports go, one file per format ({@code report.sarif}, ...). */
    @Parameter(property = "claims.outputDirectory", defaultValue = "${project.build.directory}/claims")
    File outputDirectory;

    /** none, contradiction, citation, any, error, warning or note. */
    @Parameter(property = "claims.failOn", defaultValue = "contradiction")
    String failOn;

    /** Fail when there are more than this many findings at the failOn level. */
    @Parameter(property = "claims.maxFindings")
    Integer maxFindings;

    /** Fail only on findings not in this baseline file. */
    @Parameter(property = "claims.baseline")
    File baseline;

    /** Record the current findings in this baseline file. */
    @Parameter(property = "claims.writeBaseline")
    File writeBaseline;

    /** A configuration file instead of the nearest claims.json or .claims.json. */
    @Parameter(property = "claims.config")
    File config;

    /** Files of trusted facts to check claims against. */
    @Parameter
    List<File> referenceFacts;

    /** A folder to keep each document's extraction in, so an unchanged corpus is checked faster. */
    @Parameter(property = "claims.cache")
    File cache;

    /** Leave the check out. */
    @Parameter(property = "claims.skip", defaultValue = "false")
    boolean skip;

    /** The command line's arguments for this configuration. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("check"));
        for (File f : inputs) {
            args.add(f.getPath());
        }
        args.addAll(List.of("--format", formats, "--output-dir", outputDirectory.getPath(), "--fail-on", failOn));
        if (maxFindings != null) {
            args.addAll(List.of("--max-findings", maxFindings.toString()));
        }
        if (baseline != null) {
            args.addAll(List.of("--baseline", baseline.getPath()));
        }
        if (writeBaseline != null) {
            args.addAll(List.of("--write-baseline", writeBaseline.getPath()));
        }
        if (config != null) {
            args.addAll(List.of("--config", config.getPath()));
        }
        if (referenceFacts != null) {
            referenceFacts.forEach(f -> args.addAll(List.of("--reference-facts", f.getPath())));
        }
        if (cache != null) {
            args.addAll(List.of("--cache", cache.getPath()));
        }
        return args;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("claims: skipped (claims.skip)");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = ClaimsCommand.run(arguments().toArray(String[]::new), o, e);
        }
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("claims: error") || line.startsWith("claims: warning")) {
                getLog().warn(line);
            } else if (!line.isBlank()) {
                getLog().info(line);
            }
        }
        Path text = outputDirectory.toPath().resolve("report.txt");
        if (Files.isRegularFile(text)) {
            try {
                Files.readAllLines(text, StandardCharsets.UTF_8).forEach(getLog()::info);
            } catch (IOException ex) {
                throw new MojoExecutionException(text + ": cannot read the report: " + ex.getMessage(), ex);
            }
        }
        getLog().info("claims: reports in " + outputDirectory);
        if (code == 1) {
            throw new MojoFailureException("claims: findings at --fail-on " + failOn + " (reports in "
                    + outputDirectory + ")");
        }
        if (code != 0) {
            throw new MojoExecutionException("claims: the check could not run (exit code " + code + "): "
                    + err.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
