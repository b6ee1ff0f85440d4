package dev.claims.load;

import dev.claims.model.InputFormat;

/**
 * Immutable loading limits and overrides.
 *
 * @param maxFileBytes largest file read (default 50 MB); larger files are skipped with a reason
 * @param forcedFormat format to use for every file instead of detection, or null
 * @param followLinks  follow symbolic links found while walking directories
 */
public record LoadOptions(long maxFileBytes, InputFormat forcedFormat, boolean followLinks) {
    public static final LoadOptions DEFAULTS = new LoadOptions(50L * 1024 * 1024, null, false);

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(bytes, forcedFormat, followLinks);
    }

    public LoadOptions withForcedFormat(InputFormat format) {
        return new LoadOptions(maxFileBytes, format, followLinks);
    }

    public LoadOptions withFollowLinks(boolean follow) {
        return new LoadOptions(maxFileBytes, forcedFormat, follow);
    }
}
