package dev.claims.load;

import dev.claims.model.InputFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects a document's format from its extension and, for other extensions (.txt, none), from its content: wiki
 * source saved as .txt is still wiki source.
 *
 * <ul>
 *   <li>.html/.htm/.xhtml, .md/.markdown, .wiki/.mediawiki/.wikitext, .tex/.ltx decide by themselves.</li>
 *   <li>Otherwise, in the first 64 KiB: an HTML document element near the start ({@code <!DOCTYPE html>},
 *       {@code <html>}, {@code <body>}, {@code <p>}, {@code <div>}…) means HTML; wiki constructs
 *       ({@code [[File:}, {@code [[Category:}, {@code <ref>}, <code>{{cite</code>, {@code __NOTOC__}, a {@code ==Heading==}
 *       line) mean MediaWiki; enough Markdown signals ({@code [^1]:} definitions, {@code # Heading} lines,
 *       {@code [text](url)} links, fenced code) mean Markdown. Text with only {@code *italics*}, as PDF exports
 *       often have, stays plain text, whose reader knows superscript markers and page-interleaved notes.</li>
 * </ul>
 */
public final class FormatDetector {
    private static final Pattern WIKI = Pattern.compile(
            "\\[\\[(?:File|Category|Image):|<ref[ >/]|\\{\\{[Cc]ite |__NOTOC__|^={2,}[^=\\n]{1,200}={2,}\\s*$", Pattern.MULTILINE);
    private static final Pattern HTML = Pattern.compile(
            "<(?:!DOCTYPE html|html|head|body|p|div|article|main|section|table)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_FOOTNOTE = Pattern.compile("^\\[\\^[^\\]\\n]{1,50}\\]:", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6} \\S", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\((?:https?://|/|#|\\./)[^)\\s]{0,500}\\)");
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^```", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_REF = Pattern.compile("\\[\\^[^\\]\\s]{1,50}\\]");

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
        if (name.endsWith(".tex") || name.endsWith(".ltx")) {
            return InputFormat.LATEX;
        }
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        // each expression is tried only when the text holds a fragment every match of it contains (a cheap indexOf)
        String start = head.length() > 2048 ? head.substring(0, 2048) : head;
        if (start.indexOf('<') >= 0 && HTML.matcher(start).find()) {
            return InputFormat.HTML;
        }
        if ((head.contains("[[") || head.contains("<ref") || head.contains("{{") || head.contains("__NOTOC__")
                || head.contains("==")) && WIKI.matcher(head).find()) {
            return InputFormat.MEDIAWIKI;
        }
        int score = 0;
        boolean caretBracket = head.contains("[^");
        if (caretBracket && MARKDOWN_FOOTNOTE.matcher(head).find()) {
            score += 3;
        }
        if (head.indexOf('#') >= 0 && MARKDOWN_HEADING.matcher(head).find()) {
            score += 2;
        }
        Matcher links = MARKDOWN_LINK.matcher(head);
        for (int n = 0; n < 2 && head.contains("](") && links.find(); n++) {
            score += 1;
        }
        if (head.contains("```") && MARKDOWN_FENCE.matcher(head).find()) {
            score += 2;
        }
        if (caretBracket && MARKDOWN_REF.matcher(head).find()) {
            score += 1;
        }
        return score >= 3 ? InputFormat.MARKDOWN : InputFormat.TEXT;
    }
}
