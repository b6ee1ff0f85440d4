package dev.claims.extract;

import dev.claims.knowledge.OfficeLexicon;
import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.OfficeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office claims: who held which office, when. Wordings come from the {@link OfficeLexicon}; the holder is found by
 * the sentence's structure:
 * <ul>
 * <li>a title before a name: "Secretary of State Cordell Hull", "the Soviet foreign minister, Vyachevslav Molotov",
 *     a chain "official head of state, Chairman of the Central Executive Committee, Mikhail Kalinin";</li>
 * <li>an appositive after a name: "Herbert Hoover, then secretary of commerce,";</li>
 * <li>a parenthesis after a name: "Henry Morgenthau (then head of the Farm Credit Administration and Acting
 *     Secretary of the Treasury)" gives two claims;</li>
 * <li>a verb: "Litvinov, who favored ..., became foreign minister in 1930", "Bullitt would be the new American
 *     ambassador", "named Alexander Troyanovsky as its ambassador", "replaced Foreign Commissar Litvinov with
 *     Vyacheslav Molotov" (both), "ambassadors to the Soviet Union, such as Joseph Davies".</li>
 * </ul>
 * The subject is the fullest form of the person's name in the document ({@link NameIndex}). The time is the one
 * written right after the office ("in 1930"), else the sentence's; "later"/"former"/"future" offices get an
 * unresolved time carrying that word as qualifier, never the sentence's time.
 */
public final class OfficeExtractor implements AnalysisExtractor {
    private static final Pattern MODIFIERS = Pattern.compile(
            "(?:(?<mod>then|later|former|future|newly\\sappointed)\\s|(?:the|a|an|its|his|new|first|official)\\s){0,4}"
                    + "(?<adj>(?:" + dev.claims.knowledge.WordList.alternation("nationalities.txt") + ")\\s)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_GAP = Pattern.compile("^,?\\s(?:(?:Lord|Sir|General|Admiral|Dr\\.|Mr\\.)\\s)?$");
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(",\\s$");
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "\\s(?<verb>became|become|becomes|would\\sbe|was|is|had\\sbeen|has\\sbeen|served\\sas|was\\sappointed|was\\snamed"
                    + "|was\\smade)\\s(?:(?:the|a|an|new|first|its|his|her|their)\\s){0,3}$");
    private static final Pattern AS_BEFORE = Pattern.compile("\\sas\\s(?:(?:the|a|an|new|first|its|his|her|their)\\s){0,3}$");
    private static final Pattern SUBJECT_GAP = Pattern.compile("^(?:\\s?|,\\s[^;()]{0,120},\\s?)$");
    private static final Pattern AFTER_OK = Pattern.compile("^(?:[,.;:)]|\\s(?:and|who|to|in|from|on|at|with)\\b|$)");
    private static final Pattern SUCH_AS = Pattern.compile("^,\\s(?:such\\sas|including)\\s$");
    private static final Pattern REPLACED_BEFORE = Pattern.compile("\\breplaced\\s$");
    private static final Pattern WITH_GAP = Pattern.compile("^\\swith\\s$");
    /** A title's "of" phrase before the name: "the president of the new post-Communist Russian republic, Boris Yeltsin". */
    private static final Pattern OF_PHRASE_START = Pattern.compile("^\\sof\\s[^,;()]{1,60}");
    private static final Pattern OF_PHRASE = Pattern.compile("^\\sof\\s[^,;()]{1,60},\\s$");
    private final Lexicons lexicons;

    public OfficeExtractor() {
        this(Lexicons.defaults());
    }

    public OfficeExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public String name() {
        return "offices";
    }

    @Override
    public Lexicons lexicons() {
        return lexicons;
    }

    /** An office wording in a sentence, with its modifiers. */
    private record Wording(int start, int end, int officeStart, int modStart, String modifier, String text) {
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        List<Boolean> countryNamed = new ArrayList<>();
        OfficeLexicon offices = analysis.lexicons().offices();
        for (SentenceAnalysis s : analysis.sentences()) {
            sentence(analysis, s, offices, claims, countryNamed);
        }
        return sameCountryForOnePerson(claims, countryNamed, offices);
    }

