package dev.claims;

import dev.claims.load.LoadOptions;

/**
 * Immutable checker settings; each {@code with...} returns a new instance, so options are safe to share.
 *
 * <pre>{@code
 * CheckerOptions opts = CheckerOptions.defaults().withThreads(2);
 * }</pre>
 *
 * @param load    loading limits and format override
 * @param threads worker threads for reading and extraction (documents are independent until comparison)
 */
public record CheckerOptions(LoadOptions load, int threads) {
    public static CheckerOptions defaults() {
        return new CheckerOptions(LoadOptions.DEFAULTS, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public CheckerOptions withLoad(LoadOptions l) {
        return new CheckerOptions(l, threads);
    }

    public CheckerOptions withThreads(int n) {
        return new CheckerOptions(load, Math.max(1, n));
    }
}
