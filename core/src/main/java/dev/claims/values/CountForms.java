package dev.claims.values;

import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.PhraseTable;
import dev.claims.model.QuantityValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts written without a plural noun right after the number, which {@link QuantityParser}'s main grammar leaves:
 *
 * <ul>
 * <li>a number followed by what happened to people ("32 DIE", "36 dead", "12 were killed" is a noun-less count of
 *     people): the verb's class in {@code predicates.tsv} is one of {@link #OUTCOMES};</li>
 * <li>"one" and a singular noun whose clause says what happened to it ("One worker on the ground was also killed",
 *     "one member of the ground crew died");</li>
 * <li>a part of a whole in brackets after a plural noun ("passengers (36 of 70)");</li>
 * <li>a count named by a head before its number ({@code count-heads.tsv}: "raising the death toll to 36", "the
 *     number of passengers was 36");</li>
 * <li>an ordinal rank with a superlative ("the third-most-senior official", "the fourth highest post"): the rank,
 *     unit "rank".</li>
 * </ul>
 *
 * <p>Patterns are compiled once and bounded; heads are found with {@code indexOf}, ranks only in sentences with a
 * superlative ending.
 */
final class CountForms {
    /** Predicate classes whose verbs, right after a number or in the clause of "one …", say the number counts people. */
    private static final Set<String> OUTCOMES = Set.of("death", "survive", "injure");
    private static final PhraseTable PREDICATES = Knowledge.defaults().predicates();
    /** Head phrase, the unit of the count it names (or "*" for the plural noun after "of"). */
    private static final List<String[]> HEADS = dev.claims.knowledge.TsvResource.rows("/dev/claims/extract/count-heads.tsv", 2);
    /** Each head as written in lower case and capitalised, made once. */
    private static final List<List<String>> HEAD_FORMS = HEADS.stream()
            .map(h -> List.of(h[0], Character.toUpperCase(h[0].charAt(0)) + h[0].substring(1))).toList();
    private static final String QUALIFIER = "(?<q>about|around|some|nearly|almost|at\\sleast|more\\sthan|over|an\\sestimated)";
    private static final Pattern HEAD_VALUE = Pattern.compile("^(?:\\s(?<of>of)\\s(?<noun>\\p{Ll}[\\p{Ll}-]{1,20}))?"
            + "(?::|(?:\\s(?:has|had|was|is|finally|eventually|later|then|officially)){0,2}\\s(?:rose|risen|rises|rising"
            + "|climbed|reached|reaching|stood|stands|was|is|came|went|of|to|at|totalled|totaled|totals|numbered)"
            + "(?:\\s(?:to|at))?)\\s(?:" + QUALIFIER + "\\s)?(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,7}|(?i:" + NumberParser.WORDS
            + "))(?![\\d\\p{L}%-]|\\s(?:percent|per\\s|million|billion|thousand|years?|months?|days?|hours?|minutes?))");
    /** "(36 of 70)": the part and the whole, right after the opening bracket. */
    private static final Pattern BRACKET_PART = Pattern.compile("^(?<n>\\d{1,7})\\sof\\s(?<m>\\d{1,7})\\)");
    /** "third-most-senior official", "fourth highest post", "second-largest city". */
    private static final Pattern RANK = Pattern.compile("(?<![\\p{L}\\d-])(?<o>(?i:"
            + String.join("|", ordinals().subList(2, ordinals().size())) + "|[2-9](?:nd|rd|th)|10th))"
            + "[-\\s](?:most[-\\s]\\p{Ll}{3,15}|\\p{Ll}{2,15}est|ranking)"
            + "(?:\\s(?:ranking\\s)?(?<n>\\p{Ll}{3,20}))?(?![\\p{L}-])");
    private static final Set<String> NOT_COUNTED_AFTER_ONE = dev.claims.knowledge.WordList.of("not-counted-after-one.txt");
    /** Words that end the noun phrase after "one". */
    private static final Set<String> FUNCTION = dev.claims.knowledge.WordList.of("one-phrase-ends.txt");
    private static final String[] ORDINALS = ordinals().toArray(String[]::new);

    private final NumberParser numbers;

    /** "", then the ordinal numbers of {@code knowledge/ordinal-numbers.txt}: the nth is at index n. */
    private static List<String> ordinals() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(dev.claims.knowledge.WordList.of("ordinal-numbers.txt"));
        return out;
    }

    CountForms(NumberParser numbers) {
        this.numbers = numbers;
    }

    /**
     * A count the main grammar left at a number {@code num} written at {@code numStart} ("32 DIE", "One worker … was
     * killed", "(36 of 70)"), or null.
     */
    QuantityMention at(String text, int numStart, String num) {
        Optional<BigDecimal> value = numbers.parse(num);
        if (value.isEmpty() || value.get().signum() <= 0 || value.get().stripTrailingZeros().scale() > 0) {
            return null;
        }
        int numEnd = numStart + num.length();
        if (num.length() == 4 && (num.startsWith("1") || num.startsWith("20"))) {
            return null; // "born 1880, died 1937": a year, not a count
        }
        if (numStart > 0 && text.charAt(numStart - 1) == '(') {
            Matcher p = BRACKET_PART.matcher(text).region(numStart, Math.min(text.length(), numStart + 20));
            String noun = wordBefore(text, numStart - 1);
            if (p.lookingAt() && noun != null && QuantityParser.isPlural(noun)) {
                return count(text, numStart, p.end("m"), value.get(), num, QuantityParser.singular(noun), noun);
            }
            return null;
        }
        List<String> after = words(text, numEnd, 12);
        if (after.isEmpty()) {
            return null;
        }
        if (outcome(after, 0)) {
            return count(text, numStart, numEnd, value.get(), num, "person", "people");
        }
        if (num.equalsIgnoreCase("one") && Character.isLowerCase(after.get(0).charAt(0))
                && !NOT_COUNTED_AFTER_ONE.contains(after.get(0))) {
            for (int i = 1; i < after.size(); i++) {
                if (after.get(i).equals(",")) {
                    break;
                }
                if (outcome(after, i)) {
                    // the head is the last word before a function word: "one ground helper", "one member of the crew"
                    int head = 0;
                    while (head + 1 < Math.min(i, 3) && !FUNCTION.contains(after.get(head + 1))) {
                        head++;
                    }
                    int nounEnd = numEnd;
                    for (int k = 0; k <= head; k++) {
                        nounEnd = text.indexOf(after.get(k), nounEnd) + after.get(k).length();
                    }
                    String noun = after.get(head);
                    return count(text, numStart, nounEnd, value.get(), num, noun, noun);
                }
            }
        }
        return null;
    }

    /** Counts named by a head before their number ("raising the death toll to 36"), not overlapping {@code found}. */
    List<QuantityMention> heads(String text, List<QuantityMention> found) {
        List<QuantityMention> out = new ArrayList<>();
        for (int r = 0; r < HEADS.size(); r++) {
            String[] h = HEADS.get(r);
            for (String form : HEAD_FORMS.get(r)) {
                int at = text.indexOf(form);
                while (at >= 0) {
                    int end = at + form.length();
                    boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                            && (end == text.length() || !Character.isLetter(text.charAt(end)));
                    if (word) {
                        QuantityMention q = head(text, end, h);
                        if (q != null && !overlaps(q, found) && !overlaps(q, out)) {
                            out.add(q);
                        }
                    }
                    at = text.indexOf(form, end);
                }
            }
        }
        return out;
    }

    private QuantityMention head(String text, int end, String[] h) {
        Matcher v = HEAD_VALUE.matcher(text).region(end, Math.min(text.length(), end + 90)).useTransparentBounds(true);
        if (!v.lookingAt() || (h[1].equals("*") != (v.group("noun") != null))) {
            return null;
        }
        Optional<BigDecimal> n = numbers.parse(v.group("n"));
        if (n.isEmpty() || n.get().signum() <= 0) {
            return null;
        }
        String unit = h[1];
        String topic = h[0];
        if (unit.equals("*")) {
            String noun = v.group("noun");
            if (!QuantityParser.isPlural(noun)) {
                return null;
            }
            unit = QuantityParser.singular(noun);
            topic = noun;
        }
        int start = v.group("q") != null ? v.start("q") : v.start("n");
        String qualifier = v.group("q") == null ? "" : Quantities.kept(v.group("q"));
        QuantityValue q = new QuantityValue(text.substring(start, v.end("n")), n.get(), unit, qualifier, null,
                numbers.precision(v.group("n"), n.get()));
        return new QuantityMention(start, v.end("n"), q, "count", topic);
    }

    /** Ordinal ranks with a superlative ("the third-most-senior official" → 3 rank), only in sentences with one. */
    List<QuantityMention> ranks(String text) {
        if (!text.contains("est") && !text.contains("most") && !text.contains("ranking")) {
            return List.of();
        }
        List<QuantityMention> out = new ArrayList<>();
        Matcher r = RANK.matcher(text);
        while (r.find()) {
            int n = ordinal(r.group("o"));
            if (n < 2) {
                continue;
            }
            String noun = r.group("n") == null ? "" : r.group("n");
            int end = r.group("n") == null ? r.end() : r.end("n");
            QuantityValue q = new QuantityValue(text.substring(r.start(), end), BigDecimal.valueOf(n), "rank", "", null,
                    new BigDecimal("0.5"));
            out.add(new QuantityMention(r.start(), end, q, "rank", noun));
        }
        return out;
    }

    private static int ordinal(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        for (int i = 2; i < ORDINALS.length; i++) {
            if (ORDINALS[i].equals(w)) {
                return i;
            }
        }
        return Character.isDigit(w.charAt(0)) ? Integer.parseInt(w.replaceAll("\\D", "")) : -1;
    }

    private QuantityMention count(String text, int start, int end, BigDecimal n, String num, String unit, String topic) {
        QuantityValue q = new QuantityValue(text.substring(start, end), n, unit, "", null, numbers.precision(num, n));
        return new QuantityMention(start, end, q, "count", topic);
    }

    /** True when the words from {@code i} on begin with a verb of {@link #OUTCOMES} ("die", "were killed"). */
    private static boolean outcome(List<String> words, int i) {
        PhraseTable.Match m = PREDICATES.longestAt(words, i);
        if (m == null && i + 1 < words.size() && (words.get(i).equals("was") || words.get(i).equals("were")
                || words.get(i).equals("also") || words.get(i).equals("later"))) {
            m = PREDICATES.longestAt(words, i + 1);
        }
        return m != null && OUTCOMES.contains(m.cls()) && !words.get(i).startsWith("death") && !words.get(i).startsWith("surviv")
                && !words.get(i).startsWith("injur") && !words.get(i).equals("casualties") && !words.get(i).equals("victims");
    }

    /**
     * Up to {@code max} lower-cased words after {@code from}, a comma, semicolon or sentence end standing as ","
     * (so a clause ends there).
     */
    private static List<String> words(String text, int from, int max) {
        List<String> out = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n && out.size() < max) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')') {
                out.add(",");
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
                i++;
            }
            out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s == e || !Character.isLowerCase(text.charAt(s)) ? null : text.substring(s, e);
    }

    private static boolean overlaps(QuantityMention q, List<QuantityMention> others) {
        for (QuantityMention o : others) {
            if (o.start() < q.end() && q.start() < o.end()) {
                return true;
            }
        }
        return false;
    }
}
