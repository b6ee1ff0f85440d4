/**
 * Progress of a long check, for front ends that show it (the CLI's progress bar on stderr): a
 * {@link dev.claims.progress.ProgressListener} the pipeline calls as documents are read, claims extracted and
 * comparisons made. The library never prints; listeners decide what to show.
 */
package dev.claims.progress;