    /** Adds the offices sentence {@code s} gives its holders, with whether a country is named for each. */
    private void sentence(DocumentAnalysis analysis, SentenceAnalysis s, OfficeLexicon offices, List<Claim> claims,
                          List<Boolean> countryNamed) {
        String text = s.text();
        List<Wording> wordings = new ArrayList<>();
        int[] spans = offices.wordingSpans(text);
        for (int k = 0; k < spans.length; k += 2) {
            int mStart = subordinateStart(text, spans[k], offices);
            int mEnd = spans[k + 1];
            String before = text.substring(Math.max(0, mStart - 48), mStart);
            Matcher mod = MODIFIERS.matcher(before);
            int start = mStart;
            int modStart = mStart;
            String modifier = "";
            if (mod.find()) {
                modStart = mStart - (before.length() - mod.start());
                if (mod.group("adj") != null) {
                    start = mStart - (before.length() - mod.start("adj"));
                }
                if (mod.group("mod") != null) {
                    modifier = mod.group("mod").toLowerCase(Locale.ROOT);
                }
            }
            wordings.add(new Wording(start, mEnd, mStart, modStart, modifier, text.substring(start, mEnd)));
        }
        int[] chainEnd = new int[wordings.size()];
        for (int i = wordings.size() - 1; i >= 0; i--) {
            Wording w = wordings.get(i);
            chainEnd[i] = i + 1 < wordings.size() && chained(text.substring(w.end(), wordings.get(i + 1).start()),
                    Character.isUpperCase(text.charAt(wordings.get(i + 1).officeStart()))) ? chainEnd[i + 1] : i;
        }
        for (int i = 0; i < wordings.size(); i++) {
            Wording w = wordings.get(i);
            // a chain: "official head of state, Chairman of the Central Executive Committee, Mikhail Kalinin"
            List<PersonNames.Found> holders = chainEnd[i] > i ? holders(s, wordings.get(chainEnd[i])) : List.of();
            if (holders.isEmpty()) {
                holders = holders(s, w);
            }
            String country = country(s, w, offices);
            for (PersonNames.Found p : holders) {
                claims.add(claim(analysis, s, w, p, offices, country));
                countryNamed.add(country != null);
            }
        }
    }

