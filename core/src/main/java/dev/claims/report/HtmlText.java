package dev.claims.report;

/**
 * Escapes text for HTML element content and quoted attribute values: {@code & < > " '} become character references
 * and NUL becomes U+FFFD, so no document text can open a tag, close an attribute or start a script.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\0' -> b.append('\ufffd');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
