package dev.claims.pdf;

import dev.claims.load.MarkdownText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lays the glyphs of a PDF out again as headings, paragraphs and notes.
 *
 * <ul>
 *   <li>Glyphs are grouped into lines by baseline; a glyph clearly smaller than its line and raised above its
 *       baseline is a superscript: in the body a note marker, at the start of a line at the foot a note's number.</li>
 *   <li>The body size is the most common glyph size. On each page, the lines at the bottom set smaller than it are
 *       the footnotes; a note starts at a line that begins with a superscript or with the next note number
 *       ("5Margaret Hale…"), and a line at the top of a page's notes that does not start one continues the last note
 *       of the page before.</li>
 *   <li>A line that is only a page number ("3", "iv") at the top or bottom of a page is dropped, and so is a running
 *       head or foot: a first or last line in the top or bottom eighth set apart from the text, whose words,
 *       numbers aside, recur so on another page ("The Harbour Survey 3", "The Harbour Survey 4"). Lines set at 1.2
 *       times the body size or more are headings (the first with the largest size is the title).</li>
 *   <li>A paragraph ends before an indented line, a wider gap between lines, or after a short line that ends a
 *       sentence; a paragraph goes on over a page break. A word hyphenated at a line end is joined again.</li>
 *   <li>Glyphs of italic fonts (by name, or by the font's italic angle) are {@code *emphasis*}; ligatures
 *       (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) are spelled out.</li>
 * </ul>
 */
final class PageLayout {
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,5}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8}");
    private static final Pattern ITALIC_FONT = Pattern.compile("(?i).*(?:italic|oblique|[+-]?CMTI\\d|[+-]?CMSL\\d|-It\\b|-Ital).*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;”\"’')\\]]$");
    private static final Map<Character, String> LIGATURES = Map.of('ﬀ', "ff", 'ﬁ', "fi", 'ﬂ', "fl", 'ﬃ', "ffi", 'ﬄ', "ffl", 'ﬅ', "st", '\u00AD', "-");

    record Glyph(String text, float x, float y, float w, float size, boolean italic) {
    }

    static final class Line {
        final List<Glyph> glyphs = new ArrayList<>();
        float y;
        float size;

        float x0() {
            return glyphs.get(0).x();
        }

        float x1() {
            Glyph g = glyphs.get(glyphs.size() - 1);
            return g.x() + g.w();
        }

        String plain() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString().strip();
        }

        boolean superscript(Glyph g) {
            return g.size() < 0.8f * size && g.y() < y - 0.2f * size && !g.text().isBlank();
        }
    }

    record Page(int number, float height, List<Line> lines) {
        int characters() {
            return lines.stream().mapToInt(l -> l.glyphs.size()).sum();
        }
    }

    private final List<Page> pages;
    private final float bodySize;
    private final float maxSize;

    PageLayout(List<Page> pages) {
        this.pages = pages;
        Map<Float, Integer> counts = new HashMap<>();
        float max = 0;
        for (Page p : pages) {
            for (Line l : p.lines()) {
                for (Glyph g : l.glyphs) {
                    counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
                }
                max = Math.max(max, l.size);
            }
        }
        this.bodySize = counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10f);
        this.maxSize = max;
    }

    /** The glyphs of page {@code number} (1-based), grouped into lines sorted top to bottom. */
    static Page page(PDDocument doc, int number) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        float[] height = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                height[0] = page.getMediaBox().getHeight();
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                for (char c : u.toCharArray()) {
                    String lig = LIGATURES.get(c);
                    text.append(lig != null ? lig : Character.isWhitespace(c) || c == '\u00a0' ? " " : String.valueOf(c));
                }
                glyphs.add(new Glyph(text.toString(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        t.getFontSizeInPt(), italic(t.getFont())));
            }
        };
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(doc);
        return new Page(number, height[0], lines(glyphs));
    }

    private static boolean italic(PDFont font) {
        if (font == null) {
            return false;
        }
        if (font.getName() != null && ITALIC_FONT.matcher(font.getName()).matches()) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isItalic() || d.getItalicAngle() != 0);
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        Line current = null;
        Glyph ref = null;
        for (Glyph g : glyphs) {
            boolean sameLine = current != null && Math.abs(g.y() - ref.y()) <= 0.6f * Math.max(ref.size(), g.size())
                    && g.x() > ref.x() - 2 * ref.size();
            if (!sameLine) {
                current = new Line();
                lines.add(current);
                ref = g;
            } else if (g.size() >= 0.9f * ref.size() || ref.size() < 0.8f * g.size()) {
                ref = g;
            }
            current.glyphs.add(g);
        }
        for (Line l : lines) {
            settle(l);
        }
        lines.sort(Comparator.comparingDouble(l -> l.y));
        // lines the content stream wrote in two parts at one baseline are one line
        List<Line> merged = new ArrayList<>();
        for (Line l : lines) {
            Line last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Math.abs(last.y - l.y) < 0.3f * Math.max(1, last.size)) {
                last.glyphs.addAll(l.glyphs);
                last.glyphs.sort(Comparator.comparingDouble(Glyph::x));
                settle(last);
            } else {
                merged.add(l);
            }
        }
        return merged;
    }

    /** A line's size is that of most of its glyphs, its baseline that of its first glyph of that size. */
    private static void settle(Line l) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : l.glyphs) {
            if (!g.text().isBlank()) {
                counts.merge(g.size(), 1, Integer::sum);
            }
        }
        l.size = counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(l.glyphs.get(0).size());
        l.y = l.glyphs.stream().filter(g -> g.size() == l.size).findFirst().orElse(l.glyphs.get(0)).y();
    }

    /** The text of a line or note as runs of plain or italic text and note references. */
    private static final class Content {
        private final List<Object[]> items = new ArrayList<>();

        boolean isEmpty() {
            return items.isEmpty();
        }

        void text(String s, boolean italic) {
            if (!items.isEmpty()) {
                Object[] last = items.get(items.size() - 1);
                if (last.length == 2 && (Boolean) last[1] == italic) {
                    last[0] = last[0] + s;
                    return;
                }
            }
            items.add(new Object[] {s, italic});
        }

        void ref(String label) {
            items.add(new Object[] {label});
        }

        /** Appends the next line: a hyphen at the end of this one joins a word broken over the two. */
        void newLine(String nextStart) {
            if (items.isEmpty()) {
                return;
            }
            Object[] last = items.get(items.size() - 1);
            if (last.length == 2) {
                String s = ((String) last[0]).stripTrailing();
                boolean hyphen = s.length() >= 2 && s.endsWith("-") && Character.isLetter(s.charAt(s.length() - 2))
                        && !nextStart.isEmpty() && Character.isLowerCase(nextStart.charAt(0));
                last[0] = hyphen ? s.substring(0, s.length() - 1) : s + " ";
                return;
            }
            text(" ", false);
        }

        MarkdownText.Inline inline() {
            MarkdownText.Inline in = new MarkdownText.Inline();
            for (Object[] item : items) {
                if (item.length == 1) {
                    in.ref((String) item[0]);
                } else {
                    in.run((String) item[0], (Boolean) item[1]);
                }
            }
            return in;
        }

        String plain() {
            StringBuilder sb = new StringBuilder();
            items.stream().filter(i -> i.length == 2).forEach(i -> sb.append(i[0]));
            return sb.toString().strip();
        }
    }

    /** Appends the glyphs of {@code line} from {@code from}, spacing words by the gaps between glyphs. */
    private static void append(Line line, int from, Content out, boolean markers) {
        Glyph prev = null;
        StringBuilder label = new StringBuilder();
        for (int i = from; i < line.glyphs.size(); i++) {
            Glyph g = line.glyphs.get(i);
            boolean sup = markers && line.superscript(g) && Character.isLetterOrDigit(g.text().charAt(0));
            if (sup) {
                label.append(g.text());
                prev = g;
                continue;
            }
            if (label.length() > 0) {
                out.ref(label.toString());
                label.setLength(0);
            }
            if (prev != null && g.x() - (prev.x() + prev.w()) > 0.15f * line.size && !g.text().isBlank()) {
                out.text(" ", false);
            }
            out.text(g.text(), g.italic());
            prev = g;
        }
        if (label.length() > 0) {
            out.ref(label.toString());
        }
    }

    MarkdownText markdown() {
        MarkdownText md = new MarkdownText();
        float right = 0;
        for (Page p : pages) {
            for (Line l : p.lines()) {
                if (l.size >= 0.9f * bodySize) {
                    right = Math.max(right, l.x1());
                }
            }
        }
        Content para = new Content();
        Line prevLine = null;
        boolean titled = false;
        int notesSeen = 0;
        Content note = null;
        String noteLabel = null;
        Map<String, Integer> edges = runningHeads();
        for (Page page : pages) {
            List<Line> lines = new ArrayList<>(page.lines());
            dropPageNumbers(lines, page.height());
            for (Line l : runningCandidates(page)) {
                if (edges.getOrDefault(runningText(l), 0) >= 2) {
                    lines.remove(l);
                }
            }
            int foot = lines.size();
            while (foot > 0 && lines.get(foot - 1).size < 0.9f * bodySize) {
                foot--;
            }
            float left = Float.MAX_VALUE;
            for (int i = 0; i < foot; i++) {
                left = Math.min(left, lines.get(i).x0());
            }
            boolean pageMarked = false;
            for (int i = 0; i < foot; i++) {
                Line l = lines.get(i);
                if (l.size >= 1.2f * bodySize) {
                    flush(md, para);
                    para = new Content();
                    pageMarked = mark(md, page, pageMarked);
                    boolean title = !titled && l.size >= maxSize;
                    titled |= title;
                    Content heading = new Content();
                    append(l, 0, heading, false);
                    md.heading(title ? 1 : 2, heading.plain());
                    prevLine = null;
                    continue;
                }
                boolean starts = para.isEmpty() || prevLine == null || l.x0() > left + 0.8f * bodySize
                        || (prevLine != l && i > 0 && l.y - lines.get(i - 1).y > 1.8f * l.size)
                        || (prevLine.x1() < right - 3 * bodySize && SENTENCE_END.matcher(para.plain()).matches());
                if (starts) {
                    flush(md, para);
                    para = new Content();
                    pageMarked = mark(md, page, pageMarked);
                } else {
                    para.newLine(l.plain());
                }
                append(l, 0, para, true);
                prevLine = l;
            }
            for (int i = foot; i < lines.size(); i++) {
                Line l = lines.get(i);
                String[] start = noteStart(l, notesSeen + 1);
                if (start != null) {
                    if (note != null) {
                        md.note(noteLabel, note.inline());
                    }
                    notesSeen++;
                    note = new Content();
                    noteLabel = start[0];
                    append(l, Integer.parseInt(start[1]), note, false);
                } else if (note != null) {
                    note.newLine(l.plain());
                    append(l, 0, note, false);
                }
            }
        }
        flush(md, para);
        if (note != null) {
            md.note(noteLabel, note.inline());
        }
        return md;
    }

    /** Marks where the page's first heading or paragraph begins; true once marked. */
    private static boolean mark(MarkdownText md, Page page, boolean marked) {
        if (!marked) {
            md.comment("page " + page.number());
        }
        return true;
    }

    private static void flush(MarkdownText md, Content para) {
        if (!para.isEmpty()) {
            md.paragraph(para.inline());
        }
    }

    /** Label and index of the first text glyph when the line starts a note, else null. */
    private static String[] noteStart(Line l, int next) {
        StringBuilder label = new StringBuilder();
        int i = 0;
        while (i < l.glyphs.size() && l.superscript(l.glyphs.get(i))) {
            label.append(l.glyphs.get(i).text());
            i++;
        }
        if (label.length() > 0) {
            return new String[] {label.toString().strip(), Integer.toString(i)};
        }
        String n = Integer.toString(next);
        String text = l.plain();
        if (text.startsWith(n) && text.length() > n.length()) {
            char after = text.charAt(n.length());
            if (!Character.isDigit(after) && ",.;:)–-/".indexOf(after) < 0) {
                int k = 0;
                int digits = 0;
                while (k < l.glyphs.size() && digits < n.length()) {
                    digits += l.glyphs.get(k).text().strip().length();
                    k++;
                }
                return new String[] {n, Integer.toString(k)};
            }
        }
        return null;
    }

    /** How many pages have each running text (a first or last line in the top or bottom eighth, numbers taken out). */
    private Map<String, Integer> runningHeads() {
        Map<String, Integer> counts = new HashMap<>();
        for (Page p : pages) {
            for (Line l : runningCandidates(p)) {
                if (!runningText(l).isEmpty()) {
                    counts.merge(runningText(l), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The first and last lines of a page when they sit in its top or bottom eighth, set apart by twice their size. */
    private static List<Line> runningCandidates(Page p) {
        List<Line> lines = p.lines();
        List<Line> out = new ArrayList<>();
        int n = lines.size();
        if (n >= 2 && lines.get(0).y < p.height() / 8 && lines.get(1).y - lines.get(0).y > 2 * lines.get(0).size) {
            out.add(lines.get(0));
        }
        if (n >= 2 && lines.get(n - 1).y > p.height() * 7 / 8 && lines.get(n - 1).y - lines.get(n - 2).y > 2 * lines.get(n - 1).size) {
            out.add(lines.get(n - 1));
        }
        return out;
    }

    /** A line's text without its digits and spaces, lower case: the same on every page for a running head. */
    private static String runningText(Line l) {
        // glyphs carry no spaces in many PDFs: compare letters only
        return l.plain().replaceAll("[\\d\\s]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Drops the first and last lines of a page when they are only a page number and sit in its top or bottom eighth. */
    private static void dropPageNumbers(List<Line> lines, float height) {
        if (!lines.isEmpty() && lines.get(0).y < height / 8 && PAGE_NUMBER.matcher(lines.get(0).plain()).matches()) {
            lines.remove(0);
        }
        int last = lines.size() - 1;
        if (last >= 0 && lines.get(last).y > height * 7 / 8 && PAGE_NUMBER.matcher(lines.get(last).plain()).matches()) {
            lines.remove(last);
        }
    }
}