    /**
     * Where a wording starts with the subordinate word written right before it: "Deputy Attorney General", "Vice
     * President", "Assistant Secretary" name another office than "Attorney General", "President", "Secretary".
     */
    private static int subordinateStart(String text, int start, OfficeLexicon offices) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return start;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == start - 1 || w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
            return start;
        }
        String word = text.substring(w, start - 1).toLowerCase(Locale.ROOT);
        return !word.equals("acting") && !word.equals("interim") && !word.equals("special")
                && offices.qualifiers("subordinate").contains(word) ? w : start;
    }

    /**
     * The country of a wording: named in its "of" phrase ("the president of the new post-Communist Russian republic"),
     * else in the 60 characters before it, from the end of the last person named before it with a comma between
     * ("..., Boris Yeltsin, as well as by President George Bush": Yeltsin's country is not Bush's); or null.
     */
    private static String country(SentenceAnalysis s, Wording w, OfficeLexicon offices) {
        String text = s.text();
        Matcher of = OF_PHRASE_START.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 64)));
        if (of.find()) {
            String named = offices.countryIn(of.group());
            if (named != null) {
                return named;
            }
        }
        int from = Math.max(0, w.start() - 60);
        PersonNames.Found before = s.personBefore(w.start());
        if (before != null && before.end() > from && text.substring(before.end(), w.start()).contains(",")) {
            from = before.end();
        }
        return offices.countryIn(text.substring(from, w.start()));
    }

    /**
     * A wording several countries' offices share ("President"), written with no country, takes the office the document
     * gives the same person with the same wording and a country named ("the president of the new post-Communist
     * Russian republic, Boris Yeltsin" ... "President Yeltsin's recognition"): one person is president of one country.
     * Likewise a wording whose office names no country ("Ambassador Bullitt's arrival", the entry "Ambassador (post not
     * stated)") takes the one office of the same class with a country that the document gives the same person ("The
     * new American Ambassador William Bullitt"); when it gives the person two such offices, the wording keeps its own.
     */
    private static List<Claim> sameCountryForOnePerson(List<Claim> claims, List<Boolean> countryNamed, OfficeLexicon offices) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            OfficeValue v = (OfficeValue) c.value();
            String adopted = null;
            if (!countryNamed.get(i) && offices.entriesFor(v.text()).size() > 1) {
                for (int j = 0; j < claims.size() && adopted == null; j++) {
                    OfficeValue o = (OfficeValue) claims.get(j).value();
                    if (countryNamed.get(j) && claims.get(j).subject().equals(c.subject()) && o.known()
                            && offices.entriesFor(v.text()).stream().anyMatch(e -> e.canonical().equals(o.canonical()))) {
                        adopted = o.canonical();
                    }
                }
            }
            if (adopted == null && v.known()) {
                adopted = postOfTheSameClass(claims, c, offices);
            }
            out.add(adopted == null || adopted.equals(v.canonical()) ? c
                    : new Claim(c.id(), c.documentId(), c.span(), c.sentence(), c.quote(), c.subject(), c.attribute(),
                            new OfficeValue(v.text(), adopted, true), c.time(), c.sources(), c.attribution()));
        }
        return out;
    }

    /** For a claim whose office names no country: the one office of its class with a country given to its subject. */
    private static String postOfTheSameClass(List<Claim> claims, Claim c, OfficeLexicon offices) {
        OfficeLexicon.Entry own = offices.entry(((OfficeValue) c.value()).canonical()).orElse(null);
        if (own == null || !own.country().isEmpty() || own.officeClass().isEmpty()) {
            return null;
        }
        java.util.Set<String> posts = new java.util.TreeSet<>();
        for (Claim other : claims) {
            OfficeValue o = (OfficeValue) other.value();
            if (other != c && other.subject().equals(c.subject()) && o.known()) {
                offices.entry(o.canonical()).filter(e -> !e.country().isEmpty() && e.officeClass().equals(own.officeClass()))
                        .ifPresent(e -> posts.add(e.canonical()));
            }
        }
        return posts.size() == 1 ? posts.iterator().next() : null;
    }

    private List<PersonNames.Found> holders(SentenceAnalysis s, Wording w) {
        String text = s.text();
        List<PersonNames.Found> out = new ArrayList<>();
        PersonNames.Found next = s.personFrom(w.end());
        if (next != null && next.start() - w.end() <= 12) {
            PersonNames.Found p = next;
            String gap = text.substring(w.end(), p.start());
            boolean comma = gap.startsWith(",");
            if (TITLE_GAP.matcher(gap).matches()
                    && (!comma || AFTER_OK.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 8))).find())) {
                out.add(p);
                replacement(s, w, p).ifPresent(out::add);
                return out;
            }
            if (SUCH_AS.matcher(gap).matches()) {
                out.add(p);
                return out;
            }
        }
        // an "of" phrase may hold a capitalised name taken for a person ("the president of the Russian Federation, ...")
        for (PersonNames.Found p = next; p != null && p.start() - w.end() <= 80; p = s.personFrom(p.end())) {
            if (OF_PHRASE.matcher(text.substring(w.end(), p.start())).matches()
                    && AFTER_OK.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 8))).find()) {
                out.add(p);
                return out;
            }
        }
        int base = Math.max(0, w.modStart() - 240);
        String before = text.substring(base, w.modStart());
        boolean closes = AFTER_OK.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 8))).find();
        // appositive: "Herbert Hoover, then secretary of commerce,"
        if (closes && APPOSITION_BEFORE.matcher(before).find()) {
            PersonNames.Found p = endingAt(s, base + before.length() - 2);
            if (p != null) {
                out.add(p);
                return out;
            }
        }
        // parenthesis after a name: "Henry Morgenthau (then head of ... and Acting Secretary of the Treasury)"
        int open = before.lastIndexOf('(');
        if (open > 0 && before.indexOf(')', open) < 0 && before.length() - open <= 160) {
            PersonNames.Found p = endingAt(s, base + open - 1);
            if (p != null) {
                out.add(p);
                return out;
            }
        }
        Matcher verb = VERB_BEFORE.matcher(before);
        if (verb.find()) {
            int verbStart = base + verb.start();
            PersonNames.Found p = s.personBefore(verbStart);
            while (p != null && verbStart - p.end() <= 130) {
                if (SUBJECT_GAP.matcher(text.substring(p.end(), verbStart)).matches()) {
                    out.add(p);
                    return out;
                }
                p = s.personBefore(p.start());
            }
        }
        Matcher as = AS_BEFORE.matcher(before);
        if (as.find()) {
            PersonNames.Found p = endingAt(s, base + as.start());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static final Pattern BECAME = Pattern.compile("\\bbecame\\s(?:the\\s)?$");
    private static final Pattern CHAIN_AND = Pattern.compile("^\\sand\\s(?:later\\s|then\\s|former\\s)?$");

    private static boolean chained(String gap, boolean nextCapitalised) {
        return gap.equals(", ") && nextCapitalised || CHAIN_AND.matcher(gap).matches();
    }

    /** "replaced Foreign Commissar Litvinov with Vyacheslav Molotov": Molotov gets the office too. */
    private static java.util.Optional<PersonNames.Found> replacement(SentenceAnalysis s, Wording w, PersonNames.Found p) {
        String text = s.text();
        if (!REPLACED_BEFORE.matcher(text.substring(Math.max(0, w.start() - 12), w.start())).find()) {
            return java.util.Optional.empty();
        }
        PersonNames.Found q = s.personFrom(p.end());
        if (q != null && q.start() - p.end() <= 8 && WITH_GAP.matcher(text.substring(p.end(), q.start())).matches()) {
            return java.util.Optional.of(q);
        }
        return java.util.Optional.empty();
    }

    /** The last resolved time written before {@code at} in the sentence, else the sentence's time. */
    private static DateValue nearestBefore(SentenceAnalysis s, int at) {
        DateValue best = null;
        for (TimeMention t : s.times()) {
            if (t.end() <= at && t.value().resolved()) {
                best = t.value();
            }
        }
        if (best == null && s.times().isEmpty() && PAST_PERFECT.matcher(s.text().substring(0, at)).find()) {
            // "the relationship he had enjoyed with President Roosevelt": a time before the narrative's, not known
            return null;
        }
        return best != null ? best : s.time();
    }

    /**
     * A relative clause in the past perfect ("the relationship that he had enjoyed with"): it looks back from the
     * time the paragraph tells of, to a time it does not give. (A main clause in the past perfect, "Stalin had ordered
     * Commissar Litvinov to ...", still narrates the paragraph's time.)
     */
    private static final Pattern PAST_PERFECT = Pattern.compile(
            "\\b(?:that|which|who|whom)\\s[^,;.]{0,40}?\\bhad\\s(?:\\p{Ll}{2,15}ly\\s)?(?:been|\\p{Ll}{2,20}ed)\\b[^,;]{0,60}$");

    private static PersonNames.Found endingAt(SentenceAnalysis s, int end) {
        PersonNames.Found p = s.personBefore(end + 1);
        if (p != null && (p.end() == end || p.end() == end + 1 && Character.isWhitespace(s.text().charAt(end)))) {
            return p;
        }
        return null;
    }

    private Claim claim(DocumentAnalysis analysis, SentenceAnalysis s, Wording w, PersonNames.Found p, OfficeLexicon offices,
            String country) {
        DateValue time;
        if (w.modifier().equals("later") || w.modifier().equals("former") || w.modifier().equals("future")) {
            time = new DateValue(w.modifier(), "", null, null, DatePrecision.UNRESOLVED, w.modifier());
        } else {
            TimeMention after = s.timeRightAfter(w.end(), 14);
            time = after != null ? after.value() : nearestBefore(s, w.start());
            if (after != null && BECAME.matcher(s.text().substring(Math.max(0, w.start() - 16), w.start())).find()) {
                DateValue v = after.value();
                time = new DateValue(v.text(), v.edtf(), v.earliest(), v.latest(), v.precision(),
                        v.qualifier().isEmpty() ? "since" : v.qualifier());
            }
        }
        boolean known = time != null && time.resolved();
        Integer from = known ? Integer.valueOf(time.earliest().getYear()) : s.year();
        Integer to = known ? Integer.valueOf(time.latest().getYear()) : s.year();
        OfficeValue v = offices.lookup(w.text(), country, from, to);
        String subject = analysis.names().resolve(p.name(), p.title());
        return new Claim("", analysis.document().id(), s.span(w.start(), w.end()), s.index(), s.sentence().text(), subject,
                "office", v, time, s.sources(), s.attributionAt(w.start()));
    }
}
