package dev.claims.report;

/**
 * Escapes document text for GitHub-flavoured Markdown table cells and headings: HTML-significant characters become
 * entities (so raw HTML in a document never renders), Markdown punctuation is backslash-escaped (no links, emphasis
 * or tables from document text), and line breaks become spaces.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String escape(String s) {
        String clean = Excerpt.flatten(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!', '(', ')', '{', '}', '$' ->
                        b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
