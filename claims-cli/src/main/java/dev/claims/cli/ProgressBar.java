package dev.claims.cli;

import dev.claims.progress.ProgressListener;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress display on stderr ({@code \r}-redrawn): documents read, claims, comparisons, elapsed time.
 * It stays silent for the first {@link #DELAY_MILLIS} so quick runs print nothing, redraws at most four times a
 * second, and erases itself when the check finishes. Used only on an interactive terminal (see {@link Terminal}).
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
    static final long DELAY_MILLIS = 1500;
    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private final Map<Stage, int[]> stages = new EnumMap<>(Stage.class);
    private final ScheduledExecutorService ticker;
    private Stage current = Stage.READ;
    private int claims;
    private boolean drawn;
    private boolean done;

    ProgressBar(PrintWriter err) {
        this.err = err;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claims-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, DELAY_MILLIS, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void started(Stage stage, int total) {
        current = stage;
        stages.put(stage, new int[] {0, total});
    }

    @Override
    public synchronized void advanced(Stage stage, int done, int total) {
        current = stage;
        stages.put(stage, new int[] {done, total});
    }

    @Override
    public synchronized void claims(int total) {
        claims = total;
    }

    @Override
    public synchronized void finished() {
        if (done) {
            return;
        }
        done = true;
        ticker.shutdownNow();
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    @Override
    public void close() {
        finished();
    }

    private synchronized void draw() {
        if (done) {
            return;
        }
        err.print("\r" + line(current, stages, claims, (System.nanoTime() - startNanos) / 1_000_000_000.0)
                + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** The text of the bar, e.g. {@code [#########-----------] 3/5 documents · 120 claims · 2.4s}. */
    static String line(Stage current, Map<Stage, int[]> stages, int claims, double seconds) {
        int[] p = stages.getOrDefault(current, new int[] {0, 0});
        StringBuilder b = new StringBuilder("claims: ");
        if (p[1] > 0) {
            int filled = (int) Math.min(WIDTH, (long) WIDTH * p[0] / p[1]);
            b.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ").append(p[0])
                    .append('/').append(p[1]).append(' ').append(current.label());
        } else {
            b.append(current == Stage.READ ? "reading documents" : "comparing claims");
            if (p[0] > 0) {
                b.append(' ').append(p[0]);
            }
        }
        int[] read = stages.get(Stage.READ);
        if (current != Stage.READ && read != null) {
            b.append(" · ").append(read[0]).append(" documents");
        }
        if (claims > 0) {
            b.append(" · ").append(claims).append(" claims");
        }
        b.append(String.format(java.util.Locale.ROOT, " · %.1fs", seconds));
        return b.toString();
    }
}
