package dev.claims.structure;

import dev.claims.model.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises line-oriented layouts in plain text by the shape of lines and blocks, never by what a document says:
 * timelines (a date or time at the head of a line, or a line that is only a date), key–value exports (a label and a
 * colon, or a label glued to its value as infobox exports leave it), bulleted and enumerated lists, questions and
 * answers, tables exported as text, and headlines that carry a fact.
 *
 * <pre>{@code
 * LineLayout.shape("July 16, 1969 – At 9:32 a.m. EDT Apollo 11 lifts off.", 0, 53).kind();  // TIMELINE
 * LineLayout.shape("Launch dateJuly 16, 1969, 13:32:00 UTC", 0, 39);   // FIELD, label [0, 11), glued
 * LineLayout.shape("• CSM: 1969-059A", 0, 16).contentStart();          // 2 (after the bullet)
 * }</pre>
 *
 * <p>A block is read line by line ({@link #lineOriented}) when at least two of its lines have a line shape, when one
 * is a date-only line, or when it opens with an all-capital headline; otherwise it stays prose. Stateless; the
 * patterns are compiled once and bounded.
 */
final class LineLayout {
    /** The kinds a line can have; {@link #NONE} is a line of prose. */
    enum Kind { NONE, DATE_ONLY, TIMELINE, FIELD, LIST_ITEM, ENUMERATED, QUESTION, ANSWER, TABLE_ROW, HEADLINE }

    /**
     * One line's shape.
     *
     * @param start        start of the (trimmed) line
     * @param end          end of the line
     * @param kind         its kind
     * @param contentStart where the unit's text starts (after a bullet, an enumeration mark, "Q." or "A.")
     * @param labelEnd     for a field, the end of its label (else -1)
     * @param valueStart   for a field, the start of its value (else -1)
     * @param glued        for a field, true when the label has no colon of its own (it runs into the value, or only a
     *                     space separates them in a block of fields): the unit's text gets ": " after the label
     * @param gaps         for a table row, the runs of tabs or spaces between cells ({@code [start, end)} pairs)
     */
    record Shape(int start, int end, Kind kind, int contentStart, int labelEnd, int valueStart, boolean glued,
                 List<int[]> gaps) {
        Layout layout() {
            return switch (kind) {
                case NONE -> Layout.PROSE;
                case DATE_ONLY -> Layout.DATE_HEADING;
                case TIMELINE -> Layout.TIMELINE;
                case FIELD -> Layout.FIELD;
                case LIST_ITEM, ENUMERATED -> Layout.LIST_ITEM;
                case QUESTION -> Layout.QUESTION;
                case ANSWER -> Layout.ANSWER;
                case TABLE_ROW -> Layout.TABLE_ROW;
                case HEADLINE -> Layout.HEADLINE;
            };
        }
    }

    /** How much of a line's head decides its shape. */
    private static final int HEAD = 130;
    /** The longest cell of a table row. */
    private static final int CELL = 60;
    private static final String MONTH = "(?:" + dev.claims.knowledge.WordList.monthAlternation("") + ")\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[0-9]|20)\\d\\d";
    private static final String DATE = "(?:" + WEEKDAY + ")?(?:"
            + MONTH + "\\s\\d{1,2}" + ORD + "(?:\\s?[-–]\\s?\\d{1,2}" + ORD + ")?(?:,?\\s" + YEAR + ")?"
            + "|\\d{1,2}" + ORD + "(?:\\s?[-–]\\s?\\d{1,2}" + ORD + ")?\\s(?:of\\s)?" + MONTH + "(?:,?\\s" + YEAR + ")?"
            + "|" + MONTH + ",?\\s" + YEAR
            + "|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|" + YEAR + "(?:\\s?[–]\\s?" + YEAR + ")?)";
    private static final String CLOCK = "(?:\\d{1,2}[:.]\\d\\d(?::\\d\\d)?(?:\\s?(?:[AaPp]\\.?\\s?[Mm]\\.?))?"
            + "|\\d{1,2}\\s?(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]))(?:\\s(?:\\p{Lu}{2,4}|local\\stime))?";
    /** A line that is only a date, optionally with a time: "July 16, 1969", "Tuesday 3rd March", "1969:". */
    private static final Pattern DATE_ONLY = Pattern.compile(DATE + "(?:,?\\s(?:at\\s)?" + CLOCK + ")?\\s?[:.–—-]?");
    /** A date and/or time at the head of a line, then a dash or a colon: "July 16, 1969 – …", "06:32 AM EDT: …". */
    private static final Pattern TIMELINE_HEAD = Pattern.compile("(?:" + DATE + "(?:,?\\s(?:at\\s)?" + CLOCK + ")?|"
            + CLOCK + ")(?:\\s{1,3}[-–—]{1,2}\\s{1,3}|\\s{0,3}[–—]\\s{0,3}|:\\s{1,4}|\\s{1,3}\\|\\s{1,3})(?=\\S)");
    /** "Born: …", "BORN: …", "Term Start2: …", "EARLY CAREER: …": a label of one to four words and a colon. */
    private static final Pattern COLON_LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}'’]{0,25}(?:[ /&-][\\p{L}'’()]{1,25}){0,3}\\d{0,2}(?=\\s{0,2}:\\s{1,4}\\S)");
    private static final Pattern COLON_AFTER_LABEL = Pattern.compile("\\s{0,2}:\\s{1,4}");
    private static final Pattern BULLET = Pattern.compile("[•·▪◦‣●∙■□►▶➢*–—-]\\s{1,6}(?=\\S)");
    private static final Pattern ENUMERATION = Pattern.compile("(?:(?:\\d{1,2}|[a-z])[.)]|\\((?:\\d{1,2}|[a-z])\\))\\s{1,4}(?=\\S)");
    private static final Pattern QUESTION_MARK = Pattern.compile("(?:Q|Question)(?:\\s?\\d{1,3})?\\s?[.:)]\\s{0,4}(?=\\S)");
    private static final Pattern ANSWER_MARK = Pattern.compile("(?:A|Ans|Answer)\\s?[.:)]\\s{1,4}(?=\\S)");
    /** A date at the start of a glued value. */
    private static final Pattern TIMELINE_DATE = Pattern.compile(DATE);
    /** A full date written in a heading: "May 6, 1931 Hindenburg crash". */
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\p{L}\\d])(?:" + MONTH + "\\s\\d{1,2}" + ORD + ",?\\s" + YEAR
            + "|\\d{1,2}" + ORD + "\\s" + MONTH + ",?\\s" + YEAR + ")(?!\\d)");

    private LineLayout() {
    }

    /** The shape of {@code text[start, end)}, a trimmed line. */
    static Shape shape(String text, int start, int end) {
        int len = end - start;
        if (len == 0) {
            return none(start, end);
        }
        // every shape is decided by the line's first characters (marks, heads and labels are bounded) or by a short
        // line as a whole: a long paragraph costs no more than its head
        String line = text.substring(start, Math.min(end, start + HEAD));
        boolean whole = len <= HEAD;
        if (len <= 80 && DATE_ONLY.matcher(line).matches()) {
            return simple(start, end, Kind.DATE_ONLY, start);
        }
        Matcher q = QUESTION_MARK.matcher(line);
        if (q.lookingAt()) {
            return simple(start, end, Kind.QUESTION, start + q.end());
        }
        Matcher a = ANSWER_MARK.matcher(line);
        if (a.lookingAt()) {
            return simple(start, end, Kind.ANSWER, start + a.end());
        }
        Matcher b = BULLET.matcher(line);
        if (b.lookingAt() && !(line.charAt(0) == '*' && line.indexOf('*', 1) > 0)) {
            return simple(start, end, Kind.LIST_ITEM, start + b.end());
        }
        Matcher t = TIMELINE_HEAD.matcher(line);
        if (t.lookingAt()) {
            return simple(start, end, Kind.TIMELINE, start);
        }
        Matcher e = ENUMERATION.matcher(line);
        if (e.lookingAt() && len > e.end() + 1) {
            return simple(start, end, Kind.ENUMERATED, start + e.end());
        }
        List<int[]> gaps = text.charAt(end - 1) == '.' ? List.of() : gaps(text, start, end);
        if (!gaps.isEmpty()) {
            return new Shape(start, end, Kind.TABLE_ROW, start, -1, -1, false, gaps);
        }
        Matcher c = COLON_LABEL.matcher(line);
        if (c.lookingAt()) {
            Matcher after = COLON_AFTER_LABEL.matcher(line).region(c.end(), line.length());
            if (after.lookingAt()) {
                return new Shape(start, end, Kind.FIELD, start, start + c.end(), start + after.end(), false, List.of());
            }
        }
        int glue = whole ? gluedLabelEnd(line) : -1;
        if (glue > 0) {
            return new Shape(start, end, Kind.FIELD, start, start + glue, start + glue, true, List.of());
        }
        if (whole && headline(line)) {
            return simple(start, end, Kind.HEADLINE, start);
        }
        if (len <= 200 && text.charAt(end - 1) == '?' && Character.isUpperCase(line.charAt(0))) {
            return simple(start, end, Kind.QUESTION, start);
        }
        return none(start, end);
    }


    /** Shapes of the lines of one block ({@code [start, end)} pairs of trimmed lines). */
    static List<Shape> shapes(String text, List<int[]> lines) {
        List<Shape> out = new ArrayList<>(lines.size());
        for (int[] l : lines) {
            out.add(shape(text, l[0], l[1]));
        }
        // an enumeration mark ("a. ", "1) ") makes a list only when the block has two of them; a glued label only
        // when the block holds another field or the value starts with a digit ("Crew size3")
        int enumerated = 0;
        int fields = 0;
        int tables = 0;
        for (Shape s : out) {
            tables += s.kind() == Kind.TABLE_ROW ? 1 : 0;
            enumerated += s.kind() == Kind.ENUMERATED ? 1 : 0;
            fields += s.kind() == Kind.FIELD ? 1 : 0;
        }
        boolean question = false;
        for (int i = 0; i < out.size() && fields >= 2; i++) {
            Shape s = out.get(i);
            int label = s.kind() == Kind.NONE || s.kind() == Kind.HEADLINE ? spacedLabelEnd(text.substring(s.start(), s.end())) : -1;
            if (label > 0) {
                out.set(i, new Shape(s.start(), s.end(), Kind.FIELD, s.start(), s.start() + label, s.start() + label + 1,
                        true, List.of()));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Shape s = out.get(i);
            if (s.kind() == Kind.ENUMERATED && enumerated < 2
                    || s.kind() == Kind.FIELD && s.glued() && fields < 2 && !valueOpensWithFigure(text, s.valueStart(), s.end())
                    || s.kind() == Kind.TABLE_ROW && tables < 2 && out.size() > 1
                    || s.kind() == Kind.ANSWER && !question && text.charAt(s.start() + 1) == '.') {
                out.set(i, none(s.start(), s.end()));
            }
            question |= out.get(i).kind() == Kind.QUESTION;
        }
        return out;
    }

    /**
     * True when a block is read line by line: two or more lines with a line shape; two date-only lines, or one
     * followed by an entry (a line with a shape of its own, or one that ends a sentence: "July 18, 1969" /
     * "Spacecraft enters lunar orbit."); or an all-capital headline opening a block of at most three lines. A date
     * line among prose ("Wednesday, April 26, 2017" under a place and above a byline) does not make a block a list.
     */
    static boolean lineOriented(String text, List<Shape> shapes) {
        int shaped = 0;
        int dates = 0;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (s.kind() == Kind.DATE_ONLY) {
                dates++;
                if (i + 1 < shapes.size() && entry(text, shapes.get(i + 1))) {
                    return true;
                }
            } else if (s.kind() != Kind.NONE && s.kind() != Kind.HEADLINE) {
                shaped++;
            }
        }
        if (shaped >= 2 || dates >= 2) {
            return true;
        }
        if (shaped == 1 && shapes.size() == 2 && shapes.get(1).kind() != Kind.NONE && leadIn(text, shapes.get(0))) {
            return true; // "Timeline:" above its first entry
        }
        return shapes.size() > 1 && shapes.size() <= 3 && shapes.get(0).kind() == Kind.HEADLINE;
    }

    /**
     * A short label line introducing what follows: at most five words and 60 characters, no digit, a capital first,
     * no final punctuation but an optional colon ("Timeline:", "Spacecraft properties").
     */
    static boolean leadIn(String text, Shape s) {
        if (s.kind() != Kind.NONE) {
            return false;
        }
        String line = text.substring(s.start(), s.end());
        if (line.endsWith(":")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty() || line.length() > 60 || !Character.isUpperCase(line.charAt(0))
                || ".,;:!?".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            words += c == ' ' ? 1 : 0;
        }
        return words <= 5;
    }

    private static boolean entry(String text, Shape s) {
        if (s.kind() != Kind.NONE) {
            return s.kind() != Kind.DATE_ONLY;
        }
        char last = text.charAt(s.end() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** True for a single line that should be kept as a unit though it looks like a heading. */
    static boolean carriesFact(String text, Shape s) {
        return switch (s.kind()) {
            case DATE_ONLY, TIMELINE, QUESTION, HEADLINE, TABLE_ROW -> true;
            case FIELD -> s.glued() || digitIn(text, s.valueStart(), s.end());
            // a bulleted or numbered item that gives a figure or runs to a clause ("• The astronauts collected about
            // 50 pounds of lunar rocks and soil. T", a line cut short) is an entry, not a heading
            case LIST_ITEM, ENUMERATED -> digitIn(text, s.contentStart(), s.end()) || words(text, s.contentStart(), s.end()) >= 6;
            default -> false;
        };
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            words += letter && !in ? 1 : 0;
            in = letter;
        }
        return words;
    }

    private static boolean digitIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a glued value opens with a digit, "(" and a digit, or a date ("Launch dateJuly 16, 1969"). */
    private static boolean valueOpensWithFigure(String text, int from, int to) {
        char c = text.charAt(from);
        return Character.isDigit(c) || c == '(' || TIMELINE_DATE.matcher(text).region(from, to).lookingAt();
    }

    /**
     * A headline with a fact: all in capitals with a number ("HINDENBURG EXPLODES, 32 DIE"), or a heading that writes
     * a full date beside other words ("May 6, 1931 Hindenburg crash"). At most 16 words and no final punctuation.
     */
    static boolean headline(String line) {
        if (line.length() > 120 || ".,;:".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int words = 1;
        int letters = 0;
        int lower = 0;
        boolean digit = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                words++;
            } else if (Character.isLetter(c)) {
                letters++;
                lower += Character.isLowerCase(c) ? 1 : 0;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (words < 2 || words > 16 || letters == 0) {
            return false;
        }
        if (lower == 0 && digit && letters >= 6) {
            return true;
        }
        Matcher d = FULL_DATE.matcher(line);
        if (!d.find()) {
            return false;
        }
        String rest = (line.substring(0, d.start()) + " " + line.substring(d.end())).strip();
        return rest.split(" ").length >= 2 && Character.isUpperCase(line.charAt(0));
    }

    /**
     * End of a label glued to its value ("Launch dateJuly 16, 1969", "Crew size3", "Born(1891-09-13)13 September"),
     * or -1: in a line of at most 100 characters with a space ("Mitchell001res" is a file name) and without final
     * period, the first lower-case letter followed by a
     * capital, a digit or "(" and a digit, after a prefix of one to four words that starts with a capital and holds
     * only letters (a one-word label has at least four letters, so "MacArthur" and "DeWitt" are not labels).
     */
    static int gluedLabelEnd(String line) {
        int len = line.length();
        if (len > 100 || len < 4 || !Character.isUpperCase(line.charAt(0)) || line.endsWith(".") || line.indexOf(' ') < 0) {
            return -1;
        }
        int words = 1;
        int wordStart = 0;
        for (int i = 1; i < len && i <= 45; i++) {
            char c = line.charAt(i);
            char p = line.charAt(i - 1);
            if (c == ' ') {
                if (p == ' ') {
                    return -1;
                }
                words++;
                wordStart = i + 1;
                if (words > 4) {
                    return -1;
                }
                continue;
            }
            boolean boundary = Character.isLowerCase(p) && (Character.isUpperCase(c) || Character.isDigit(c)
                    || c == '(' && i + 1 < len && Character.isDigit(line.charAt(i + 1)));
            if (boundary) {
                int wordLen = i - wordStart;
                if (words == 1 && wordLen < 4 || wordLen < 2) {
                    return -1;
                }
                return i;
            }
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * End of a label that only a space separates from its value, as in a block of fields ("In office 4 March 1929 –
     * 4 March 1933", "Preceded by Herbert Hoover"), or -1: a capitalised word and one to three lower-case words, then
     * a capital or a digit, in a line of at most 80 characters without final period.
     */
    static int spacedLabelEnd(String line) {
        int len = line.length();
        if (len > 80 || len < 4 || !Character.isUpperCase(line.charAt(0)) || line.endsWith(".")) {
            return -1;
        }
        int i = 1;
        while (i < len && Character.isLowerCase(line.charAt(i))) {
            i++;
        }
        if (i < 2) {
            return -1;
        }
        for (int words = 1; words <= 4 && i < len && line.charAt(i) == ' ' && i + 1 < len; words++) {
            char next = line.charAt(i + 1);
            if (Character.isUpperCase(next) || Character.isDigit(next)) {
                return words >= 2 ? i : -1;
            }
            int j = i + 1;
            while (j < len && Character.isLowerCase(line.charAt(j))) {
                j++;
            }
            if (j == i + 1) {
                return -1;
            }
            i = j;
        }
        return -1;
    }

    /**
     * Runs of a tab or of three or more spaces between the cells of a table row, or an empty list when the line is not
     * one: no such run, or a cell longer than {@value #CELL} characters (justified prose). Stops at the first long cell.
     */
    private static List<int[]> gaps(String text, int start, int end) {
        List<int[]> gaps = new ArrayList<>();
        int cell = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\t' || c == ' ') {
                int j = i;
                boolean tab = false;
                while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    tab |= text.charAt(j) == '\t';
                    j++;
                }
                if (tab || j - i >= 3) {
                    gaps.add(new int[] {i, j});
                    cell = j;
                }
                i = j;
            } else {
                if (i - cell >= CELL) {
                    return List.of();
                }
                i++;
            }
        }
        return gaps;
    }

    private static Shape simple(int start, int end, Kind kind, int contentStart) {
        return new Shape(start, end, kind, contentStart, -1, -1, false, List.of());
    }

    private static Shape none(int start, int end) {
        return simple(start, end, Kind.NONE, start);
    }
}
