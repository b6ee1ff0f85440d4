package dev.claims.load;

import dev.claims.model.InputFormat;
import java.nio.charset.Charset;

/**
 * Immutable loading settings: the input {@link Limits}, an optional forced format, and whether symbolic links are
 * followed while walking directories.
 *
 * <pre>{@code
 * LoadOptions opts = LoadOptions.DEFAULTS.withMaxFileBytes(200L << 20).withFollowLinks(true);
 * }</pre>
 *
 * @param limits       input limits (file size, HTML depth, sentence length, notes per document)
 * @param forcedFormat format to use for every file instead of detection, or null
 * @param followLinks  follow symbolic links found while walking directories, even out of the given roots
 *                     (loops are detected and reported)
 * @param encoding     the character encoding of every text file instead of detection, or null
 */
public record LoadOptions(Limits limits, InputFormat forcedFormat, boolean followLinks, Charset encoding) {
    public static final LoadOptions DEFAULTS = new LoadOptions(Limits.DEFAULTS, null, false, null);

    public LoadOptions {
        if (limits == null) {
            throw new dev.claims.ClaimsException(null, "limits must not be null");
        }
    }

    /** Without a forced encoding. */
    public LoadOptions(Limits limits, InputFormat forcedFormat, boolean followLinks) {
        this(limits, forcedFormat, followLinks, null);
    }

    /** The original three-part form: default limits except the file size. */
    public LoadOptions(long maxFileBytes, InputFormat forcedFormat, boolean followLinks) {
        this(Limits.DEFAULTS.withMaxFileBytes(maxFileBytes), forcedFormat, followLinks, null);
    }

    /** Largest file read, in bytes (the same as {@code limits().maxFileBytes()}). */
    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(limits.withMaxFileBytes(bytes), forcedFormat, followLinks, encoding);
    }

    public LoadOptions withLimits(Limits l) {
        return new LoadOptions(l, forcedFormat, followLinks, encoding);
    }

    public LoadOptions withForcedFormat(InputFormat format) {
        return new LoadOptions(limits, format, followLinks, encoding);
    }

    public LoadOptions withFollowLinks(boolean follow) {
        return new LoadOptions(limits, forcedFormat, follow, encoding);
    }

    /** Decode every text file with {@code charset} (null: detect). */
    public LoadOptions withEncoding(Charset charset) {
        return new LoadOptions(limits, forcedFormat, followLinks, charset);
    }
}
