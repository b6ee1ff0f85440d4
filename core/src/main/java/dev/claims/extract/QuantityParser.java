package dev.claims.extract;

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
 * Finds quantities in a sentence with ONE compiled, bounded regular expression: money with currency and scale
 * ("$20 million", "About $11 billion", "over one billion dollars"), percentages ("seventy percent", "25%"),
 * durations ("sixteen years", "thirty-year", "more than a decade") and counts with their noun ("12,000 members",
 * "a million and a half troops"). Numbers are parsed by {@link NumberParser}. Approximation qualifiers written
 * before the number (about, almost, over, more than, at least, nearly, some, roughly, up to, ...) are kept in
 * {@link QuantityValue#qualifier()}. Ranges ("10 to 20 million", "twelve to fifteen years") are skipped: one amount
 * cannot state them. Durations followed by "later", "after", "ago" are time expressions, not quantities.
 */
public final class QuantityParser {
    private static final String QUALIFIERS = "about|almost|over|more\\sthan|at\\sleast|nearly|some|roughly|up\\sto"
            + "|approximately|around|an\\sestimated|estimated|no\\sless\\sthan|less\\sthan|fewer\\sthan|under|just\\sover"
            + "|just\\sunder|close\\sto|a\\sfull|a\\smere|only";
    private static final String SCALE = "(?:\\s(?:million|billion|thousand|trillion))?";
    private static final String NUM = "(?:" + NumberParser.WORDS + "|(?:" + NumberParser.DIGITS + ")" + SCALE + ")";
    /** One scan: the number is matched once and what follows it decides money, percentage, duration or count. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\d-])(?:(?<q>(?i:" + QUALIFIERS + "))\\s)?(?:"
                    + "(?<cur>\\\\?\\$|£|€)\\s?(?<mnum>(?:" + NumberParser.DIGITS + ")" + SCALE + ")(?![\\d])"
                    + "|(?<num>(?i:" + NUM + "|a|an))(?:"
                    + "\\s(?<wcur>(?i:dollars?|rubles?|roubles?|pounds\\ssterling))\\b"
                    + "|(?<pct>\\s?%|\\s(?i:percent|per\\scent)\\b)"
                    + "|[\\s-](?<dunit>(?i:years?|months?|weeks?|days?|decades?|centur(?:y|ies)))\\b"
                    // "three private, informal meetings": adjectives before the noun may be separated by commas
                    + "|(?<cw>\\s[\\p{L}][\\p{L}’'-]{1,20}\\b(?:,?\\s[\\p{L}][\\p{L}’'-]{1,20}\\b){0,2})))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR_LIKE = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    private static final Pattern SENTENCE_OPENING = Pattern.compile("[.!?“\"(]\\s?$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s?(?:to|or|-|–)\\s?(?:\\d|(?i:" + NumberParser.WORDS + "))");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d|(?i:" + NumberParser.WORDS + "))\\s(?:to|or)\\s$");
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s(?:later|earlier|after|before|ago|old|afterwards)\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those|both|its|their|his|her|our|all|each|every|first|last)\\s$");
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "^(?:['’]?\\s(?:worth\\s)?(?:in|of|for|on)\\s(?:the\\s|a\\s|an\\s)?|\\s)((?:[\\p{L}][\\p{L}-]{1,20}\\s?){1,3})");
    private static final Pattern CLAUSE_LEAD = Pattern.compile("(?:^|[,;:]\\s)(?:(?:In|On|By|During|After|Before)\\s[^,]{1,30},\\s)?"
            + "(?:(?:The|the|A|a|An|an)\\s)?((?:[\\p{L}][\\p{L}’'-]{0,20}\\s){1,4})");
    private static final Set<String> VERBISH = Set.of("was", "were", "had", "has", "have", "is", "are", "would", "will",
            "could", "did", "gave", "sent", "paid", "spent", "lent", "made", "took", "got", "cost", "sold", "held", "won", "lost");
    private static final Set<String> INVARIANT = Set.of("aircraft", "people", "personnel", "troops", "cattle", "police",
            "sheep", "staff", "crew", "infantry", "artillery");
    private static final Set<String> NOT_NOUNS = Set.of("was", "is", "has", "this", "its", "his", "us", "as", "thus",
            "less", "does", "perhaps", "various", "previous", "serious", "famous", "always", "towards", "afterwards",
            "across", "unless", "whereas", "yes", "bus", "status", "gas", "plus", "news", "times");
    private static final Set<String> STOP = Set.of("of", "to", "and", "the", "in", "a", "an", "on", "for", "by", "with",
            "from", "at", "or", "that", "which", "who", "were", "was", "had", "have", "be", "been", "would", "will", "more",
            "than", "years", "months", "days", "weeks", "percent", "per", "dollars", "later", "after", "before");

    private final NumberParser numbers;

    public QuantityParser(NumberParser numbers) {
        this.numbers = numbers;
    }

    /** Quantities in the sentence text, in order. */
    public List<QuantityMention> find(String text) {
        List<QuantityMention> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            QuantityMention q = mention(m, text);
            if (q != null) {
                out.add(q);
                from = Math.max(q.end(), m.start() + 1);
            } else {
                from = Math.max(numberEnd(m), m.start() + 1); // "1933 through two personal intermediaries": retry after the number
            }
        }
        return out;
    }

    private QuantityMention mention(Matcher m, String text) {
        int numStart = firstNumberStart(m);
        if (numStart > 1 && Character.isUpperCase(text.charAt(numStart)) && m.group("q") == null
                && !SENTENCE_OPENING.matcher(text.substring(Math.max(0, numStart - 3), numStart)).find()) {
            return null; // "the Big Three": a capitalised number word inside a sentence is a name
        }
        int end;
        String qualifier = qualifier(m.group("q"));
        String before = text.substring(Math.max(0, numStart - 16), numStart);
        if (RANGE_BEFORE.matcher(before).find()) {
            return null;
        }
        String attribute;
        String unit;
        BigDecimal amount;
        String topic = "";
        if (m.group("mnum") != null) {
            Optional<BigDecimal> n = numbers.parse(m.group("mnum"));
            if (n.isEmpty()) {
                return null;
            }
            amount = n.get();
            unit = currency(m.group("cur"));
            attribute = "amount";
            end = m.end();
            topic = topicAfter(text, end);
            if (topic.isEmpty()) {
                topic = clauseLead(text, start(m, numStart));
            }
        } else if (m.group("num") != null && isArticle(m.group("num")) && m.group("dunit") == null) {
            return null; // "a", "an" count only as "a decade", "a century"
        } else if (m.group("wcur") != null) {
            Optional<BigDecimal> n = numbers.parse(m.group("num"));
            if (n.isEmpty()) {
                return null;
            }
            amount = n.get();
            unit = currency(m.group("wcur"));
            attribute = "amount";
            end = m.end();
            topic = topicAfter(text, end);
            if (topic.isEmpty()) {
                topic = clauseLead(text, start(m, numStart));
            }
        } else if (m.group("pct") != null) {
            Optional<BigDecimal> n = numbers.parse(m.group("num"));
            if (n.isEmpty()) {
                return null;
            }
            amount = n.get();
            unit = "%";
            attribute = "percentage";
            end = m.end();
            topic = topicAfter(text, end);
        } else if (m.group("dunit") != null) {
            String num = m.group("num").toLowerCase(Locale.ROOT);
            String u = m.group("dunit").toLowerCase(Locale.ROOT);
            end = m.end();
            if (RELATIVE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find()
                    || RANGE_AFTER.matcher(text.substring(m.end("num"), Math.min(text.length(), m.end("num") + 24))).find()) {
                return null;
            }
            if ((num.equals("a") || num.equals("an")) && !u.startsWith("decade") && !u.startsWith("centur")) {
                return null;
            }
            Optional<BigDecimal> n = numbers.parse(num.equals("a") || num.equals("an") ? "one" : num);
            if (n.isEmpty()) {
                return null;
            }
            amount = n.get();
            if (u.startsWith("decade")) {
                amount = amount.multiply(BigDecimal.TEN);
                unit = "years";
            } else if (u.startsWith("centur")) {
                amount = amount.multiply(BigDecimal.valueOf(100));
                unit = "years";
            } else {
                unit = u.endsWith("s") ? u : u + "s";
            }
            attribute = "duration";
            topic = text.startsWith(" of ", end) ? topicAfter(text, end) : "";
        } else {
            Optional<BigDecimal> n = numbers.parse(m.group("num"));
            if (n.isEmpty() || n.get().compareTo(BigDecimal.ONE) <= 0
                    || DETERMINER_BEFORE.matcher(before).find()
                    || RANGE_AFTER.matcher(text.substring(m.end("num"), Math.min(text.length(), m.end("num") + 24))).find()) {
                return null;
            }
            String[] words = m.group("cw").strip().split("\\s");
            int offset = m.start("cw");
            int nounEnd = -1;
            String noun = null;
            StringBuilder phrase = new StringBuilder();
            int pos = offset;
            for (String word : words) {
                pos = text.indexOf(word, pos) + word.length();
                boolean comma = word.endsWith(",");
                String w = comma ? word.substring(0, word.length() - 1) : word;
                if (comma) {
                    pos--;
                }
                String lw = w.toLowerCase(Locale.ROOT);
                if (STOP.contains(lw) || w.contains("’") || w.contains("'")) {
                    break;
                }
                phrase.append(phrase.length() == 0 ? "" : " ").append(w);
                if (Character.isLowerCase(w.charAt(0)) && isPlural(lw)) {
                    noun = lw;
                    nounEnd = pos;
                    break;
                }
                if (comma && (Character.isUpperCase(w.charAt(0)) || YEAR_LIKE.matcher(m.group("num")).matches())) {
                    break; // "In 1945 Truman, officials ...": only a list of lowercase adjectives goes on past a comma
                }
            }
            if (noun == null) {
                return null;
            }
            amount = n.get();
            unit = singular(noun);
            attribute = "count";
            end = nounEnd;
            topic = phrase.toString();
        }
        int start = m.group("q") != null ? m.start("q") : numStart;
        if (qualifier.isEmpty() && m.group("q") != null) {
            start = numStart;
        }
        String written = text.substring(start, end);
        return new QuantityMention(start, end, new QuantityValue(written, amount, unit, qualifier), attribute, topic.strip());
    }

    private static int numberEnd(Matcher m) {
        for (String g : new String[] {"mnum", "num"}) {
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
        for (String w : m.group(1).strip().split("\\s")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lw) || VERBISH.contains(lw) || lw.endsWith("ed") && sb.length() > 0) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static int firstNumberStart(Matcher m) {
        for (String g : new String[] {"cur", "num"}) {
            if (m.group(g) != null) {
                return m.start(g);
            }
        }
        return m.start();
    }

    private static String qualifier(String q) {
        if (q == null) {
            return "";
        }
        String s = SPACES.matcher(q.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (s) {
            case "a full", "a mere", "only" -> "";
            case "an estimated" -> "estimated";
            default -> s;
        };
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
        for (String w : t.group(1).strip().split("\\s")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lw) || sb.length() > 0 && (lw.endsWith("ed") || lw.equals("while"))) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static boolean isPlural(String w) {
        if (INVARIANT.contains(w)) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("is")
                && !NOT_NOUNS.contains(w);
    }

    /** The singular of a counted English noun ("members" → "member", "lives" → "life", "aircraft" → "aircraft"). */
    static String singular(String noun) {
        if (noun.equals("people")) {
            return "person";
        }
        if (INVARIANT.contains(noun) && !noun.equals("troops")) {
            return noun;
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
