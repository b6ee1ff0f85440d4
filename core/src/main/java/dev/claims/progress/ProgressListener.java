package dev.claims.progress;

/**
 * Receives progress events from a check. Every method has an empty default, so a listener implements only what it
 * shows. Calls may come from worker threads concurrently: implementations must be thread-safe and cheap (they run
 * inside the pipeline).
 *
 * <pre>{@code
 * ProgressListener log = new ProgressListener() {
 *     public void advanced(Stage stage, int done, int total) {
 *         System.err.printf("%s %d/%d%n", stage.label(), done, total);
 *     }
 * };
 * }</pre>
 *
 * <p>How the checker reports: {@code started(READ, n)} once the inputs are listed; {@code advanced(READ, i, n)} after
 * each document is read and extracted, with {@code claims(total)} carrying the running claim count;
 * {@code started(COMPARE, rules)} and {@code advanced(COMPARE, i, rules)} after each rule; {@code finished()} at the
 * end, also when the check fails.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** The stages a user can see progress in. */
    enum Stage {
        READ("documents"), COMPARE("comparisons");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** What is counted, for display: "documents", "comparisons". */
        public String label() {
            return label;
        }
    }

    /** A stage begins with {@code total} units of work (0 when unknown). */
    default void started(Stage stage, int total) {
    }

    /** {@code done} of {@code total} units of the stage are complete. */
    default void advanced(Stage stage, int done, int total) {
    }

    /** The number of claims extracted so far. */
    default void claims(int total) {
    }

    /** The check is over (successfully or not); a display can clear itself. */
    default void finished() {
    }
}
