package dev.claims.values;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers written in digits or in English words, with scale words and halves, using ICU4J's
 * rule-based spell-out grammar ({@link RuleBasedNumberFormat#SPELLOUT}) for the words.
 *
 * <pre>{@code
 * NumberParser p = new NumberParser();
 * p.parse("one hundred thousand");   // 100000
 * p.parse("a million and a half");   // 1500000
 * p.parse("twenty-five");            // 25
 * p.parse("12,000");                 // 12000
 * p.parse("11.3 billion");           // 11300000000
 * }</pre>
 *
 * <p>{@link #WORDS} is the (bounded) regular expression that finds candidate spelled-out numbers in text; only the
 * candidates are handed to ICU, so the grammar does the parsing and the regex only delimits. Thread-safe: ICU
 * formats are not, so each thread gets its own.
 */
public final class NumberParser {
    private static final String UNIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety";
    private static final String SCALE_WORD = "hundred|thousand|million|billion|trillion";
    /** A spelled-out number: "one hundred thousand", "twenty-five", "a million and a half", "one and a half million". */
    public static final String WORDS = "(?:(?:an?\\s)?half\\s(?:an?\\s)?(?:" + SCALE_WORD + ")|(?:" + UNIT_WORD + ")(?:[\\s-](?:and\\s)?(?:" + UNIT_WORD + "|" + SCALE_WORD
            + ")){0,6}|an?\\s(?:" + SCALE_WORD + ")(?:[\\s-](?:and\\s)?(?:" + UNIT_WORD + "|" + SCALE_WORD + ")){0,6})"
            + "(?:\\sand\\sa\\shalf(?:\\s(?:" + SCALE_WORD + "))?)?";
    /** Digits with thousands separators or a decimal part: "12,000", "11.3", "1000". */
    public static final String DIGITS = "\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,4})?|\\d{1,12}(?:\\.\\d{1,4})?";

    private static final Pattern DIGITS_WELL_FORMED = Pattern.compile("\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s-]+");
    private static final Pattern HALF = Pattern.compile("^(.{1,200}?)\\sand\\sa\\shalf(?:\\s(" + SCALE_WORD + "))?$");
    private static final Pattern HALF_SCALE = Pattern.compile("^(?:an?\\s)?half\\s(?:an?\\s)?(" + SCALE_WORD + ")$");
    /** "eighty six" is eighty-six (ICU's spell-out grammar reads the space as a new number: 8006). */
    private static final Pattern TENS_SPACE_UNIT = Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s(one|two|three|four|five|six|seven|eight|nine)\\b");
    private static final Pattern FRACTION = Pattern.compile(
            "^(an?|one|two|three|four|five|six|seven|eight|nine)[\\s-](half|halves|thirds?|quarters?|fourths?|fifths?|sixths?"
                    + "|eighths?|tenths?)$");
    private static final Pattern TRAILING_SCALE = Pattern.compile("^(.{1,200}?)\\s(" + SCALE_WORD + ")$");
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

    /** The value of a number written in digits and/or words, or empty when it is not a number. */
    public Optional<BigDecimal> parse(String written) {
        String s = written.strip().toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        if (s.isEmpty() || s.length() > 200) {
            return Optional.empty();
        }
        Matcher halfScale = HALF_SCALE.matcher(s);
        if (halfScale.matches()) {
            return Optional.of(scale(halfScale.group(1)).multiply(new BigDecimal("0.5"))); // "half a million", "half billion"
        }
        Matcher half = HALF.matcher(s);
        if (half.matches()) {
            // "a million and a half" = 1.5 million; "one and a half million" = 1.5 million
            Optional<BigDecimal> base = parse(half.group(1));
            if (base.isEmpty()) {
                return Optional.empty();
            }
            if (half.group(2) != null) {
                return Optional.of(base.get().add(new BigDecimal("0.5")).multiply(scale(half.group(2))));
            }
            BigDecimal b = base.get();
            BigDecimal unit = largestScaleIn(half.group(1));
            return Optional.of(b.add(unit.multiply(new BigDecimal("0.5"))));
        }
        if (Character.isDigit(s.charAt(0))) {
            Matcher scaled = TRAILING_SCALE.matcher(s);
            if (scaled.matches()) {
                return digits(scaled.group(1)).map(d -> d.multiply(scale(scaled.group(2))));
            }
            return digits(s);
        }
        Optional<BigDecimal> known = SPELLED.get(s);
        if (known != null) {
            return known;
        }
        Optional<BigDecimal> value = spelled(s);
        if (SPELLED.size() < SPELLED_MAX) {
            SPELLED.put(s, value);
        }
        return value;
    }

    /**
     * Values of spelled-out numbers already read, by their lower-cased text: ICU's spell-out grammar is slow, and the
     * same few words ("one", "a", "two", "three hundred") come back in every document. Bounded; thread-safe.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<BigDecimal>> SPELLED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SPELLED_MAX = 20_000;

    private Optional<BigDecimal> spelled(String s) {
        String words = s.startsWith("a ") ? "one " + s.substring(2) : s.startsWith("an ") ? "one " + s.substring(3) : s;
        words = TENS_SPACE_UNIT.matcher(words).replaceAll("$1-$2");
        if (!wellFormed(words)) {
            return Optional.empty();
        }
        ParsePosition pos = new ParsePosition(0);
        Number n = SPELLOUT.get().parse(words, pos);
        if (n == null || pos.getIndex() != words.length()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(n.toString()));
    }

    /**
     * The value of a spelled-out fraction: "three quarters" → 0.75, "two thirds" → 0.6667 (four places), "a half" → 0.5;
     * empty when it is not one.
     */
    public Optional<BigDecimal> fraction(String written) {
        Matcher f = FRACTION.matcher(written.strip().toLowerCase(Locale.ROOT));
        if (!f.matches()) {
            return Optional.empty();
        }
        String n = f.group(1);
        int num = n.startsWith("a") ? 1 : parse(n).orElseThrow().intValue();
        String d = f.group(2);
        int den = d.startsWith("hal") ? 2 : d.startsWith("third") ? 3 : d.startsWith("quarter") || d.startsWith("fourth") ? 4
                : d.startsWith("fifth") ? 5 : d.startsWith("sixth") ? 6 : d.startsWith("eighth") ? 8 : 10;
        if (num >= den) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
    }

    /**
     * Half the unit of the last significant digit written, in the number's own scale: "804" → 0.5, "41.2" → 0.05,
     * "7,062,000" → 500 (trailing zeros of a whole number from a thousand up are not taken as significant; "800"
     * → 0.5), "20 million" → 5000000, "1.5 million" → 50000,
     * "two and a half" → 0.25, "eighty six" → 0.5, "half a billion" → 50000000; empty when it is not a number.
     */
    public Optional<BigDecimal> precision(String written) {
        return parse(written).map(v -> precision(written, v));
    }

    /** {@link #precision(String)} of a number already parsed to {@code parsed}. */
    BigDecimal precision(String written, BigDecimal parsed) {
        Optional<BigDecimal> value = Optional.of(parsed);
        String s = written.strip().toLowerCase(Locale.ROOT);
        if (s.contains("half")) {
            // a quarter of the unit the half is a half of: "two and a half" ± 0.25, "half a million" ± 250000
            Matcher hs = HALF_SCALE.matcher(s);
            Matcher h = HALF.matcher(s);
            BigDecimal of = hs.matches() ? scale(hs.group(1))
                    : h.matches() && h.group(2) != null ? scale(h.group(2))
                    : h.matches() ? largestScaleIn(h.group(1)) : BigDecimal.ONE;
            return of.multiply(new BigDecimal("0.25")).stripTrailingZeros();
        }
        BigDecimal scale = BigDecimal.ONE;
        String digits = s;
        Matcher scaled = TRAILING_SCALE.matcher(s);
        if (Character.isDigit(s.charAt(0)) && scaled.matches()) {
            digits = scaled.group(1);
            scale = scale(scaled.group(2));
        }
        BigDecimal written10 = Character.isDigit(s.charAt(0)) ? new BigDecimal(digits.replace(",", "")) : value.get();
        BigDecimal unit;
        if (written10.scale() > 0) {
            unit = BigDecimal.ONE.scaleByPowerOfTen(-written10.scale());
        } else if (written10.signum() == 0) {
            unit = BigDecimal.ONE;
        } else {
            int zeros = Math.max(0, -written10.stripTrailingZeros().scale());
            if (written10.compareTo(BigDecimal.valueOf(1000)) < 0) {
                zeros = 0; // "40 seconds", "800 people", "thirty": under a thousand, a round number is still exact
            }
            unit = BigDecimal.ONE.scaleByPowerOfTen(zeros);
        }
        return unit.multiply(scale).multiply(new BigDecimal("0.5")).stripTrailingZeros();
    }

    /**
     * A cheap check of English number-word order before ICU parses (ICU takes ~0.1 ms a call, so hostile runs of
     * number words must not reach it): units do not follow units (except "twenty-one"), "hundred" once per group
     * after a unit, thousand/million/billion after a unit or hundred and in decreasing order.
     */
    static boolean wellFormed(String words) {
        String[] tokens = TOKEN_SEPARATOR.split(words);
        int lastBig = Integer.MAX_VALUE;
        boolean prevUnit = false;
        boolean prevTens = false;
        boolean hundredInGroup = false;
        boolean prevHundred = false;
        for (String t : tokens) {
            if (t.equals("and")) {
                continue;
            }
            int big = switch (t) {
                case "thousand" -> 1;
                case "million" -> 2;
                case "billion" -> 3;
                case "trillion" -> 4;
                default -> 0;
            };
            if (t.equals("hundred")) {
                if (!prevUnit || hundredInGroup) {
                    return false;
                }
                hundredInGroup = true;
                prevHundred = true;
                prevUnit = false;
            } else if (big > 0) {
                if (!prevUnit && !prevHundred || big >= lastBig) {
                    return false;
                }
                lastBig = big;
                hundredInGroup = false;
                prevHundred = false;
                prevUnit = false;
            } else {
                boolean tens = t.endsWith("ty");
                if (prevUnit && !(prevTens && !tens && !t.endsWith("teen") && !t.equals("ten") && !t.equals("eleven")
                        && !t.equals("twelve"))) {
                    return false;
                }
                prevTens = tens;
                prevUnit = true;
                prevHundred = false;
            }
        }
        return true;
    }

    private static Optional<BigDecimal> digits(String s) {
        String plain = s.replace(",", "");
        if (!DIGITS_WELL_FORMED.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    private static BigDecimal largestScaleIn(String words) {
        BigDecimal best = BigDecimal.ONE;
        for (String w : TOKEN_SEPARATOR.split(words)) {
            if (w.matches(SCALE_WORD) && scale(w).compareTo(best) > 0) {
                best = scale(w);
            }
        }
        return best;
    }

    private static BigDecimal scale(String word) {
        return switch (word) {
            case "hundred" -> BigDecimal.valueOf(100);
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "billion" -> BigDecimal.valueOf(1_000_000_000);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }
}
