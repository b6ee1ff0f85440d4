package dev.claims.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Markdown a {@link FormatReader} returns: one line per heading or paragraph, notes as
 * {@code [^label]: …} definitions after the body, and {@code <!-- … -->} comments (page breaks) that the Markdown
 * reader sets aside as noise. Text is escaped, so a literal {@code *} or {@code [1]} in a document stays text.
 *
 * <pre>{@code
 * MarkdownText md = new MarkdownText();
 * md.heading(1, "Title");
 * md.paragraph(new MarkdownText.Inline().text("A claim.").ref("1"));
 * md.note("1", new MarkdownText.Inline().text("Price, ").emphasis("History").text(", 12."));
 * md.build();   // "# Title\n\nA claim.[^1]\n\n[^1]: Price, *History*, 12.\n"
 * }</pre>
 */
public final class MarkdownText {
    private final List<String> body = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Inline text under construction: plain runs, emphasised runs and note references. */
    public static final class Inline {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder italic = new StringBuilder();
        private boolean inItalic;

        /** Appends plain text (escaped; line breaks and runs of white space become one space). */
        public Inline text(String s) {
            return run(s, false);
        }

        /** Appends emphasised text; adjacent emphasised runs merge, white space at their edges stays outside. */
        public Inline emphasis(String s) {
            return run(s, true);
        }

        /** Appends text, emphasised or not. */
        public Inline run(String s, boolean emphasised) {
            if (emphasised || (inItalic && s.isBlank())) {
                // white space between two emphasised runs stays inside the emphasis
                inItalic = true;
                italic.append(s);
            } else {
                closeItalic();
                appendEscaped(out, s);
            }
            return this;
        }

        /** Appends a note reference {@code [^label]}. */
        public Inline ref(String label) {
            closeItalic();
            trimEnd(out);
            out.append("[^").append(label(label)).append(']');
            return this;
        }

        public boolean isBlank() {
            return out.toString().isBlank() && italic.toString().isBlank();
        }

        private void closeItalic() {
            if (!inItalic) {
                return;
            }
            inItalic = false;
            String s = italic.toString();
            italic.setLength(0);
            int a = 0;
            int b = s.length();
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            appendEscaped(out, s.substring(0, a));
            if (a < b) {
                out.append('*');
                appendEscaped(out, s.substring(a, b));
                out.append('*');
            }
            appendEscaped(out, s.substring(b));
        }

        String build() {
            closeItalic();
            String s = out.toString().replaceAll("\\s+", " ").strip();
            // a paragraph must not open a list, heading, quote or code block
            if (s.matches("(?s)(?:[-+=>#]|\\d{1,9}[.)]).*")) {
                int cut = s.startsWith("-") || s.startsWith("+") || s.startsWith("=") || s.startsWith(">") || s.startsWith("#")
                        ? 0 : s.indexOf(s.matches("(?s)\\d{1,9}\\..*") ? '.' : ')');
                s = s.substring(0, cut) + "\\" + s.substring(cut);
            }
            return s;
        }
    }

    public MarkdownText heading(int level, String text) {
        String t = new Inline().text(text).build();
        if (!t.isEmpty()) {
            body.add("#".repeat(Math.max(1, Math.min(6, level))) + " " + t);
        }
        return this;
    }

    public MarkdownText paragraph(Inline inline) {
        String t = inline.build();
        if (!t.isEmpty()) {
            body.add(t);
        }
        return this;
    }

    /** A note definition; its text follows the body whatever the order of calls. */
    public MarkdownText note(String label, Inline inline) {
        notes.add("[^" + label(label) + "]: " + inline.build());
        return this;
    }

    /** An HTML comment line ("page 2"), kept out of the sentences. */
    public MarkdownText comment(String text) {
        body.add("<!-- " + text.replace("--", "- -") + " -->");
        return this;
    }

    public String build() {
        List<String> all = new ArrayList<>(body);
        all.addAll(notes);
        return String.join("\n\n", all) + "\n";
    }

    private static String label(String label) {
        String l = label.strip().replaceAll("[\\s\\[\\]^\\\\]+", "");
        return l.isEmpty() ? "?" : l;
    }

    private static void trimEnd(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && Character.isWhitespace(sb.charAt(n - 1))) {
            n--;
        }
        sb.setLength(n);
    }

    private static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>!&|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c);
        }
    }
}
