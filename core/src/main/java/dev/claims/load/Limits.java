package dev.claims.load;

import dev.claims.ClaimsException;

/**
 * Immutable input limits: how much of a hostile or oversized input the checker accepts, and what happens at each
 * limit (see docs/limits.md). Every limit can be raised on the command line.
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULTS.withMaxHtmlDepth(2_000);   // a deeply nested but legitimate page
 * LoadOptions options = LoadOptions.DEFAULTS.withLimits(limits);
 * }</pre>
 *
 * <ul>
 *   <li>{@code maxFileBytes} (default 50 MB, {@code --max-file-size}): larger files are skipped, unread, with the
 *       reason; enforced by {@link FileSystemLoader}.</li>
 *   <li>{@code maxHtmlDepth} (default 512, {@code --max-html-depth}): an HTML document whose elements nest deeper is
 *       skipped with the reason before it is parsed; measured by {@link HtmlDepth} in {@link FileSystemLoader}.</li>
 *   <li>{@code maxSentenceChars} (default 5,000, {@code --max-sentence-length}): longer sentences stay in the document
 *       (and its spans) but are not searched for claims; the document gets a warning saying how many were passed
 *       over. Enforced by {@code dev.claims.extract.SentenceLimit} around the extract stage.</li>
 *   <li>{@code maxNotes} (default 5,000, {@code --max-notes}): a document with more notes is skipped with the reason
 *       after structuring; enforced by {@code dev.claims.structure.NoteLimit} around the structure stage.</li>
 * </ul>
 *
 * @param maxFileBytes     largest file read, in bytes
 * @param maxHtmlDepth     deepest element nesting accepted in an HTML document
 * @param maxSentenceChars longest sentence, in characters, that extractors look at
 * @param maxNotes         most notes accepted in one document
 *                         (a limit below 1 is a {@link ClaimsException})
 */
public record Limits(long maxFileBytes, int maxHtmlDepth, int maxSentenceChars, int maxNotes) {
    /** 50 MB, 512 levels, 5,000 characters, 5,000 notes. */
    public static final Limits DEFAULTS = new Limits(50L * 1024 * 1024, 512, 5_000, 5_000);

    public Limits {
        if (maxFileBytes < 1 || maxHtmlDepth < 1 || maxSentenceChars < 1 || maxNotes < 1) {
            throw new ClaimsException(null, "every limit must be at least 1 (got max file size " + maxFileBytes
                    + ", max HTML depth " + maxHtmlDepth + ", max sentence length " + maxSentenceChars
                    + ", max notes " + maxNotes + ")");
        }
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxHtmlDepth, maxSentenceChars, maxNotes);
    }

    public Limits withMaxHtmlDepth(int depth) {
        return new Limits(maxFileBytes, depth, maxSentenceChars, maxNotes);
    }

    public Limits withMaxSentenceChars(int chars) {
        return new Limits(maxFileBytes, maxHtmlDepth, chars, maxNotes);
    }

    public Limits withMaxNotes(int notes) {
        return new Limits(maxFileBytes, maxHtmlDepth, maxSentenceChars, notes);
    }
}
