/**
 * The Maven plugin: {@link dev.claims.maven.CheckMojo} runs {@code claims check} in the {@code verify} phase with the
 * command line's options and exit codes.
 */
package dev.claims.maven;
