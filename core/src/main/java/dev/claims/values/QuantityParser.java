package dev.claims.values;

import dev.claims.model.QuantityValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in a sentence with ONE compiled, bounded regular expression: money with currency and scale
 * ("$20 million", "About $11 billion", "over one billion dollars"), percentages ("seventy percent", "25%",
 * "eighty six percent", "three quarters of"), durations ("sixteen years", "thirty-year", "more than a decade",
 * "2.5 hour"), compound durations as one quantity ("8 days, 3 hours, 18 minutes, 35 seconds" → 703115 seconds),
 * measures with a unit of {@code units.tsv} ("804 feet", "803 ft 10 in", "803.8-foot-long", "135 km/h", "7 million
 * cubic feet", "1,050-horsepower") and counts with their noun ("12,000 members", "a million and a half troops",
 * "five men", "35 of the 97 people"). Numbers are parsed by {@link NumberParser}, with the precision written.
 *
 * <ul>
 * <li>Approximation words before the number ({@code qualifiers.tsv}: about, around, nearly, more than, at least, up
 *     to, some, an estimated, ...) are kept in {@link QuantityValue#qualifier()}; "just", "only" are exact.</li>
 * <li>Ranges are one value: "10 to 20 million" (the scale of the second end applies to the first), "2.5 to 8
 *     years", "20 months to five years" (in the smaller unit).</li>
 * <li>A conversion in parentheses right after a value ("804 feet (245 m)", "135 km/h (85 mph, 74 kn)") belongs to
 *     the same mention: one claim, its span covering the conversion.</li>
 * <li>A number right after a capitalised word that is not a function word ({@code not-designators.txt}) is part
 *     of a name ("Apollo 11 becomes", "LZ 129", "Launch Complex 39"), not a quantity; so is a number after a colon
 *     or point of a clock time ("9:32", "3.15am").</li>
 * <li>Durations followed by "later", "after", "ago" are time expressions, not quantities.</li>
 * </ul>
 */
public final class QuantityParser {
    private static final java.util.regex.Pattern ONE_SPACE = java.util.regex.Pattern.compile("\\s");
    private static final String SCALE = "(?:\\s(?:million|billion|thousand|trillion))?";
    private static final String NUM = "(?:" + NumberParser.WORDS + "|(?:" + NumberParser.DIGITS + ")" + SCALE + ")";
    private static final String TO = "(?:\\sto\\s|\\s?[-–—]\\s?)";
    private static final String DURATION_UNIT = "years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|hrs?|h"
            + "|minutes?|mins?|seconds?|secs?";
    private static final String MEASURE_UNIT = UnitTable.defaults().alternation("time");
    /** "Sample mass21.55 kilograms", "Mission duration8 days": a table row exported without its separator. */
    private static final String GLUED_LABEL = "\\p{Lu}[\\p{L} ]{0,40}";
    private static final String CURRENCY = "\\\\?\\$|£|€";
    /** One scan: the number is matched once and what follows it decides money, percentage, duration, measure or count. */
    static final Pattern QUANTITY = Pattern.compile(
            "(?:(?<![\\p{L}\\d:.,-])|(?=\\d)(?<=\\p{Ll})(?<=" + GLUED_LABEL + "))" + firstCharacters() + "(?:(?<q>(?i:" + Quantities.qualifierAlternation() + "))\\s)?(?:"
                    + "(?<cur>" + CURRENCY + ")\\s?(?<mnum>(?:" + NumberParser.DIGITS + ")" + SCALE + ")"
                    + "(?:" + TO + "(?:" + CURRENCY + ")?(?<mnum2>(?:" + NumberParser.DIGITS + ")" + SCALE + "))?(?![\\d])"
                    + "|(?<frac>(?i:one|two|three|four|five|six|seven|eight|nine|a)[\\s-](?i:half|halves|thirds?|quarters?"
                    + "|fourths?|fifths?|sixths?|eighths?|tenths?))(?=\\s(?i:of)\\s)"
                    + "|(?<num>(?i:" + NUM + "|a|an))(?:" + TO + "(?<num2>(?i:" + NUM + ")))?(?:"
                    + "\\s(?<wcur>(?i:dollars?|rubles?|roubles?|pounds\\ssterling))\\b"
                    + "|(?<pct>\\s?%|\\s(?i:percent|per\\scent)\\b)"
                    + "|[\\s-](?<dunit>(?i:" + DURATION_UNIT + "))(?![\\p{L}])"
                    + "|(?:[\\s-]|(?<=\\d))(?<munit>" + MEASURE_UNIT + ")(?![\\p{L}\\d])"
                    // "three private, informal meetings": adjectives before the noun may be separated by commas
                    + "|(?<cw>\\s[\\p{L}][\\p{L}’'-]{1,20}\\b(?:,?\\s[\\p{L}][\\p{L}’'-]{1,20}\\b){0,2})))");
    /** "… 2 hours, 31 minutes 40 seconds", "… days and three hours": the next part of a compound duration. */
    private static final Pattern DURATION_PART = Pattern.compile("(?:,\\s?(?:and\\s)?|\\sand\\s|\\s)(?<n>(?i:"
            + NumberParser.WORDS + ")|" + NumberParser.DIGITS + ")[\\s-]?(?<u>(?i:years?|months?|weeks?|days?|hours?|hrs?"
            + "|h|minutes?|mins?|m|seconds?|secs?|s))(?![\\p{L}\\d])");
    /** "20 months to five years": the upper end of a duration range in another unit. */
    private static final Pattern DURATION_TO = Pattern.compile(TO + "(?<n>(?i:" + NumberParser.WORDS + ")|"
            + NumberParser.DIGITS + ")[\\s-](?<u>(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?))(?![\\p{L}])");
    /** "803 ft 10 in": inches after feet. */
    private static final Pattern INCHES = Pattern.compile("\\s?(?<n>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:in\\.?|inch|inches|″|\")(?![\\p{L}\\d])");
    /** "(245 m)", "(85 mph, 74 kn)", "(783-kilowatt)", "(£4 million)": a conversion of the value just before. */
    private static final Pattern CONVERSION = Pattern.compile("\\s?\\((?:(?i:about|approx\\.?|approximately|c\\.|ca\\.|some)\\s)?"
            + "(?:(?:" + CURRENCY + ")\\s?(?:" + NumberParser.DIGITS + ")" + SCALE
            + "|(?:" + NumberParser.DIGITS + ")" + SCALE + "[\\s-]?(?:" + MEASURE_UNIT + ")(?:\\s\\d{1,2}\\s?in)?"
            + "(?:(?:,|;|\\sor)\\s(?:" + NumberParser.DIGITS + ")[\\s-]?(?:" + MEASURE_UNIT + ")){0,3})\\)");
    /** "35 of the 97 people", "Thirty-five of the fatalities": a part of a counted whole. */
    private static final Pattern PARTITIVE = Pattern.compile("\\sof\\s(?:the|its|their|his|her|these|those|our)\\s"
            + "(?:(?:" + NumberParser.DIGITS + "|(?i:" + NumberParser.WORDS + "))\\s)?(?<pw>[\\p{L}][\\p{L}’'-]{1,20}"
            + "(?:\\s[\\p{L}][\\p{L}’'-]{1,20}){0,2})");
    /** "Length: 245 m", "Maximum speed: 135 km/h": a label before a value names what it measures. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:^|\\s)(\\p{Lu}[\\p{L}’'-]{1,20}(?:\\s\\p{Ll}[\\p{L}’'-]{1,20}){0,2}):\\s$");
    private static final Pattern GLUED_LABEL_BEFORE = Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{L}{0,20}(?:\\s\\p{Ll}{1,20}){0,2})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i:" + NumberParser.WORDS + ")");
    private static final Pattern OF_BEFORE = Pattern.compile(
            "\\b(?:the|a|an|its|their|his|her)\\s((?:\\p{Ll}[\\p{L}-]{1,20}\\s){0,2}\\p{Ll}[\\p{L}-]{1,20})\\sof\\s$");
    private static final Pattern LASTED = Pattern.compile("\\b(?:lasted|lasts|lasting|took|takes|taking|spent|spends)\\s$");
    private static final Pattern ADJECTIVAL = Pattern.compile("(?:-long|-high|-wide|-tall|-deep)?\\s(\\p{Ll}[\\p{Ll}-]{2,20})\\b");
    private static final Pattern YEAR_LIKE = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    private static final Pattern SENTENCE_OPENING = Pattern.compile("[.!?“\"(]\\s?$|[:–—-]\\s$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d|(?i:" + NumberParser.WORDS + "))\\s(?:to|or)\\s$");
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s(?:later|earlier|after|before|ago|old|afterwards)\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those|both|its|their|his|her|our|all|each|every|first|last)\\s$");
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "^(?:['’]?\\s(?:worth\\s)?(?:in|of|for|on)\\s(?:the\\s|a\\s|an\\s)?|\\s)((?:[\\p{L}][\\p{L}-]{1,20}\\s?){1,3})");
    private static final Pattern CLAUSE_LEAD = Pattern.compile("(?:^|[,;:]\\s)(?:(?:In|On|By|During|After|Before)\\s[^,]{1,30},\\s)?"
            + "(?:(?:The|the|A|a|An|an)\\s)?((?:[\\p{L}][\\p{L}’'-]{0,20}\\s){1,4})");
    private static final Set<String> VERBISH = dev.claims.knowledge.WordList.of("quantity-verbs.txt");
    private static final Map<String, String> PLURALS = ExtractData.pairs("plural-nouns.tsv");
    private static final Set<String> NOT_NOUNS = ExtractData.words("not-nouns.txt");
    private static final Set<String> NOT_DESIGNATORS = ExtractData.words("not-designators.txt");
    private static final Set<String> STOP = dev.claims.knowledge.WordList.of("quantity-stopwords.txt");
    private static final Map<String, Integer> DURATION_RANK = Map.of("seconds", 1, "minutes", 2, "hours", 3, "days", 4,
            "weeks", 5, "months", 6, "years", 7);

    private final NumberParser numbers;
    private final CountForms forms;

    /**
     * A lookahead for the characters a quantity can start with (a digit, a currency sign, the first letter of an
     * approximation word or a number word), so the scan passes over other word starts without trying each
     * alternative.
     */
    private static String firstCharacters() {
        java.util.SortedSet<Character> first = new java.util.TreeSet<>();
        String words = Quantities.qualifierAlternation() + "|" + NumberParser.WORDS.replaceAll("[^a-z|]", "|") + "|a|half";
        for (String w : words.split("\\|")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                first.add(Character.toLowerCase(w.charAt(0)));
                first.add(Character.toUpperCase(w.charAt(0)));
            }
        }
        StringBuilder sb = new StringBuilder("(?=[\\d$£€\\\\");
        first.forEach(sb::append);
        return sb.append("])").toString();
    }

    /**
     * Where {@link #QUANTITY} can match: a digit not after a digit, a currency sign, or a qualifier's or a spelled-out
     * number's first word. {@code QuantityScanTest} checks that no match starts elsewhere.
     */
    static final ScanStarts STARTS = new ScanStarts(startWords(), "$£€\\");

    private static java.util.List<String> startWords() {
        java.util.List<String> out = new ArrayList<>(java.util.List.of(("zero one two three four five six seven eight"
                + " nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
                + " forty fifty sixty seventy eighty ninety a an half").split(" ")));
        for (String q : Quantities.qualifierAlternation().split("\\|")) {
            Matcher w = Pattern.compile("^[A-Za-z]+").matcher(q);
            if (!w.find()) {
                throw new IllegalStateException("a qualifier that does not start with a word: " + q);
            }
            out.add(w.group());
        }
        return out;
    }

    public QuantityParser(NumberParser numbers) {
        this.numbers = numbers;
        this.forms = new CountForms(numbers);
    }

    /** A mention and where the scan goes on (after the mention, or inside it for "35 of the 97 people"). */
    private record Found(QuantityMention mention, int resume) {
    }

    /** An amount as written: a single value or a range, with the precision of its digits. */
    private record Amount(BigDecimal low, BigDecimal high, BigDecimal precision) {
        Amount times(BigDecimal f) {
            return new Amount(low.multiply(f), high == null ? null : high.multiply(f), precision.multiply(f));
        }
    }

    /** Quantities in the sentence text, in order. */
    public List<QuantityMention> find(String text) {
        List<QuantityMention> out = new ArrayList<>();
        int from = STARTS.next(text, 0);
        Matcher m = from < 0 ? null : QUANTITY.matcher(text);
        while (m != null && from < text.length() && STARTS.find(m, text, from)) {
            Found f = mention(m, text);
            if (f == null && m.group("num") != null && m.group("num2") == null && m.group("q") == null
                    && !designation(text, m.start("num"))) {
                // "32 DIE", "One worker on the ground was also killed", "passengers (36 of 70)"
                QuantityMention c = forms.at(text, m.start("num"), m.group("num"));
                f = c == null ? null : new Found(c, c.end());
            }
            if (f != null) {
                out.add(f.mention());
                from = Math.max(f.resume(), m.start() + 1);
            } else {
                from = Math.max(numberEnd(m), m.start() + 1); // "1933 through two personal intermediaries": retry after the number
            }
        }
        List<QuantityMention> more = new ArrayList<>(forms.heads(text, out));
        more.addAll(forms.ranks(text));
        if (!more.isEmpty()) { // "raising the death toll to 36", "the third-most-senior official"
            out.addAll(more);
            out.sort(java.util.Comparator.comparingInt(QuantityMention::start));
        }
        return out;
    }

    private Found mention(Matcher m, String text) {
        int numStart = firstNumberStart(m);
        if (numStart > 1 && Character.isUpperCase(text.charAt(numStart)) && m.group("q") == null
                && !SENTENCE_OPENING.matcher(text.substring(Math.max(0, numStart - 3), numStart)).find()) {
            return null; // "the Big Three": a capitalised number word inside a sentence is a name
        }
        int end;
        String qualifier = m.group("q") == null ? "" : Quantities.kept(m.group("q"));
        String before = text.substring(Math.max(0, numStart - 16), numStart);
        if (RANGE_BEFORE.matcher(before).find()) {
            return null;
        }
        String attribute;
        String unit;
        Amount amount;
        String topic = "";
        if (m.group("mnum") != null) {
            amount = amount(m.group("mnum"), m.group("mnum2"));
            if (amount == null) {
                return null;
            }
            unit = currency(m.group("cur"));
            attribute = "amount";
            end = conversionEnd(text, m.end());
            topic = topicAfter(text, end);
            if (topic.isEmpty()) {
                topic = clauseLead(text, start(m, numStart));
            }
        } else if (m.group("frac") != null) {
            Optional<BigDecimal> f = numbers.fraction(m.group("frac"));
            if (f.isEmpty()) {
                return null;
            }
            // "three quarters of the crew": a share, as a percentage exact to the fraction written
            amount = new Amount(f.get().multiply(BigDecimal.valueOf(100)).stripTrailingZeros(), null, new BigDecimal("0.5"));
            unit = "%";
            attribute = "percentage";
            end = m.end();
            topic = topicAfter(text, end);
        } else if (m.group("num") != null && isArticle(m.group("num")) && (m.group("dunit") == null || m.group("num2") != null)) {
            return null; // "a", "an" count only as "a decade", "a century"
        } else if (m.group("wcur") != null) {
            amount = amount(m.group("num"), m.group("num2"));
            if (amount == null) {
                return null;
            }
            unit = currency(m.group("wcur"));
            attribute = "amount";
            end = m.end();
            topic = topicAfter(text, end);
            if (topic.isEmpty()) {
                topic = clauseLead(text, start(m, numStart));
            }
        } else if (m.group("pct") != null) {
            amount = amount(m.group("num"), m.group("num2"));
            if (amount == null) {
                return null;
            }
            unit = "%";
            attribute = "percentage";
            end = m.end();
            topic = topicAfter(text, end);
        } else if (m.group("dunit") != null) {
            String num = m.group("num").toLowerCase(Locale.ROOT);
            String u = m.group("dunit").toLowerCase(Locale.ROOT);
            if ((num.equals("a") || num.equals("an")) && !u.startsWith("decade") && !u.startsWith("centur")) {
                return null;
            }
            amount = amount(num.equals("a") || num.equals("an") ? "one" : num, m.group("num2"));
            if (amount == null) {
                return null;
            }
            if (u.startsWith("decade")) {
                amount = amount.times(BigDecimal.TEN);
                unit = "years";
            } else if (u.startsWith("centur")) {
                amount = amount.times(BigDecimal.valueOf(100));
                unit = "years";
            } else {
                unit = durationCode(u);
            }
            end = m.end();
            if (amount.high() == null) {
                Duration compound = compound(text, end, amount, unit);
                if (compound != null) {
                    amount = compound.amount();
                    unit = compound.unit();
                    end = compound.end();
                }
            }
            if (DURATION_RANK.get(unit) >= DURATION_RANK.get("days")
                    && RELATIVE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find()) {
                return null; // "two months later" is a time expression; "19 minutes later" is a length the dates do not read
            }
            attribute = "duration";
            topic = text.startsWith(" of ", end) ? topicAfter(text, end) : "";
            if (topic.isEmpty()) {
                topic = adjectivalNoun(text, m, end);
            }
            int at = start(m, numStart);
            if (topic.isEmpty() && (text.charAt(m.start("dunit") - 1) != '-'
                    || LASTED.matcher(text.substring(Math.max(0, at - 12), at)).find())) {
                // "the moonwalk lasted two hours", "Mitchell served 19 months": what lasted, who served; not so
                // "FDR approved a thirty-year loan", where the duration is an adjective of something else
                topic = clauseLead(text, at);
            }
            end = conversionEnd(text, end);
        } else if (m.group("munit") != null) {
            amount = amount(m.group("num"), m.group("num2"));
            UnitTable.Unit u = UnitTable.defaults().byForm(m.group("munit")).orElse(null);
            if (amount == null || u == null || YEAR_LIKE.matcher(m.group("num")).matches() && u.code().equals("m")) {
                return null;
            }
            unit = u.code();
            end = m.end();
            if (unit.equals("ft") && amount.high() == null) {
                Matcher in = INCHES.matcher(text).region(end, Math.min(text.length(), end + 14)).useTransparentBounds(true);
                if (in.lookingAt()) { // "803 ft 10 in": in inches, exact to the inch written
                    BigDecimal inches = new BigDecimal(in.group("n"));
                    amount = new Amount(amount.low().multiply(BigDecimal.valueOf(12)).add(inches), null,
                            new BigDecimal("0.5").scaleByPowerOfTen(-inches.scale()));
                    unit = "in";
                    end = in.end();
                }
            }
            attribute = u.dimension();
            String adjectival = adjectivalNoun(text, m, end);
            end = conversionEnd(text, end);
            topic = adjectival.isEmpty() ? topicAfter(text, end) : adjectival;
            if (topic.isEmpty()) {
                topic = clauseLead(text, start(m, numStart));
            }
        } else {
            Found count = count(m, text, before);
            if (count == null) {
                return null;
            }
            return count;
        }
        int start = start(m, numStart);
        if (qualifier.isEmpty() && m.group("q") != null) {
            start = numStart;
        }
        String label = label(text, start);
        if (!label.isEmpty() && (topic.isEmpty() || !attribute.equals("amount"))) {
            topic = label;
        }
        String written = text.substring(start, end);
        QuantityValue v = new QuantityValue(written, amount.low(), unit, qualifier, amount.high(), amount.precision());
        return new Found(new QuantityMention(start, end, v, attribute, topic.strip()), end);
    }

    /** A count: a number and the plural noun it counts ("12,000 members", "five men", "35 of the 97 people"). */
    private Found count(Matcher m, String text, String before) {
        String num = m.group("num");
        int numStart = m.start("num");
        // "the two countries" refers back, but a sentence that opens "The five men were charged" gives the count
        boolean opening = numStart == 4 && text.startsWith("The ");
        if (DETERMINER_BEFORE.matcher(before).find() && !Character.isDigit(num.charAt(0)) && !opening
                || m.group("q") == null && designation(text, numStart)) {
            return null; // "the two countries"; "Apollo 11 becomes", "LZ 129 Hindenburg"
        }
        Optional<BigDecimal> first = numbers.parse(num);
        if (first.isEmpty() || first.get().compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        int afterNum = m.group("num2") != null ? m.end("num2") : m.end("num");
        Matcher part = PARTITIVE.matcher(text).region(afterNum, Math.min(text.length(), afterNum + 90));
        String phraseText;
        int offset;
        boolean partitive = m.group("num2") == null && part.lookingAt();
        if (partitive) {
            phraseText = part.group("pw");
            offset = part.start("pw");
        } else {
            phraseText = m.group("cw").strip();
            offset = m.start("cw");
        }
        String[] words = SPACES.split(phraseText);
        int nounEnd = -1;
        String noun = null;
        StringBuilder phrase = new StringBuilder();
        int pos = offset;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            int dashes = word.indexOf("--");
            if (dashes > 0) {
                word = word.substring(0, dashes); // "viewers--at that time": a dash ends the phrase
            }
            pos = text.indexOf(word, pos) + word.length();
            boolean comma = word.endsWith(",");
            String w = comma ? word.substring(0, word.length() - 1) : word;
            if (comma) {
                pos--;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            boolean more = lw.equals("more") && i == 0 && words.length > 1 && !words[1].equalsIgnoreCase("than");
            if (!more && STOP.contains(lw) || w.contains("’") || w.contains("'")) {
                break;
            }
            phrase.append(phrase.length() == 0 ? "" : " ").append(w);
            if (Character.isLowerCase(w.charAt(0)) && isPlural(lw)) {
                noun = lw;
                nounEnd = pos;
                break;
            }
            if (comma && (Character.isUpperCase(w.charAt(0)) || YEAR_LIKE.matcher(num).matches())) {
                break; // "In 1945 Truman, officials ...": only a list of lowercase adjectives goes on past a comma
            }
        }
        if (opening && DETERMINER_BEFORE.matcher(before).find() && noun != null && !measuredNoun(noun)) {
            return null; // "The two countries signed": only a noun of what is counted ("The five men") opens a count
        }
        Amount amount = noun == null ? null : amount(num, m.group("num2"));
        if (amount == null) {
            return null;
        }
        if (numStart > 0 && "“\"".indexOf(text.charAt(numStart - 1)) >= 0 && nounEnd < text.length()
                && "”\"".indexOf(text.charAt(nounEnd)) >= 0) {
            return null; // “four policemen”: a term quoted, not a count
        }
        int start = m.group("q") != null && !Quantities.kept(m.group("q")).isEmpty() ? m.start("q") : numStart;
        String qualifier = m.group("q") == null ? "" : Quantities.kept(m.group("q"));
        QuantityValue v = new QuantityValue(text.substring(start, nounEnd), amount.low(), singular(noun), qualifier,
                amount.high(), amount.precision());
        String phr = phrase.toString().startsWith("more ") ? phrase.substring(5) : phrase.toString();
        return new Found(new QuantityMention(start, nounEnd, v, "count", phr.strip()), partitive ? afterNum : nounEnd);
    }

    /** True for a noun {@code measures.tsv} names as counted ("men", "passengers", "crewmen"). */
    private static boolean measuredNoun(String noun) {
        dev.claims.knowledge.PhraseTable.Match m = dev.claims.knowledge.Knowledge.defaults().measures()
                .longestAt(List.of(noun), 0);
        return m != null && m.kind().equals("noun");
    }

    /** The amount of a number or range as written, or null when it is none (or the range runs backwards). */
    private Amount amount(String first, String second) {
        Optional<BigDecimal> a = numbers.parse(first);
        if (a.isEmpty()) {
            return null;
        }
        if (second == null) {
            return new Amount(a.get(), null, numbers.precision(first, a.get()));
        }
        Optional<BigDecimal> b = numbers.parse(second);
        if (b.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> pb = Optional.of(numbers.precision(second, b.get()));
        BigDecimal low = a.get();
        BigDecimal precision = numbers.precision(first, a.get());
        BigDecimal scale = scaleOf(second);
        if (scale.compareTo(BigDecimal.ONE) > 0 && scaleOf(first).compareTo(BigDecimal.ONE) == 0) {
            low = low.multiply(scale); // "10 to 20 million": ten million
            precision = precision.multiply(scale);
        }
        if (b.get().compareTo(low) <= 0) {
            return null;
        }
        return new Amount(low, b.get(), precision.max(pb.get()));
    }

    private static BigDecimal scaleOf(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.endsWith("trillion")) {
            return BigDecimal.valueOf(1_000_000_000_000L);
        }
        if (w.endsWith("billion")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.endsWith("million")) {
            return BigDecimal.valueOf(1_000_000);
        }
        return w.endsWith("thousand") ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
    }

    private record Duration(Amount amount, String unit, int end) {
    }

    /**
     * The rest of a compound duration after its first part ("2 hours[, 31 minutes 40 seconds]"), or the upper end of
     * a range in another unit ("20 months[ to five years]"); null when neither follows. A compound is expressed in
     * seconds when it goes down to hours or below, else in its smallest unit; the precision is half its smallest unit.
     */
    private Duration compound(String text, int at, Amount first, String firstUnit) {
        Matcher to = DURATION_TO.matcher(text).region(at, Math.min(text.length(), at + 40)).useTransparentBounds(true);
        if (to.lookingAt()) {
            Optional<BigDecimal> n = numbers.parse(to.group("n"));
            Optional<BigDecimal> p = numbers.precision(to.group("n"));
            String u = durationCode(to.group("u").toLowerCase(Locale.ROOT));
            if (n.isPresent() && p.isPresent() && !u.equals(firstUnit)) {
                String small = DURATION_RANK.get(u) < DURATION_RANK.get(firstUnit) ? u : firstUnit;
                BigDecimal lo = convert(first.low(), firstUnit, small);
                BigDecimal hi = convert(n.get(), u, small);
                if (hi.compareTo(lo) > 0) {
                    BigDecimal prec = convert(first.precision(), firstUnit, small).max(convert(p.get(), u, small));
                    return new Duration(new Amount(lo, hi, prec), small, to.end());
                }
            }
            return null;
        }
        List<BigDecimal> values = new ArrayList<>(List.of(first.low()));
        List<String> units = new ArrayList<>(List.of(firstUnit));
        BigDecimal lastPrecision = first.precision();
        int end = at;
        Matcher part = DURATION_PART.matcher(text).useTransparentBounds(true);
        while (units.size() < 6) {
            part.region(end, Math.min(text.length(), end + 60));
            if (!part.lookingAt()) {
                break;
            }
            String u = durationCode(part.group("u").toLowerCase(Locale.ROOT));
            Optional<BigDecimal> n = numbers.parse(part.group("n"));
            Optional<BigDecimal> p = numbers.precision(part.group("n"));
            if (n.isEmpty() || p.isEmpty() || DURATION_RANK.get(u) >= DURATION_RANK.get(units.get(units.size() - 1))) {
                break;
            }
            values.add(n.get());
            units.add(u);
            lastPrecision = p.get();
            end = part.end();
        }
        if (units.size() == 1) {
            return null;
        }
        String smallest = units.get(units.size() - 1);
        String target = DURATION_RANK.get(smallest) <= DURATION_RANK.get("hours") ? "seconds" : smallest;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            total = total.add(convert(values.get(i), units.get(i), target));
        }
        return new Duration(new Amount(total, null, convert(lastPrecision, smallest, target)), target, end);
    }

    private static BigDecimal convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return amount;
        }
        BigDecimal f = UnitTable.defaults().byCode(from).orElseThrow().factor();
        BigDecimal t = UnitTable.defaults().byCode(to).orElseThrow().factor();
        return amount.multiply(f).divide(t, 6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** "hrs", "h", "Minute" → "hours", "minutes". */
    private static String durationCode(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("h")) {
            return "hours";
        }
        if (w.startsWith("mi") || w.equals("m")) {
            return "minutes";
        }
        if (w.startsWith("s")) {
            return "seconds";
        }
        return w.endsWith("s") ? w : w + "s";
    }

    /** Where a value ends once a conversion in parentheses right after it is taken in. */
    private static int conversionEnd(String text, int end) {
        Matcher c = CONVERSION.matcher(text).region(end, Math.min(text.length(), end + 100)).useTransparentBounds(true);
        return c.lookingAt() ? c.end() : end;
    }

    /**
     * True when the number at {@code numStart} directly follows a capitalised word that is not a function word: a
     * designation ("Apollo 11", "LZ 129", "Launch Complex 39", "Gemini 8"), not a quantity.
     */
    static boolean designation(String text, int numStart) {
        if (numStart < 2 || text.charAt(numStart - 1) != ' ') {
            return false;
        }
        int wordEnd = numStart - 1;
        int s = wordEnd;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && wordEnd - s < 30) {
            s--;
        }
        while (s < wordEnd && "(\"“‘'[".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        if (s >= wordEnd || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        for (int i = s; i < wordEnd; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false; // "Length:", "Roosevelt's", "U.S."
            }
        }
        String word = text.substring(s, wordEnd).toLowerCase(Locale.ROOT);
        return !NOT_DESIGNATORS.contains(word) && !NUMBER_WORD.matcher(word).matches(); // "Four 1,050-horsepower"
    }

    /**
     * The noun a measure or duration is written as an adjective of: "803.8-foot-long superstructure" →
     * "superstructure", "2.5 hour moonwalk" → "moonwalk", "a thirty-year war" → "war"; empty when the unit is not
     * singular or hyphenated before a lowercase noun.
     */
    private static String adjectivalNoun(String text, Matcher m, int end) {
        String unitWord = m.group("dunit") != null ? m.group("dunit") : m.group("munit");
        boolean hyphen = text.charAt(m.start(m.group("dunit") != null ? "dunit" : "munit") - 1) == '-';
        if (!hyphen && unitWord.endsWith("s")) {
            return "";
        }
        Matcher a = ADJECTIVAL.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!a.lookingAt() || STOP.contains(a.group(1)) || VERBISH.contains(a.group(1))) {
            return "";
        }
        return a.group(1);
    }

    /**
     * "Length: 245 m" → "Length": the label of a "Label: value" line, or of a table row exported without a separator
     * ("Sample mass21.55 kilograms" → "Sample mass"); else what the value is "of" ("a maximum diameter of 135 feet" →
     * "maximum diameter"); else empty.
     */
    private static String label(String text, int start) {
        if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            Matcher g = GLUED_LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
            return g.find() ? g.group(1) : "";
        }
        Matcher of = OF_BEFORE.matcher(text.substring(Math.max(0, start - 50), start));
        if (of.find()) {
            return of.group(1);
        }
        Matcher l = LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        return l.find() ? l.group(1) : "";
    }

    private static int numberEnd(Matcher m) {
        for (String g : new String[] {"mnum", "frac", "num"}) { // "1972 - Five men": a failed range retries at its second end
            if (m.group(g) != null) {
                return m.end(g);
            }
        }
        return m.end();
    }

    private static boolean isArticle(String s) {
        return s.equalsIgnoreCase("a") || s.equalsIgnoreCase("an");
    }

    private static int start(Matcher m, int numStart) {
        return m.group("q") != null ? m.start("q") : numStart;
    }

    /**
     * The subject of the clause a quantity stands in, up to its verb: "The Provisional Government had borrowed $187
     * million" → "Provisional Government"; "Lend-Lease shipments to the Soviet Union were worth about $11 billion" →
     * "Lend-Lease shipments". Empty when the clause does not start with one.
     */
    static String clauseLead(String text, int quantityStart) {
        int from = Math.max(0, quantityStart - 160);
        String window = text.substring(from, quantityStart);
        int cut = Math.max(window.lastIndexOf(", "), Math.max(window.lastIndexOf("; "), window.lastIndexOf(": ")));
        Matcher m = CLAUSE_LEAD.matcher(window);
        if (!(cut >= 0 ? m.find(cut) : m.lookingAt() || from == 0 && m.find(0))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : ONE_SPACE.split(m.group(1).strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lw) || VERBISH.contains(lw) || lw.endsWith("ed") && sb.length() > 0) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static int firstNumberStart(Matcher m) {
        for (String g : new String[] {"cur", "frac", "num"}) {
            if (m.group(g) != null) {
                return m.start(g);
            }
        }
        return m.start();
    }

    private static String currency(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.contains("$") || w.startsWith("dollar")) {
            return "USD";
        }
        if (w.contains("£") || w.startsWith("pound")) {
            return "GBP";
        }
        if (w.contains("€")) {
            return "EUR";
        }
        return "RUB";
    }

    private static String topicAfter(String text, int end) {
        Matcher t = TOPIC_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!t.find()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : ONE_SPACE.split(t.group(1).strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lw) || sb.length() > 0 && (lw.endsWith("ed") || lw.equals("while"))) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    static boolean isPlural(String w) {
        if (PLURALS.containsKey(w)) {
            return true;
        }
        if (NOT_NOUNS.contains(w)) {
            return false;
        }
        if (w.length() > 4 && w.endsWith("men")) {
            return true; // "firemen", "crewmen"
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("is")
                && !NOT_NOUNS.contains(w);
    }

    /** The singular of a counted English noun ("members" → "member", "lives" → "life", "aircraft" → "aircraft"). */
    static String singular(String noun) {
        String irregular = PLURALS.get(noun);
        if (irregular != null) {
            return irregular;
        }
        if (noun.length() > 4 && noun.endsWith("men")) {
            return noun.substring(0, noun.length() - 3) + "man";
        }
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.equals("lives") || noun.equals("wives") || noun.equals("knives")) {
            return noun.substring(0, noun.length() - 3) + "fe";
        }
        if (noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("xes") || noun.endsWith("sses")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
