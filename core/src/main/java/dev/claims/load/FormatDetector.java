package dev.claims.load;

import dev.claims.model.InputFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects a document's format from its extension and, for plain-text extensions, from its content: wiki source
 * saved as .txt is still wiki source.
 */
public final class FormatDetector {
    private static final Pattern WIKI = Pattern.compile("\\[\\[(?:File|Category|Image):|<ref[ >]|\\{\\{cite |__NOTOC__|^={2,}[^=\\n]{1,200}={2,}\\s*$",
            Pattern.MULTILINE);
    private static final Pattern HTML = Pattern.compile("<(?:!DOCTYPE html|html|body|p|div)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_FOOTNOTE = Pattern.compile("^\\[\\^[^\\]\\n]{1,50}\\]:", Pattern.MULTILINE);

    public InputFormat detect(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return InputFormat.MARKDOWN;
        }
        if (name.endsWith(".wiki") || name.endsWith(".mediawiki") || name.endsWith(".wikitext")) {
            return InputFormat.MEDIAWIKI;
        }
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        if (HTML.matcher(head.length() > 2048 ? head.substring(0, 2048) : head).find()) {
            return InputFormat.HTML;
        }
        if (WIKI.matcher(head).find()) {
            return InputFormat.MEDIAWIKI;
        }
        if (MARKDOWN_FOOTNOTE.matcher(head).find()) {
            return InputFormat.MARKDOWN;
        }
        return InputFormat.TEXT;
    }
}
