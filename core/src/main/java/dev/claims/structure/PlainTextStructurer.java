package dev.claims.structure;

import dev.claims.model.BibEntry;
import dev.claims.model.Document;
import dev.claims.model.Layout;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structures plain text, including text exported from PDFs and saved from web pages.
 *
 * <ul>
 *   <li>Paragraphs are runs of non-blank lines; boilerplate lines ({@code boilerplate.txt}) are removed as noise.</li>
 *   <li>The first heading-like block is the title; a following block of a name and a date gives author and date
 *       ("Robert M. Wesser / 11-30-2021"); an image caption's parenthesised credit line is noise, the caption above it
 *       a unit.</li>
 *   <li>Short single-line blocks without final punctuation are headings (kept out of the sentences, recorded as
 *       noise with reason "heading"); "Bibliography", "Further Reading", "Works Cited", "Notes"… open sections.</li>
 *   <li>A block that starts with a superscript number ("³ Roosevelt, 251.") is a note, wherever it stands; a body
 *       paragraph cut by a page's notes is rejoined when it resumes after them (it resumes in lower case, or the part
 *       before the notes did not end a sentence). Such a paragraph's span encloses the notes between its parts.</li>
 *   <li>Encyclopedia index blocks ({@code [kw]}, {@code [g]}, {@code [c]}, {@code [p]} lines and the index-term
 *       lines among them) are noise; see {@link TextCleaner} for what is repaired inside a line.</li>
 * </ul>
 */
