package dev.claims.extract;

import dev.claims.knowledge.WordList;
import dev.claims.values.NumberParser;
import dev.claims.values.ScanStarts;
import dev.claims.values.Calendars;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence with ONE compiled, bounded regular expression (one scan per sentence) and
 * normalises them to EDTF (ISO 8601-2 level 1) {@link DateValue}s.
 *
 * <p>Rules (documented, and checked by {@code fixtures/extract/tricky-dates.json}):
 * <ul>
 * <li>Full dates "November 16, 1933", "16 November 1933", "Nov. 16, 1933", "11-30-2021" (month-day-year) → DAY.</li>
 * <li>"October 1933", "November of 1933" → MONTH; "July–August 1945" → {@code 1945-07/1945-08}.</li>
 * <li>Seasons: "the spring of 1941" → {@code 1941-21} (21 spring, 22 summer, 23 autumn/fall, 24 winter).</li>
 * <li>Decades: "the 1920s", "1920’s" → {@code 192X}. Parts of a year, month or decade ("early", "mid", "late",
 *     "the end of", "the beginning of", "the first half of") keep the EDTF of the whole and the part as qualifier
 *     ("early", "mid", "late", "first half", "second half"); earliest/latest are narrowed: a year's early/mid/late
 *     are January–April, May–August, September–December; a month's are days 1–10, 11–20, 21–end; a decade's are
 *     years 0–3, 3–6 and 6–9 ("early 1930's" → {@code 193X}, 1930-01-01..1933-12-31).</li>
 * <li>Ranges "1918-1921", "1921–29", "1936-38", "from 1923-1930", "between 1921 and 1923" → {@code 1918/1921}.</li>
 * <li>Month or day without a year ("in mid-October", "on November 9", "that summer") take the document's last
 *     explicitly written year (which is the paragraph's when it has one); without any, they stay unresolved. A year
 *     written after a more precise date of its paragraph and before it ("in May 1962 ..., such as the Bay of Pigs
 *     in 1961") is a look back and does not change that year; so is a date written after "back in" ("He had made
 *     this pledge ... back in October of 1943" does not move the 1945 of the narrative; it sets the year only when
 *     none was written before). "October 23 and 24" gives two days.</li>
 * <li>Relative expressions "the next day", "two months later", "the following year" are resolved from the last
 *     resolved value in the same paragraph when that value is at least as precise as the unit; otherwise (and
 *     always for "N years after X", "within a month of X", "years later") they are kept unresolved: empty EDTF,
 *     precision UNRESOLVED.</li>
 * <li>"about/around/circa 1920" → {@code 1920~} with qualifier "about"; "by", "since", "until", "before", "after",
 *     "from" written before a single date are kept as qualifier. "O.S."/"Old Style" after a date → qualifier "O.S."
 *     ("N.S." likewise), so a comparer can convert Julian dates.</li>
 * </ul>
 * Years are 1500–2099 (other four-digit numbers are not taken for years).
 */
public final class TimeExpressionParser {
    private static final String MONTH = "(?:" + WordList.monthAlternation("\\.") + ")";
    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
    private static final String SEASON = "(?i:spring|summer|autumn|fall|winter)";
    private static final String PART = "(?i:early|mid|late)";
    private static final String PART_OF = "(?i:the)\\s(?:end|beginning|start|middle|first\\shalf|second\\shalf)\\sof";
    private static final String DAY_SUFFIX = "(?:st|nd|rd|th)?";
    private static final String DAY_TO = "(?:\\sto\\s|\\s?[-–—]\\s?)";

    /** Every time expression starts at a word start; the guard lets the scan skip the inside of words at once. */
    static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + String.join("|",
            "(?<![\\d/.-])(?<nm>\\d{1,2})[-/](?<nd>\\d{1,2})[-/](?<ny>" + YEAR + ")(?![\\d])",
            // a day, a day range ("March 3 to 9, 1921", "August 1-2, 1937") or a dual date, Old Style first and New
            // Style in brackets ("October 25 (November 7), 1917"), then the year; "June, 12, 1931"
            "(?<m1>" + MONTH + "),?\\s(?<d1>\\d{1,2})" + DAY_SUFFIX + "(?:" + DAY_TO + "(?<d1b>\\d{1,2})" + DAY_SUFFIX
                    + "|\\s?\\((?<m1n>" + MONTH + ")\\s(?<d1n>\\d{1,2})" + DAY_SUFFIX + "\\))?,?\\s(?<y1>" + YEAR + ")(?!\\d)",
            // the same, day first: "3–9 March 1921", "10 to 17 October 1921", "2 (14) May 1880", "25 October (7 November) 1917"
            "(?<![\\d])(?<d2>\\d{1,2})" + DAY_SUFFIX + "(?:" + DAY_TO + "(?<d2b>\\d{1,2})" + DAY_SUFFIX
                    + "|\\s?\\((?<d2n>\\d{1,2})\\))?\\s(?:of\\s)?(?<m2>" + MONTH + ")(?:\\s?\\((?<d2nn>\\d{1,2})" + DAY_SUFFIX
                    + "\\s(?<m2n>" + MONTH + ")\\))?,?\\s(?<y2>" + YEAR + ")(?!\\d)",
            "(?<m3a>" + MONTH + ")\\s?[-–—]\\s?(?<m3b>" + MONTH + "),?\\s(?:of\\s)?(?<y3>" + YEAR + ")(?!\\d)",
            "(?:(?<p4>" + PART + ")[-\\s]|(?<p4b>" + PART_OF + ")\\s)?(?<m4>" + MONTH + "),?\\s(?:of\\s)?(?<y4>" + YEAR + ")(?!\\d)",
            "(?:(?<p5>" + PART + ")[-\\s])?(?<s5>" + SEASON + "),?\\s(?:of\\s)?(?<y5>" + YEAR + ")(?!\\d)",
            "(?i:from|between)\\s(?<y6a>" + YEAR + ")\\s(?:and|to|until|till|through)\\s(?<y6b>" + YEAR + ")(?!\\d)",
            "(?<![\\d$.,/_\\p{L}])(?<y7a>" + YEAR + ")\\s?[-–—/]\\s?(?<y7b>\\d{4}|\\d{2})(?![\\d%]|[-–—]\\d)",
            "(?:(?<p8>" + PART + ")[-\\s])?(?<![\\d$.,])(?<y8>1[5-9]\\d0|20\\d0)(?:['’]s|s)\\b",
            "(?:(?<p9>" + PART + ")[-\\s]|(?<p9b>" + PART_OF + ")\\s)(?<y9>" + YEAR + ")(?![\\d'’%]|s\\b)",
            "(?<=\\bin\\s)1\\s(?<y10>9\\d\\d)(?!\\d)",
            "(?<r1>(?i:the\\s)?(?i:next|following|previous|preceding|same)\\s(?<r1u>day|week|month|year))\\b",
            "(?<r2>(?<r2n>(?i:" + NumberParser.WORDS + ")|\\d{1,3}|(?i:a|an|a\\sfew|several))\\s(?<r2u>(?i:days?|weeks?|months?|years?|decades?))"
                    + "\\s(?<r2d>later|earlier|afterwards?|after|before|ago))\\b",
            "(?<r3>(?i:years|months|days|weeks|decades)\\s(?:later|earlier))\\b",
            "(?<r4>(?i:within)\\s(?:a|one|two|three|four|\\d{1,2})\\s(?:days?|weeks?|months?|years?)\\sof)\\b",
            "(?<![\\d$£€.,#/_\\p{L}-])(?<y11>" + YEAR + ")(?![\\d%]|['’]s|s\\b|,\\d|\\s?[-–—]\\s?\\d)",
            "(?<m12>" + MONTH + ")\\s(?<d12>\\d{1,2})" + DAY_SUFFIX + "(?![\\d])\\b"
                    // "October 23 and 24": the second day, read in the same match
                    + "(?=(?:\\s(?:and|&)\\s(?<d12b>\\d{1,2})" + DAY_SUFFIX + "(?![\\d\\p{L}]))?)",
            // "3rd March", "the 6th of May", "14 July": a day and month without a year
            "(?<![\\d/.,-])(?<d16>\\d{1,2})" + DAY_SUFFIX + "\\s(?:of\\s)?(?<m16>" + MONTH + ")(?![\\w]|,?\\s\\d)",
            "(?:(?<p13>" + PART + ")[-\\s]|(?<p13b>" + PART_OF + ")\\s)(?<m13>" + MONTH + ")(?![\\w])",
            "(?:(?<=\\b(?:in|In|that|That|since|until|by|By|during|During)\\s)"
                    // "the July Big Three conference": a month naming a meeting
                    + "|(?<=\\b(?:the|The)\\s)(?=\\p{Lu}\\p{Ll}{2,8}\\s(?:\\p{Lu}[\\w-]{0,15}\\s){0,3}"
                    + "(?:conference|meeting|summit|talks|session)\\b))"
                    + "(?<m14>" + WordList.monthAlternation() + ")(?![\\w]|\\s\\d)",
            "(?:(?<p15>" + PART + ")[-\\s](?<s15a>" + SEASON + ")|(?<=\\b(?i:that|this|the|in)\\s)(?<s15b>(?i:spring|summer|autumn|winter)))"
                    + "(?![\\w]|\\sof\\s)") + ")");

    /** "He had made this pledge ... back in October of 1943": a date looked back to, which does not move the year. */
    private static final Pattern BACK_IN = Pattern.compile("\\b(?i:back)\\s(?:in|to|as\\searly\\sas)\\s(?:the\\s)?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Tonight forty-five years ago", "On this day 80 years ago": years counted back to the same day. */
    private static final Pattern THIS_DAY = Pattern.compile("\\b(?i:today|tonight|this\\sday),?\\s$");
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:^|[\\s(])(about|around|circa|c\\.|ca\\.|approximately|roughly"
            + "|by|since|until|till|not\\suntil|before|after|prior\\sto|from|as\\searly\\sas|as\\slate\\sas)\\s(?:the\\s)?$");
    private static final Pattern CALENDAR = Pattern.compile("^,?\\s?\\(?(O\\.S\\.|N\\.S\\.|Old Style|New Style|old style|new style)\\)?");

    /**
     * Where {@link #TIME} can match: a digit, or one of the first words of its alternatives (months, seasons, parts,
     * relative and spelled-out number words). {@code TimeExpressionScanTest} checks that no match starts elsewhere.
     */
    static final ScanStarts STARTS = new ScanStarts(java.util.stream.Stream.of(
            "january february march april may june july august september october november december",
            "jan feb mar apr jun jul aug sept sep oct nov dec",
            "early mid late the spring summer autumn fall winter from between",
            "next following previous preceding same a an half several years months days weeks decades within",
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
            "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety")
            .flatMap(l -> java.util.Arrays.stream(l.split(" "))).toList(), "", java.util.Map.of(
            // "the end of", "the next day"; "a few days", "an hour"-like units, "a half", "a million"
            "the", java.util.Set.of("end", "beginning", "start", "middle", "first", "second", "next", "following",
                    "previous", "preceding", "same"),
            "a", java.util.Set.of("half", "hundred", "thousand", "million", "billion", "trillion", "few", "day", "days",
                    "week", "weeks", "month", "months", "year", "years", "decade", "decades"),
            "an", java.util.Set.of("half", "hundred", "thousand", "million", "billion", "trillion", "few", "day",
                    "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades")));

    private final NumberParser numbers;

    public TimeExpressionParser(NumberParser numbers) {
        this.numbers = numbers;
    }

    /**
     * Time expressions of one sentence, in order; updates {@code anchor} as explicit years and resolved values go by.
     *
     * @param paragraph the sentence's paragraph (relative expressions anchor only within a paragraph)
     */
    public List<TimeMention> find(String text, int paragraph, TimeAnchor anchor) {
        return find(text, paragraph, anchor, null);
    }

    /**
     * As {@link #find(String, int, TimeAnchor)}, with the document's own date (see {@link #documentDate(String)}),
     * from which "forty-five years ago", "three months ago" are counted back; null when the document states none.
     */
    public List<TimeMention> find(String text, int paragraph, TimeAnchor anchor, DateValue documentDate) {
        List<TimeMention> out = new ArrayList<>();
        if (STARTS.next(text, 0) < 0) {
            return out; // nothing a time expression can start with (most sentences): no matcher is even made
        }
        Matcher m = TIME.matcher(text);
        int from = 0;
        while (STARTS.find(m, text, from)) {
            from = m.end();
            TimeMention t;
            try {
                t = mention(m, text, paragraph, anchor, documentDate);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                t = null; // "February 30", "13-45-1933": not a date
            }
            if (t == null) {
                continue;
            }
            out.add(t);
            secondDay(m, t).ifPresent(out::add);
            if (t.explicit() && t.value().resolved() && !looksBack(t.value(), anchor.narrativeIn(paragraph))
                    && (anchor.year() == null || !BACK_IN.matcher(text.substring(Math.max(0, t.start() - 16), t.start())).find())) {
                anchor.explicitYear(t.value(), paragraph);
            }
            if (t.value().resolved()) {
                anchor.resolved(t.value(), paragraph);
            }
        }
        return out;
    }

    /** The second day of "October 23 and 24", in the month and year of the first. */
    private static Optional<TimeMention> secondDay(Matcher m, TimeMention first) {
        if (m.group("d12b") == null) {
            return Optional.empty();
        }
        String written = m.group("d12b");
        DateValue v = first.value();
        DateValue second = v.resolved()
                ? day(written, v.earliest().getYear(), v.earliest().getMonthValue(), Integer.parseInt(written))
                : unresolved(written);
        return Optional.of(new TimeMention(m.start("d12b"), m.end("d12b"), second, false, first.anchoredInParagraph()));
    }

    /**
     * True when {@code v}, written after {@code narrative} in the same paragraph, is both less precise and earlier: a
     * look back ("In May 1962 he conceived the idea .... He also presented it as a means of protecting Cuba from another
     * invasion, such as the failed attempt at the Bay of Pigs in 1961."), which does not move the year later months and
     * days without a year take.
     */
    private static boolean looksBack(DateValue v, DateValue narrative) {
        return narrative != null && v.precision().compareTo(narrative.precision()) > 0
                && v.latest().isBefore(narrative.earliest());
    }

    private TimeMention mention(Matcher m, String text, int paragraph, TimeAnchor anchor, DateValue documentDate) {
        String written = m.group();
        int start = m.start();
        int end = m.end();
        String before = qualifierBefore(text, start);
        String calendar = calendarAfter(text, end);
        DateValue v;
        boolean explicit = true;
        if (m.group("y1") != null || m.group("y2") != null) {
            boolean us = m.group("y1") != null;
            int y = year(us ? m.group("y1") : m.group("y2"));
            int mo = month(us ? m.group("m1") : m.group("m2"));
            int d = Integer.parseInt(us ? m.group("d1") : m.group("d2"));
            String toDay = us ? m.group("d1b") : m.group("d2b");
            if (toDay != null) {
                LocalDate a = LocalDate.of(y, mo, d);
                LocalDate b = LocalDate.of(y, mo, Integer.parseInt(toDay));
                if (!b.isAfter(a)) {
                    return null;
                }
                v = new DateValue(written, a + "/" + b, a, b, DatePrecision.RANGE, "");
            } else if (us && m.group("m1n") != null) {
                v = newStyle(written, y, mo, d, month(m.group("m1n")), Integer.parseInt(m.group("d1n")));
                calendar = "";
            } else if (!us && m.group("d2n") != null) {
                v = newStyle(written, y, mo, d, mo, Integer.parseInt(m.group("d2n")));
                calendar = "";
            } else if (!us && m.group("m2n") != null) {
                v = newStyle(written, y, mo, d, month(m.group("m2n")), Integer.parseInt(m.group("d2nn")));
                calendar = "";
            } else {
                v = day(written, y, mo, d);
            }
        } else if (m.group("ny") != null) {
            v = day(written, year(m.group("ny")), Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("nd")));
        } else if (m.group("y3") != null) {
            int y = year(m.group("y3"));
            YearMonth a = YearMonth.of(y, month(m.group("m3a")));
            YearMonth b = YearMonth.of(y, month(m.group("m3b")));
            if (b.isBefore(a)) {
                return null;
            }
            v = new DateValue(written, a + "/" + b, a.atDay(1), b.atEndOfMonth(), DatePrecision.RANGE, "");
        } else if (m.group("y4") != null) {
            v = month(written, year(m.group("y4")), month(m.group("m4")), part(m.group("p4"), m.group("p4b")));
        } else if (m.group("y5") != null) {
            v = season(written, year(m.group("y5")), m.group("s5"), part(m.group("p5"), null));
        } else if (m.group("y6a") != null) {
            v = range(written, year(m.group("y6a")), year(m.group("y6b")));
            before = "";
        } else if (m.group("y7a") != null) {
            int a = year(m.group("y7a"));
            String bText = m.group("y7b");
            int b = bText.length() == 2 ? a / 100 * 100 + Integer.parseInt(bText) : Integer.parseInt(bText);
            if (b <= a || b - a > 200) {
                return null;
            }
            v = range(written, a, b);
            before = "";
        } else if (m.group("y8") != null) {
            v = decade(written, year(m.group("y8")), part(m.group("p8"), null));
        } else if (m.group("y9") != null) {
            v = year(written, year(m.group("y9")), part(m.group("p9"), m.group("p9b")));
        } else if (m.group("y10") != null) {
            v = year(written, 1000 + Integer.parseInt(m.group("y10")), "");
        } else if (m.group("y11") != null) {
            v = year(written, year(m.group("y11")), "");
        } else if (m.group("r1") != null || m.group("r2") != null || m.group("r3") != null || m.group("r4") != null) {
            DateValue rel = relative(m, written, paragraph, anchor, documentDate,
                    THIS_DAY.matcher(text.substring(Math.max(0, start - 16), start)).find());
            return new TimeMention(start, end, rel, false, rel.resolved());
        } else {
            explicit = false;
            Integer y = anchor.year();
            if (m.group("m16") != null) {
                v = y == null ? unresolved(written) : day(written, y, month(m.group("m16")), Integer.parseInt(m.group("d16")));
            } else if (m.group("m12") != null) {
                v = y == null ? unresolved(written) : day(written, y, month(m.group("m12")), Integer.parseInt(m.group("d12")));
            } else if (m.group("m13") != null) {
                v = y == null ? unresolved(written) : month(written, y, month(m.group("m13")), part(m.group("p13"), m.group("p13b")));
            } else if (m.group("m14") != null) {
                v = y == null ? unresolved(written) : month(written, y, month(m.group("m14")), "");
            } else {
                String s = m.group("s15a") != null ? m.group("s15a") : m.group("s15b");
                v = y == null ? unresolved(written) : season(written, y, s, part(m.group("p15"), null));
            }
        }
        if (v == null) {
            return null;
        }
        return new TimeMention(start, end, qualify(v, before, calendar), explicit, explicit || anchor.yearIn(paragraph));
    }

    private DateValue relative(Matcher m, String written, int paragraph, TimeAnchor anchor, DateValue documentDate,
                               boolean thisDay) {
        DateValue last = anchor.lastIn(paragraph);
        String unit;
        long count;
        if (m.group("r1") != null) {
            unit = m.group("r1u").toLowerCase(Locale.ROOT);
            String w = written.toLowerCase(Locale.ROOT);
            count = w.contains("previous") || w.contains("preceding") ? -1 : w.contains("same") ? 0 : 1;
        } else if (m.group("r2") != null) {
            String dir = m.group("r2d");
            if (dir.equals("ago")) {
                return ago(written, m.group("r2n"), m.group("r2u"), documentDate, thisDay);
            }
            if (!dir.equals("later") && !dir.startsWith("afterward") && !dir.equals("earlier")) {
                return unresolved(written); // "two years after FDR's death": anchored on a thing, not on the text's last date
            }
            Optional<BigDecimal> n = numbers.parse(m.group("r2n"));
            if (n.isEmpty() || n.get().scale() > 0 && n.get().stripTrailingZeros().scale() > 0) {
                return unresolved(written);
            }
            unit = m.group("r2u").toLowerCase(Locale.ROOT);
            unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
            count = n.get().longValue() * (dir.equals("earlier") ? -1 : 1);
            if (unit.equals("decade")) {
                unit = "year";
                count *= 10;
            }
        } else {
            return unresolved(written);
        }
        if (last == null) {
            return unresolved(written);
        }
        LocalDate base = last.earliest();
        switch (unit) {
            case "day" -> {
                if (last.precision() != DatePrecision.DAY) {
                    return unresolved(written);
                }
                return DateValue.day(written, base.plusDays(count));
            }
            case "week" -> {
                if (last.precision() != DatePrecision.DAY) {
                    return unresolved(written);
                }
                LocalDate d = base.plusWeeks(count);
                return new DateValue(written, d + "/" + d.plusDays(6), d, d.plusDays(6), DatePrecision.RANGE, "");
            }
            case "month" -> {
                if (last.precision() != DatePrecision.DAY && last.precision() != DatePrecision.MONTH) {
                    return unresolved(written);
                }
                YearMonth ym = YearMonth.from(base).plusMonths(count);
                return month(written, ym.getYear(), ym.getMonthValue(), "");
            }
            default -> {
                if (last.precision() == DatePrecision.DECADE || last.precision() == DatePrecision.RANGE) {
                    return unresolved(written);
                }
                return year(written, base.getYear() + (int) count, "");
            }
        }
    }

    /**
     * "forty-five years ago" counted back from the document's own date, at the precision of the unit (a year for
     * years and decades, a month for months, a day for days and weeks, each only when the document's date is that
     * precise); unresolved without a document date. After "today", "tonight", "this day" ("Tonight forty-five years
     * ago") the years are counted back to the same day of the year, when the document's date gives the day.
     */
    private DateValue ago(String written, String count, String unitWritten, DateValue documentDate, boolean thisDay) {
        Optional<BigDecimal> n = numbers.parse(count.equalsIgnoreCase("a") || count.equalsIgnoreCase("an") ? "one" : count);
        if (documentDate == null || !documentDate.resolved() || n.isEmpty() || n.get().stripTrailingZeros().scale() > 0) {
            return unresolved(written);
        }
        long k = n.get().longValue();
        String unit = unitWritten.toLowerCase(Locale.ROOT);
        LocalDate base = documentDate.earliest();
        DatePrecision p = documentDate.precision();
        if (unit.startsWith("day") || unit.startsWith("week")) {
            return p != DatePrecision.DAY ? unresolved(written)
                    : DateValue.day(written, unit.startsWith("day") ? base.minusDays(k) : base.minusWeeks(k));
        }
        if (unit.startsWith("month")) {
            if (p != DatePrecision.DAY && p != DatePrecision.MONTH) {
                return unresolved(written);
            }
            YearMonth ym = YearMonth.from(base).minusMonths(k);
            return month(written, ym.getYear(), ym.getMonthValue(), "");
        }
        if (p != DatePrecision.DAY && p != DatePrecision.MONTH && p != DatePrecision.YEAR) {
            return unresolved(written);
        }
        if (thisDay && p == DatePrecision.DAY && unit.startsWith("year")) {
            return DateValue.day(written, base.minusYears(k));
        }
        return year(written, base.getYear() - (int) (unit.startsWith("decade") ? 10 * k : k), "");
    }

    /** The date of a document's date line ("Monday, May 06, 2013", "Published 12 March 1998"), or null. */
    public DateValue documentDate(String dateLine) {
        if (dateLine == null || dateLine.isBlank()) {
            return null;
        }
        for (TimeMention t : find(dateLine, 0, new TimeAnchor())) {
            if (t.explicit() && t.value().resolved()) {
                return t.value();
            }
        }
        return null;
    }

    private static String qualifierBefore(String text, int start) {
        Matcher q = BEFORE.matcher(text.substring(Math.max(0, start - 24), start));
        if (!q.find()) {
            return "";
        }
        String w = SPACES.matcher(q.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (w) {
            case "about", "around", "circa", "c.", "ca.", "approximately", "roughly" -> "about";
            case "till", "not until" -> "until";
            case "prior to" -> "before";
            default -> w;
        };
    }

    private static String calendarAfter(String text, int end) {
        Matcher c = CALENDAR.matcher(text.substring(end, Math.min(text.length(), end + 16)));
        if (!c.find()) {
            return "";
        }
        return c.group(1).toLowerCase(Locale.ROOT).startsWith("o") ? "O.S." : "N.S.";
    }

    private static DateValue qualify(DateValue v, String before, String calendar) {
        if (!v.resolved() || before.isEmpty() && calendar.isEmpty()) {
            return v;
        }
        String edtf = v.edtf();
        if (before.equals("about") && !edtf.contains("/")) {
            edtf = edtf + "~";
        }
        StringBuilder q = new StringBuilder();
        for (String part : new String[] {calendar, before, v.qualifier()}) {
            if (!part.isEmpty()) {
                q.append(q.length() == 0 ? "" : " ").append(part);
            }
        }
        return new DateValue(v.text(), edtf, v.earliest(), v.latest(), v.precision(), q.toString());
    }

    private static String part(String part, String partOf) {
        String p = part != null ? part : partOf;
        if (p == null) {
            return "";
        }
        p = SPACES.matcher(p.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (p.startsWith("the ")) {
            p = p.substring(4, p.length() - 3);
        }
        return switch (p) {
            case "beginning", "start", "early" -> "early";
            case "middle", "mid" -> "mid";
            case "end", "late" -> "late";
            default -> p; // first half, second half
        };
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    /** The first three letters of each month's name, lower case: "jan", …, "dec". */
    private static final String[] MONTH_STEMS = WordList.months().stream()
            .map(m -> m.substring(0, 3).toLowerCase(Locale.ROOT)).toArray(String[]::new);

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_STEMS.length; i++) {
            if (n.startsWith(MONTH_STEMS[i])) {
                return i + 1;
            }
        }
        throw new NumberFormatException(name);
    }

    /**
     * A dual date, Old Style (Julian) day first and New Style (Gregorian) day in brackets: the New Style day, with
     * qualifier "N.S.", when the two are the Julian calendar's distance apart in that year (computed with ICU4J);
     * otherwise null, for the brackets say something else.
     */
    static DateValue newStyle(String written, int y, int oldMonth, int oldDay, int newMonth, int newDay) {
        LocalDate ns = LocalDate.of(y, newMonth, newDay);
        LocalDate os = LocalDate.of(y, oldMonth, oldDay);
        if (!Calendars.julianToGregorian(os).equals(ns)) {
            return null;
        }
        return new DateValue(written, ns.toString(), ns, ns, DatePrecision.DAY, "N.S.");
    }

    static DateValue unresolved(String written) {
        return new DateValue(written, "", null, null, DatePrecision.UNRESOLVED, "");
    }

    static DateValue day(String written, int y, int month, int day) {
        return DateValue.day(written, LocalDate.of(y, month, day));
    }

    static DateValue month(String written, int y, int month, String part) {
        YearMonth ym = YearMonth.of(y, month);
        LocalDate a = ym.atDay(1);
        LocalDate b = ym.atEndOfMonth();
        switch (part) {
            case "early" -> b = ym.atDay(10);
            case "mid" -> {
                a = ym.atDay(11);
                b = ym.atDay(20);
            }
            case "late" -> a = ym.atDay(21);
            case "first half" -> b = ym.atDay(15);
            case "second half" -> a = ym.atDay(16);
            default -> { }
        }
        return new DateValue(written, ym.toString(), a, b, DatePrecision.MONTH, part);
    }

    static DateValue year(String written, int y, String part) {
        LocalDate a = LocalDate.of(y, 1, 1);
        LocalDate b = LocalDate.of(y, 12, 31);
        switch (part) {
            case "early" -> b = LocalDate.of(y, 4, 30);
            case "mid" -> {
                a = LocalDate.of(y, 5, 1);
                b = LocalDate.of(y, 8, 31);
            }
            case "late" -> a = LocalDate.of(y, 9, 1);
            case "first half" -> b = LocalDate.of(y, 6, 30);
            case "second half" -> a = LocalDate.of(y, 7, 1);
            default -> { }
        }
        return new DateValue(written, yearKey(y), a, b, DatePrecision.YEAR, part);
    }

    /** The year as {@code String.format("%04d", y)} writes it ("0988", "1969"), without a formatter per date. */
    static String yearKey(int y) {
        if (y >= 1000 && y <= 9999) {
            return Integer.toString(y);
        }
        return String.format(java.util.Locale.ROOT, "%04d", y);
    }

    static DateValue decade(String written, int start, String part) {
        int a = start;
        int b = start + 9;
        switch (part) {
            case "early" -> b = start + 3;
            case "mid" -> {
                a = start + 3;
                b = start + 6;
            }
            case "late" -> a = start + 6;
            default -> { }
        }
        return new DateValue(written, String.format("%03dX", start / 10), LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31),
                DatePrecision.DECADE, part.startsWith("first") || part.startsWith("second") ? "" : part);
    }

    static DateValue range(String written, int a, int b) {
        return new DateValue(written, yearKey(a) + "/" + yearKey(b), LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31),
                DatePrecision.RANGE, "");
    }

    static DateValue season(String written, int y, String season, String part) {
        String s = season.toLowerCase(Locale.ROOT);
        int code;
        LocalDate a;
        LocalDate b;
        switch (s) {
            case "spring" -> {
                code = 21;
                a = LocalDate.of(y, 3, 1);
                b = LocalDate.of(y, 5, 31);
            }
            case "summer" -> {
                code = 22;
                a = LocalDate.of(y, 6, 1);
                b = LocalDate.of(y, 8, 31);
            }
            case "winter" -> {
                code = 24;
                a = LocalDate.of(y, 12, 1);
                b = YearMonth.of(y + 1, 2).atEndOfMonth();
            }
            default -> {
                code = 23;
                a = LocalDate.of(y, 9, 1);
                b = LocalDate.of(y, 11, 30);
            }
        }
        return new DateValue(written, yearKey(y) + "-" + code, a, b, DatePrecision.SEASON, part);
    }
}
