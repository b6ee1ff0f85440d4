package dev.claims.load;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures how deeply an HTML document's elements nest, in one pass over the raw text and before any parser sees
 * it, so that a page nested ten thousand levels deep can be refused cheaply.
 *
 * <p>The count follows the tags as written: void elements ({@code <br>}), self-closed tags and elements whose end
 * tag is optional ({@code <p>}, {@code <li>}, {@code <td>}, ...) do not add a level; comments, doctype and the
 * contents of {@code <script>}, {@code <style>} and other raw-text elements are passed over; an end tag closes its
 * nearest open element of the same name and everything opened inside it, as a browser does. It is therefore a lower
 * bound of what an HTML parser builds, never more.
 *
 * <pre>{@code
 * new HtmlDepth().measure("<div><div><p>x</div></div>", 100);   // 2
 * }</pre>
 */
public final class HtmlDepth {
    private static final Set<String> NO_LEVEL = Set.of(
            // void elements
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr", "keygen", "basefont", "bgsound", "frame", "image", "isindex", "menuitem",
            // elements whose end tag may be left out
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt", "rb", "rtc", "thead", "tbody",
            "tfoot", "colgroup", "caption");
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    /**
     * The deepest nesting found, stopping early as soon as it exceeds {@code stopAbove}.
     *
     * @return the depth, at most {@code stopAbove + 1}
     */
    public int measure(String html, int stopAbove) {
        ArrayDeque<String> open = new ArrayDeque<>();
        Map<String, Integer> openCount = new HashMap<>();
        int max = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next == '!' || next == '?') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && nameEnd - nameStart < 64 && isNameChar(html.charAt(nameEnd), nameEnd == nameStart)) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                i = lt + 1; // a literal '<'
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = tagEnd(html, nameEnd);
            if (tagEnd < 0) {
                break; // unterminated tag: a parser reads the rest as part of it
            }
            i = tagEnd + 1;
            if (closing) {
                if (openCount.getOrDefault(name, 0) > 0) {
                    String popped;
                    do {
                        popped = open.pop();
                        openCount.merge(popped, -1, Integer::sum);
                    } while (!popped.equals(name));
                }
                continue;
            }
            if (RAW_TEXT.contains(name)) {
                i = rawTextEnd(html, i, name);
                continue;
            }
            if (name.equals("plaintext")) {
                break;
            }
            boolean selfClosed = html.charAt(tagEnd - 1) == '/';
            if (selfClosed || NO_LEVEL.contains(name)) {
                continue;
            }
            open.push(name);
            openCount.merge(name, 1, Integer::sum);
            if (open.size() > max) {
                max = open.size();
                if (max > stopAbove) {
                    return max;
                }
            }
        }
        return max;
    }

    private static boolean isNameChar(char c, boolean first) {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return first ? letter : letter || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.';
    }

    /** Index of the '>' ending a tag whose name ends at {@code from}, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '>') {
                return j;
            } else if ((c == '"' || c == '\'') && j > 0 && html.charAt(j - 1) == '=') {
                quote = c;
            }
        }
        return -1;
    }

    /** Index just after the end tag {@code </name ...>} closing a raw-text element, or the text's length. */
    private static int rawTextEnd(String html, int from, String name) {
        int j = from;
        while (true) {
            int lt = html.indexOf("</", j);
            if (lt < 0) {
                return html.length();
            }
            if (html.regionMatches(true, lt + 2, name, 0, name.length())) {
                int end = html.indexOf('>', lt);
                return end < 0 ? html.length() : end + 1;
            }
            j = lt + 2;
        }
    }
}