public final class PlainTextStructurer implements Structurer {
    private static final Pattern NOTE_START = Pattern.compile("([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\\s{0,4}(?=[^\\s⁰¹²³⁴⁵⁶⁷⁸⁹])");
    private static final Pattern NUMBERED_NOTE = Pattern.compile("(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)]?)\\s{1,4}(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("[•·▪◦‣●∙\\-–*]\\s{1,6}");
    private static final Pattern URL_ONLY = Pattern.compile("<?(?:https?://|www\\.)\\S{1,2000}>?");
    private static final Pattern CITATION_LIKE = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)|\\bn\\.d\\.|https?://");
    private static final Pattern ENTRY_START = Pattern.compile("(?:\\p{Ll}{1,4} ){0,2}\\p{Lu}[\\p{L}'’ .-]{1,40}, ");
    private static final Pattern CREDIT_LINE = Pattern.compile("\\(.{1,150}\\)");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?:[Bb]y )?\\p{Lu}[\\p{L}'’-]{1,20}(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]{1,20})){1,3}");
    private static final String MONTH = "(?:" + dev.claims.knowledge.WordList.monthAlternation() + ")";
    private static final Pattern DATE_LINE = Pattern.compile("(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
            + MONTH + " \\d{1,2}, \\d{4}|\\d{1,2} " + MONTH + " \\d{4}|" + MONTH + " \\d{4})");
    private static final Pattern INDEX_LIKE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{1,30}, \\p{Lu}[\\p{L}.'’ -]{0,60}");

    private record Line(int start, int end) {
    }

    private static final class Block {
        final List<Line> lines = new ArrayList<>();
        boolean caption;

        int start() {
            return lines.get(0).start();
        }

        int end() {
            return lines.get(lines.size() - 1).end();
        }
    }

    private enum Section { BODY, NOTES, BIBLIOGRAPHY }

    @Override
    public Document structure(RawDocument raw) {
        DocumentAssembler asm = new DocumentAssembler(raw);
        String text = raw.text();
        List<Block> blocks = blocks(text, asm);
        new Reader(text, asm, blocks).read();
        return asm.build();
    }

    /** Splits the text into blocks of non-blank lines, dropping boilerplate lines as noise. */
    private static List<Block> blocks(String text, DocumentAssembler asm) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        boolean beforeBody = true;
        int lineNo = 0;
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            lineNo++;
            if (s == e) {
                current = null;
            } else {
                String reason = BoilerplateRules.wholeLine(text.substring(s, e), beforeBody && lineNo <= 8);
                if (reason != null) {
                    asm.noise(s, e, reason);
                    if (reason.contains("translation link") && !blocks.isEmpty()) {
                        blocks.get(blocks.size() - 1).caption = true;
                    }
                    current = null;
                } else {
                    if (current == null) {
                        current = new Block();
                        blocks.add(current);
                    }
                    current.lines.add(new Line(s, e));
                    if (e - s > 80) {
                        beforeBody = false;
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        // An exhibit caption title written twice in a row ("Document on Food Shipments to Russia") is noise.
        for (int b = 0; b + 1 < blocks.size(); b++) {
            Block x = blocks.get(b);
            Block y = blocks.get(b + 1);
            if (x.lines.size() == 1 && y.lines.size() == 1 && x.end() - x.start() <= 150
                    && text.substring(x.start(), x.end()).equals(text.substring(y.start(), y.end()))) {
                x.caption = true;
                y.caption = true;
            }
        }
        return blocks;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
    }

    /** Reads the blocks in order, keeping the state of the section and of a paragraph cut by notes. */
    private static final class Reader {
        private final String text;
        private final DocumentAssembler asm;
        private final List<Block> blocks;
        private Section section = Section.BODY;
        private String bibSection;
        private String bibSub;
        private MappedText pending;
        private boolean notesSincePending;
        private boolean seenBody;
        private boolean bulletedList;
        /** The part of {@link #pending} holding a date line that dates the next block, or -1. */
        private int openHeading = -1;
        private final boolean bracketMarkers;

        Reader(String text, DocumentAssembler asm, List<Block> blocks) {
            this.text = text;
            this.asm = asm;
            this.blocks = blocks;
            boolean notesSection = false;
            for (Block b : blocks) {
                if (b.lines.size() == 1
                        && SectionHeadings.of(text.substring(b.start(), b.end())) == SectionHeadings.Kind.NOTES) {
                    notesSection = true;
                }
            }
            this.bracketMarkers = notesSection;
        }

        void read() {
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                if (block.caption) {
                    asm.noise(block.start(), block.end(), "image caption");
                    continue;
                }
                List<LineLayout.Shape> shapes = LineLayout.shapes(text, ranges(block));
                if (b == 0 && isTitle(block) && !(block.lines.size() > 1 && LineLayout.lineOriented(text, shapes))) {
                    title(block, shapes);
                    continue;
                }
                if (!seenBody && b <= 6 && !nextIsDated(b, shapes) && frontMatter(block, shapes)) {
                    continue;
                }
                Matcher note = NOTE_START.matcher(text).region(block.start(), block.end());
                if (note.lookingAt()) {
                    note(Superscripts.toDigits(note.group(1)), block.start(), note.end(), block.end());
                    continue;
                }
                String single = block.lines.size() == 1 ? text.substring(block.start(), block.end()) : null;
                SectionHeadings.Kind kind = single == null ? null : SectionHeadings.of(single);
                if (kind == SectionHeadings.Kind.BIBLIOGRAPHY || kind == SectionHeadings.Kind.NOTES) {
                    flush();
                    section = kind == SectionHeadings.Kind.NOTES ? Section.NOTES : Section.BIBLIOGRAPHY;
                    bibSection = single.strip();
                    bibSub = null;
                    bulletedList = false;
                    asm.noise(block.start(), block.end(), "heading");
                    continue;
                }
                if (section == Section.BIBLIOGRAPHY) {
                    bibliography(block, single, kind);
                    continue;
                }
                if (section == Section.NOTES && numberedNotes(block)) {
                    continue;
                }
                if (caption(block, b)) {
                    continue;
                }
                boolean heading = isHeading(block) && !nextIsNote(b) && !continues(block);
                if (lineByLine(block, shapes, heading)) {
                    lines(block, shapes);
                    continue;
                }
                if (heading) {
                    flush();
                    asm.noise(block.start(), block.end(), "heading");
                    continue;
                }
                body(block);
            }
            flush();
        }

        private boolean isTitle(Block block) {
            if (block.lines.size() > 2 || block.end() - block.start() > 200) {
                return false;
            }
            // a sentence ending in a note marker ("… in 1923.³", "… in 1923.[3]") is prose, not a title
            char last = text.charAt(beforeTrailingMarkers(block.start(), block.end()) - 1);
            return Character.isUpperCase(firstLetter(block.start(), block.end())) && ".,;:".indexOf(last) < 0
                    && !NOTE_START.matcher(text).region(block.start(), block.end()).lookingAt();
        }

        /** The end of [start, end) before any note markers and spaces that close it ("¹", "²³", "[3]"). */
        private int beforeTrailingMarkers(int start, int end) {
            int e = end;
            while (e > start) {
                char c = text.charAt(e - 1);
                if (Character.isWhitespace(c) || c == '\u00b9' || c == '\u00b2' || c == '\u00b3'
                        || c >= '\u2070' && c <= '\u2079') {
                    e--;
                } else if (c == ']') {
                    int open = e - 2;
                    while (open > start && Character.isDigit(text.charAt(open))) {
                        open--;
                    }
                    if (open < start || text.charAt(open) != '[' || open == e - 2) {
                        break;
                    }
                    e = open;
                } else {
                    break;
                }
            }
            return e > start ? e : end;
        }

        /**
         * The first block as the title. A title that is only a date is the document's date; a title that writes a
         * full date beside other words ("Hindenburg disaster, May 6, 1937") is also kept as a unit, for its date.
         */
        private void title(Block block, List<LineLayout.Shape> shapes) {
            String cleaned = TextCleaner.cleanString(text, block.start(), block.end(), TextCleaner.Mode.BODY);
            if (block.lines.size() == 1 && shapes.get(0).kind() == LineLayout.Kind.DATE_ONLY) {
                asm.date(cleaned);
                asm.noise(block.start(), block.end(), "date line");
                return;
            }
            asm.title(cleaned);
            if (block.lines.size() == 1 && LineLayout.headline(text.substring(block.start(), block.end()))) {
                seenBody = true;
                flush();
                pending = new MappedText();
                pending.part(Layout.TITLE, null, -1, block.start());
                TextCleaner.clean(text, block.start(), block.end(), TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
                flush();
                return;
            }
            asm.noise(block.start(), block.end(), "title");
        }

        /** True when block {@code b} is a date-only line and the block after it is read line by line. */
        private boolean nextIsDated(int b, List<LineLayout.Shape> shapes) {
            if (shapes.size() != 1 || shapes.get(0).kind() != LineLayout.Kind.DATE_ONLY || b + 1 >= blocks.size()) {
                return false;
            }
            Block next = blocks.get(b + 1);
            List<LineLayout.Shape> after = LineLayout.shapes(text, ranges(next));
            return after.size() == 1 ? after.get(0).kind() != LineLayout.Kind.NONE : LineLayout.lineOriented(text, after);
        }

        /** Caption with a credit line, or an author/date block, before the body starts. */
        private boolean frontMatter(Block block, List<LineLayout.Shape> shapes) {
            if (shapes.size() == 1 && shapes.get(0).kind() == LineLayout.Kind.DATE_ONLY) {
                // a page's date before its body ("Saturday, September 29, 2018"), unless entries follow it
                asm.date(TextCleaner.cleanString(text, block.start(), block.end(), TextCleaner.Mode.BODY));
                asm.noise(block.start(), block.end(), "date line");
                return true;
            }
            Line last = block.lines.get(block.lines.size() - 1);
            if (block.lines.size() <= 3 && block.end() - block.start() <= 300
                    && CREDIT_LINE.matcher(text.substring(last.start(), last.end())).matches()) {
                if (block.lines.size() == 1) {
                    asm.noise(block.start(), block.end(), "image caption");
                    return true;
                }
                // "Joseph Doe and Anna Roe at the 1943 Vesk conference." over "(National Museum)": the caption says
                // what the picture shows, a statement of the page; the credit line is noise
                asm.noise(last.start(), last.end(), "image credit");
                captionUnit(block.start(), block.lines.get(block.lines.size() - 2).end());
                return true; // still front matter: an author and a date may follow it
            }
            if (block.lines.size() > 3) {
                return false;
            }
            String name = null;
            String date = null;
            Line nameLine = null;
            Line dateLine = null;
            for (Line l : block.lines) {
                String s = text.substring(l.start(), l.end());
                if (DATE_LINE.matcher(s).matches() && date == null) {
                    date = s;
                    dateLine = l;
                } else if (PERSON_NAME.matcher(s).matches() && name == null) {
                    name = s;
                    nameLine = l;
                } else {
                    return false;
                }
            }
            if (date == null && (name == null || !name.toLowerCase(java.util.Locale.ROOT).startsWith("by "))) {
                return false;
            }
            if (name != null) {
                asm.author(name.replaceFirst("^[Bb]y ", ""));
                asm.noise(nameLine.start(), nameLine.end(), "author line");
            }
            if (date != null) {
                asm.date(date);
                asm.noise(dateLine.start(), dateLine.end(), "date line");
            }
            return true;
        }

        /**
         * True when the block is read line by line: a block of several lines with a line-oriented layout, or a single
         * line with a line shape (one that looks like a heading only when it carries a fact: a date, a question, a
         * headline with a number, a field whose value has a digit).
         */
        private boolean lineByLine(Block block, List<LineLayout.Shape> shapes, boolean heading) {
            boolean lines;
            if (shapes.size() == 1) {
                LineLayout.Shape s = shapes.get(0);
                lines = s.kind() != LineLayout.Kind.NONE && (!heading || LineLayout.carriesFact(text, s));
            } else {
                lines = LineLayout.lineOriented(text, shapes);
            }
            return lines && !continues(block) && indexBlockStart(block) < 0;
        }

        /**
         * Reads a line-oriented block: each line (with the lower-case or unfinished lines that continue it) is a unit
         * of its own; a date-only line dates the units after it in the block, and the next block when it ends the
         * block; a short label line between fields ("Spacecraft properties") is a heading.
         */
        private void lines(Block block, List<LineLayout.Shape> shapes) {
            seenBody = true;
            if (section == Section.NOTES) {
                section = Section.BODY;
            }
            if (openHeading < 0 || pending == null || shapes.get(0).kind() == LineLayout.Kind.DATE_ONLY) {
                flush();
                pending = new MappedText();
            }
            notesSincePending = false;
            int dated = openHeading;
            openHeading = -1;
            boolean afterHeading = dated >= 0;
            int i = 0;
            while (i < shapes.size()) {
                LineLayout.Shape s = shapes.get(i);
                int last = i;
                while (last + 1 < shapes.size() && continues(shapes.get(last), shapes.get(last + 1), last + 2 < shapes.size()
                        ? shapes.get(last + 2) : null)) {
                    last++;
                }
                if (s.kind() == LineLayout.Kind.NONE && shapes.size() > 1 && LineLayout.leadIn(text, s)
                        && i + 1 < shapes.size() && shapes.get(i + 1).kind() != LineLayout.Kind.NONE) {
                    asm.noise(s.start(), s.end(), "heading");
                    i = last + 1;
                    continue;
                }
                Layout kind = s.layout();
                if (kind == Layout.PROSE && afterHeading) {
                    kind = Layout.TIMELINE; // a line of events under a date line
                }
                Span label = s.kind() == LineLayout.Kind.FIELD ? new Span(s.start(), s.labelEnd()) : null;
                int part = pending.part(kind, label, kind == Layout.DATE_HEADING ? -1 : dated, s.start() - 1);
                clean(s, shapes.get(last).end());
                if (kind == Layout.DATE_HEADING) {
                    dated = part;
                    afterHeading = true;
                }
                if (last == shapes.size() - 1 && kind == Layout.DATE_HEADING) {
                    openHeading = part;
                }
                i = last + 1;
            }
        }

        /**
         * An image's file name ("Mitchell001res", "140831Hindenburg": one token of letters and digits) with its
         * caption on the next line, or in the next block of one line: the name is noise, the caption a unit.
         */
        private boolean caption(Block block, int b) {
            Line first = block.lines.get(0);
            boolean named = imageName(first);
            if (!(named && block.lines.size() > 1 || block.lines.size() == 1 && b > 0
                    && blocks.get(b - 1).lines.size() == 1 && imageName(blocks.get(b - 1).lines.get(0)))) {
                return false;
            }
            int from = named ? block.lines.get(1).start() : block.start();
            if (block.end() - from > 400) {
                return false;
            }
            if (named) {
                asm.noise(first.start(), first.end(), "image name");
            }
            seenBody = true;
            captionUnit(from, block.end());
            return true;
        }

        /** The text of {@code [from, to)} as a caption: a unit of its own. */
        private void captionUnit(int from, int to) {
            flush();
            pending = new MappedText();
            pending.part(Layout.CAPTION, null, -1, from);
            TextCleaner.clean(text, from, to, TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
            flush();
        }

        private boolean imageName(Line l) {
            int n = l.end() - l.start();
            if (n < 6 || n > 60) {
                return false;
            }
            boolean letter = false;
            boolean digit = false;
            for (int i = l.start(); i < l.end(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letter = true;
                } else if (Character.isDigit(c)) {
                    digit = true;
                } else if (c != '_' && c != '-' && c != '.') {
                    return false;
                }
            }
            return letter && digit;
        }

        /** Cleans one unit of a line-oriented block, from its line's content start to {@code end}. */
        private void clean(LineLayout.Shape s, int end) {
            if (s.kind() == LineLayout.Kind.FIELD && s.glued()) {
                // "Launch dateJuly 16, 1969" → "Launch date: July 16, 1969", the inserted ": " standing for the label's end
                TextCleaner.clean(text, s.start(), s.labelEnd(), TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
                pending.append(':', s.labelEnd() - 1);
                pending.append(' ', s.labelEnd() - 1);
                TextCleaner.clean(text, s.valueStart(), end, TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
            } else if (s.kind() == LineLayout.Kind.TABLE_ROW) {
                int from = s.start();
                for (int[] gap : s.gaps()) {
                    TextCleaner.clean(text, from, gap[0], TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
                    pending.appendAll(" | ", gap[0]);
                    from = gap[1];
                }
                TextCleaner.clean(text, from, end, TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
            } else {
                TextCleaner.clean(text, s.contentStart(), end, TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
            }
        }

        /**
         * True when line {@code next} continues the unit of line {@code line}: it has no line shape of its own and
         * starts in lower case, or it follows an unfinished line of prose or of an entry (no final punctuation) and is
         * not a short label line before a shaped line.
         */
        private boolean continues(LineLayout.Shape line, LineLayout.Shape next, LineLayout.Shape after) {
            if (next.kind() != LineLayout.Kind.NONE || line.kind() == LineLayout.Kind.DATE_ONLY
                    || line.kind() == LineLayout.Kind.HEADLINE || line.kind() == LineLayout.Kind.TABLE_ROW) {
                return false;
            }
            char first = firstLetter(next.start(), next.end());
            if (Character.isLowerCase(first)) {
                return true;
            }
            if (LineLayout.leadIn(text, next) && (after == null || after.kind() != LineLayout.Kind.NONE)) {
                return false;
            }
            char end = text.charAt(line.end() - 1);
            return ".!?:\"”’)]".indexOf(end) < 0 && line.kind() != LineLayout.Kind.FIELD;
        }

        private List<int[]> ranges(Block block) {
            List<int[]> out = new ArrayList<>(block.lines.size());
            for (Line l : block.lines) {
                out.add(new int[] {l.start(), l.end()});
            }
            return out;
        }

        private boolean hasLetter(Block block) {
            for (int i = block.start(); i < block.end(); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isHeading(Block block) {
            if (block.lines.size() != 1) {
                return false;
            }
            int len = block.end() - block.start();
            if (len > 120) {
                return false;
            }
            String s = text.substring(block.start(), block.end());
            if (s.split(" ").length > 16) {
                return false;
            }
            // a sentence ending in a note marker ("… in 1923.³", "… in 1923.[3]") is prose, not a heading
            char last = text.charAt(beforeTrailingMarkers(block.start(), block.end()) - 1);
            char first = firstLetter(block.start(), block.end());
            return ".,;:".indexOf(last) < 0 && (Character.isUpperCase(first) || Character.isDigit(s.charAt(0)))
                    && !TextCleaner.INDEX_TAG.matcher(s).find();
        }

        private char firstLetter(int from, int to) {
            for (int i = from; i < to && i < from + 6; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return text.charAt(i);
                }
            }
            return ' ';
        }

        private boolean nextIsNote(int b) {
            if (b + 1 >= blocks.size()) {
                return false;
            }
            Block next = blocks.get(b + 1);
            return NOTE_START.matcher(text).region(next.start(), next.end()).lookingAt();
        }

        /** True when this body block resumes a paragraph that the page's notes interrupted. */
        private boolean continues(Block block) {
            if (pending == null || !notesSincePending || pending.isEmpty()) {
                return false;
            }
            char first = firstLetter(block.start(), block.end());
            if (Character.isLowerCase(first)) {
                return true;
            }
            return !endsSentence(pending.text());
        }

        private static boolean endsSentence(String s) {
            int i = s.length() - 1;
            while (i >= 0 && "\"'”’)]".indexOf(s.charAt(i)) >= 0) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            char c = s.charAt(i);
            if (c == '…' || (c == '.' && i >= 2 && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.')) {
                return false;
            }
            return c == '.' || c == '!' || c == '?';
        }

        private void body(Block block) {
            seenBody |= hasLetter(block); // a stray "-->" does not start the body
            if (section == Section.NOTES) {
                section = Section.BODY;
            }
            if (openHeading >= 0 && pending != null) {
                pending.part(Layout.PROSE, null, openHeading, block.start() - 1); // dated by the date line before it
                openHeading = -1;
            } else if (continues(block)) {
                if (pending.last() != '-') {
                    pending.append(' ', pending.origin(pending.length() - 1) + 1);
                }
            } else {
                flush();
                pending = new MappedText();
            }
            notesSincePending = false;
            int indexStart = indexBlockStart(block);
            int bodyEnd = indexStart >= 0 ? indexStart : block.end();
            TextCleaner.clean(text, block.start(), bodyEnd, TextCleaner.Mode.BODY, bracketMarkers, pending, asm);
            if (indexStart >= 0) {
                indexNoise(block, indexStart);
            }
        }

        /**
         * Where an encyclopedia index run starts inside a block: at the first "[kw]"-style tag or
         * "heading;sub[sort]" term, provided every later line of the block is index-like. -1 when there is none.
         */
        private int indexBlockStart(Block block) {
            for (int li = 0; li < block.lines.size(); li++) {
                Line l = block.lines.get(li);
                Matcher tag = TextCleaner.INDEX_TAG.matcher(text).region(l.start(), l.end());
                Matcher term = TextCleaner.INDEX_TERM_SORTED.matcher(text).region(l.start(), l.end());
                int at = tag.find() ? tag.start() : -1;
                if (term.find() && (at < 0 || term.start() < at)) {
                    at = term.start();
                }
                if (at < 0) {
                    continue;
                }
                boolean allIndex = true;
                for (int k = li + 1; k < block.lines.size(); k++) {
                    if (!indexLike(block.lines.get(k))) {
                        allIndex = false;
                        break;
                    }
                }
                if (allIndex) {
                    return at;
                }
            }
            return -1;
        }

        private boolean indexLike(Line l) {
            String s = text.substring(l.start(), l.end());
            if (TextCleaner.INDEX_TAG.matcher(s).lookingAt() || s.matches("[^;\\s]{1,40};\\S[^\\n]{0,200}")) {
                return true;
            }
            if (s.length() > 100 || s.split(" ").length > 10) {
                return false;
            }
            return !endsSentence(s) || INDEX_LIKE_NAME.matcher(s).matches();
        }

        private void indexNoise(Block block, int from) {
            asm.noise(from, block.end(), "encyclopedia index lines");
        }

        private void note(String label, int start, int textStart, int end) {
            if (pending != null) {
                notesSincePending = true;
            }
            asm.note(label, TextCleaner.cleanString(text, textStart, end, TextCleaner.Mode.NOTE), new Span(start, end));
        }

        private boolean numberedNotes(Block block) {
            boolean any = false;
            for (Line l : block.lines) {
                Matcher m = NUMBERED_NOTE.matcher(text).region(l.start(), l.end());
                if (m.lookingAt()) {
                    String label = m.group(1) != null ? m.group(1) : m.group(2);
                    note(label, l.start(), m.end(), l.end());
                    any = true;
                } else if (any || !asm.notes().isEmpty()) {
                    extendLastNote(l);
                    any = true;
                } else {
                    return false;
                }
            }
            return any;
        }

        private void extendLastNote(Line l) {
            int last = asm.notes().size() - 1;
            var n = asm.notes().get(last);
            String more = TextCleaner.cleanString(text, l.start(), l.end(), TextCleaner.Mode.NOTE);
            asm.notes().set(last, new dev.claims.model.Note(n.label(), (n.text() + " " + more).strip(),
                    new Span(n.span().start(), Math.max(n.span().end(), l.end()))));
        }

        private void bibliography(Block block, String single, SectionHeadings.Kind kind) {
            String s = text.substring(block.start(), block.end());
            if (single != null && (kind == SectionHeadings.Kind.SUBSECTION
                    || (s.length() <= 40 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !s.matches(".*\\d.*")))) {
                bibSub = s.strip();
                asm.noise(block.start(), block.end(), "heading");
                return;
            }
            String section = bibSub == null ? bibSection : bibSection + " / " + bibSub;
            if (URL_ONLY.matcher(s).matches() && !asm.bibliography().isEmpty()) {
                BibEntry prev = asm.bibliography().get(asm.bibliography().size() - 1);
                String url = TextCleaner.cleanString(text, block.start(), block.end(), TextCleaner.Mode.NOTE);
                asm.replaceLastBib(new BibEntry(prev.text() + " " + url, new Span(prev.span().start(), block.end()),
                        prev.section()));
                return;
            }
            boolean bulleted = false;
            for (Line l : block.lines) {
                if (BULLET.matcher(text).region(l.start(), l.end()).lookingAt()) {
                    bulleted = true;
                    break;
                }
            }
            if (bulleted) {
                bulletedList = true;
                int entryStart = -1;
                int entryEnd = -1;
                for (Line l : block.lines) {
                    Matcher m = BULLET.matcher(text).region(l.start(), l.end());
                    if (m.lookingAt()) {
                        entry(entryStart, entryEnd, section);
                        entryStart = m.end();
                    } else if (entryStart < 0) {
                        entryStart = l.start();
                    }
                    entryEnd = l.end();
                }
                entry(entryStart, entryEnd, section);
                return;
            }
            if (bulletedList || !CITATION_LIKE.matcher(s).find()) {
                asm.noise(block.start(), block.end(), "not a bibliography entry (title or link after the list)");
                return;
            }
            int entryLines = 0;
            for (Line l : block.lines) {
                String ls = text.substring(l.start(), l.end());
                if (ENTRY_START.matcher(ls).lookingAt() && CITATION_LIKE.matcher(ls).find()) {
                    entryLines++;
                }
            }
            if (block.lines.size() > 1 && entryLines == block.lines.size()) {
                for (Line l : block.lines) {
                    entry(l.start(), l.end(), section);
                }
            } else {
                entry(block.start(), block.end(), section);
            }
        }

        private void entry(int start, int end, String section) {
            if (start < 0 || end <= start) {
                return;
            }
            String t = TextCleaner.cleanString(text, start, end, TextCleaner.Mode.NOTE);
            if (!t.isEmpty()) {
                asm.bib(t, new Span(start, end), section);
            }
        }

        private void flush() {
            openHeading = -1;
            if (pending != null) {
                asm.paragraph(pending);
                pending = null;
                notesSincePending = false;
            }
        }
    }
}
