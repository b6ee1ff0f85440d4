package dev.claims.report;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Escapes text for HTML element content and quoted attribute values with commons-text's XML 1.0 escaper:
 * {@code & < > " '} become character references and characters no document may contain (NUL and other C0 controls
 * but tab, line feed and carriage return; unpaired surrogates) are dropped, so no document text can open a tag, close
 * an attribute or start a script.
 *
 * <pre>{@code
 * HtmlText.escape("<b>\"x\" & 'y'</b>");  // &lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;
 * }</pre>
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String s) {
        return s == null ? "" : StringEscapeUtils.escapeXml10(s);
    }
}
