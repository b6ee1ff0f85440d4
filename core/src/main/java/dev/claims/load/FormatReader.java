package dev.claims.load;

import dev.claims.ClaimsException;
import java.util.List;

/**
 * A reader for a document format that is not text (PDF, Word, OpenDocument). Readers are found through
 * {@link java.util.ServiceLoader}: a module such as {@code claims-pdf} lists its reader in
 * {@code META-INF/services/dev.claims.load.FormatReader}, and {@link FileSystemLoader} hands it every file it claims.
 * Without the module on the class path such a file is skipped with a reason naming the module.
 *
 * <p>A reader returns the document as Markdown (see {@link MarkdownText}): headings, paragraphs with
 * {@code *emphasis*}, {@code [^1]} markers and {@code [^1]: …} notes. That text becomes the document's text, so
 * every position in a report is a line and column of it; the warnings say what it was extracted from.
 *
 * <pre>{@code
 * public final class PdfReader implements FormatReader {
 *     public String name() { return "PDF"; }
 *     public boolean reads(String fileName, byte[] head) { return FormatReader.startsWith(head, "%PDF-"); }
 *     public Extracted read(byte[] bytes, Limits limits) { ... }
 * }
 * }</pre>
 */
public interface FormatReader {
    /** The format's name, as used in reasons and warnings: "PDF", "Word (.docx)". */
    String name();

    /** True when the file is in this reader's format, judged by its name and first bytes (at most 8 KB). */
    boolean reads(String fileName, byte[] head);

    /**
     * Extracts the document. Must not throw anything but {@link Unreadable}, must respect {@code limits} (the text
     * extracted counts against the file size limit) and must not print.
     *
     * @throws Unreadable with the one-sentence reason the file is skipped
     */
    Extracted read(byte[] bytes, Limits limits) throws Unreadable;

    /**
     * What a reader extracted.
     *
     * @param markdown the document as Markdown
     * @param warnings sentences about how it was read (what positions refer to, anything dropped)
     */
    record Extracted(String markdown, List<String> warnings) {
        public Extracted {
            warnings = List.copyOf(warnings);
        }
    }

    /** The file cannot be read; the message is the reason, one sentence without the file name. */
    final class Unreadable extends ClaimsException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String reason) {
            super(null, reason);
        }
    }

    /** True when {@code bytes} start with the ASCII characters of {@code prefix}. */
    static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case extension of a file name without the dot ("pdf"), or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
