package dev.claims.extract;

import dev.claims.knowledge.TitleGrammar;
import dev.claims.model.Claim;
import dev.claims.model.RoleValue;
import java.util.ArrayList;
import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.Tokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles, ranks and roles people are given, by the title grammar of English rather than a list of offices: a title
 * before the name ("Commander Neil Armstrong", "White House Counsel John Dean"), in brackets after it ("Neil Armstrong
 * (commander)"), in apposition ("H. R. Haldeman, chief of staff,"), as a predicate ("Max Pruss was the captain of the
 * Hindenburg") and as a profile's field under the person's heading ("ROLE: Mission commander."). Each is a "role"
 * claim of the person (subject: the name as written), its value the title normalised by {@link TitleGrammar}.
 */
public final class RoleExtractor implements AnalysisExtractor {
    private static final Pattern BRACKETED = Pattern.compile("^\\s?\\(([^()\\n]{2,40})\\)");
    private static final Pattern FIELD = Pattern.compile("(?i)^\\s{0,3}(?:role|position|title|office|rank)\\s?:\\s?"
            + "([^.;\\n]{2,50})");
    /** Words that open a clause, never a title ("In", "When", "After"). */
    private static final java.util.Set<String> OPENERS = dev.claims.knowledge.WordList.of("clause-openers.txt");
    /** Verbs by which one person takes another's office ("replaced", "succeeded"). */
    private static final java.util.Set<String> SUCCESSION = dev.claims.knowledge.WordList.of("succession-verbs.txt");
    private final Lexicons lexicons;
    private final TitleGrammar titles = TitleGrammar.defaults();

    public RoleExtractor() {
        this(Lexicons.defaults());
    }

    public RoleExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Lexicons lexicons() {
        return lexicons;
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        List<SentenceAnalysis> sentences = analysis.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            SentenceAnalysis s = sentences.get(si);
            String text = s.text();
            List<Token> toks = null;
            for (PersonNames.Found p : s.people()) {
                if (toks == null) {
                    toks = analysis.tokens(si);
                }
                int first = tokenFrom(toks, p.start());
                if (!titleBefore(claims, analysis, s, toks, first, p.start(), p.name())
                        && !p.title().isEmpty() && !titles.normalize(p.title()).isEmpty()) {
                    int at = text.lastIndexOf(p.title(), p.start());
                    add(claims, analysis, s, p.name(), p.title(), at < 0 ? p.start() : at);
                }
                Matcher m = BRACKETED.matcher(text.substring(p.end()));
                if (m.find() && !titles.normalize(m.group(1)).isEmpty()) {
                    add(claims, analysis, s, p.name(), m.group(1), p.end() + m.start(1));
                } else if (!titleAfter(claims, analysis, s, toks, p)) {
                    titleBeforeApposedName(claims, analysis, s, toks, first, p);
                }
            }
            if (toks != null) {
                succession(claims, analysis, s, toks);
            }
            if (toks == null && hasAsVerb(text)) {
                toks = analysis.tokens(si);
            }
            if (toks != null) {
                asClauses(claims, analysis, si, toks);
            }
            Matcher field = FIELD.matcher(text);
            if (field.find()) {
                String person = profilePerson(analysis, s);
                if (!person.isEmpty()) {
                    add(claims, analysis, s, person, field.group(1), field.start(1));
                }
            }
        }
        return claims;
    }

    /**
     * Who takes an office from whom: "replaced Foreign Commissar Litvinov with Molotov", "Molotov succeeded Foreign
     * Commissar Litvinov" give the successor the title read before the predecessor's name.
     */
    private void succession(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, List<Token> toks) {
        String text = s.text();
        List<PersonNames.Found> people = s.people();
        for (int p = 0; p < people.size(); p++) {
            PersonNames.Found x = people.get(p);
            int first = tokenFrom(toks, x.start());
            int t = titleStartBefore(s, toks, first, x.start());
            if (t < 1 || !SUCCESSION.contains(lower(toks, t - 1))) {
                continue;
            }
            String title = text.substring(toks.get(t).start(), toks.get(first - 1).end());
            int after = tokenFrom(toks, x.end());
            boolean with = after < toks.size() && (lower(toks, after).equals("with") || lower(toks, after).equals("by"));
            if (with && p + 1 < people.size() && tokenFrom(toks, people.get(p + 1).start()) == after + 1) {
                // "replaced Foreign Commissar Litvinov with Molotov"
                add(claims, analysis, s, people.get(p + 1).name(), title, toks.get(t).start());
            } else if (p > 0 && tokenFrom(toks, people.get(p - 1).end()) == t - 1) {
                // "Molotov succeeded Foreign Commissar Litvinov"
                add(claims, analysis, s, people.get(p - 1).name(), title, toks.get(t).start());
            }
        }
    }

    private boolean isDeterminer(String lower) {
        return titles.is("determiner", lower);
    }

    private boolean isPronoun(String lower) {
        return titles.is("pronoun", lower);
    }

    /** The index of the first token starting at or after {@code pos} (the token count when none). */
    private static int tokenFrom(List<Token> toks, int pos) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String lower(List<Token> toks, int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    /** Words of one phrase are separated by spaces only, or by the period of an abbreviation ("U.S. Attorney"). */
    private static boolean joined(String gap, Token before) {
        if (gap.isEmpty() || gap.length() > 2) {
            return false;
        }
        if (gap.isBlank()) {
            return true;
        }
        return gap.charAt(0) == '.' && (gap.length() == 1 || Character.isWhitespace(gap.charAt(1)))
                && before.text().length() <= 3 && before.capitalised();
    }

    /**
     * A title read backwards from the token {@code j} (the name's first token, or what follows the title): capitalised
     * words (not clause openers, not dates), and lower-case modifiers, head words and complements ("former aide",
     * "special prosecutor", "Assistant to the President for Domestic Affairs", "former CIA agent"); the longest that
     * the grammar reads. Returns the title's first token, or -1.
     */
    private int titleStartBefore(SentenceAnalysis s, List<Token> toks, int j, int end) {
        String text = s.text();
        if (j <= 0 || j > toks.size() || toks.get(j - 1).end() > end) {
            return -1; // the name starts inside a word ("Smith-Jones")
        }
        int k = j;
        int next = end;
        while (k - 1 >= 0 && j - (k - 1) <= 9) {
            Token t = toks.get(k - 1);
            if (Tokens.possessive(text, t)) {
                break; // "President Coolidge's Secretary of Commerce Herbert Hoover": the possessor is not the title
            }
            if (!(k == j && next == t.end()) && !joined(text.substring(t.end(), next), t) || !allowedBefore(s, t)
                    && !(!t.capitalised() && !t.number() && !titles.is("stop", t.text().toLowerCase(Locale.ROOT))
                    && !isDeterminer(t.text().toLowerCase(Locale.ROOT)))) {
                break;
            }
            k--;
            next = t.start();
        }
        boolean[] plain = new boolean[j - k];
        for (int i = k; i < j; i++) {
            plain[i - k] = !allowedBefore(s, toks.get(i)); // a word only a complement may hold ("of the ship")
        }
        candidates:
        for (int i = k; i < j; i++) {
            String w = lower(toks, i);
            if (w.equals("the") || titles.isComplement(w) || isDeterminer(w)) {
                continue;
            }
            for (int x = i; x < j && !titles.isComplement(lower(toks, x)); x++) {
                if (plain[x - k]) {
                    continue candidates;
                }
            }
            String phrase = text.substring(toks.get(i).start(), toks.get(j - 1).end());
            if (!titles.normalize(phrase).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private boolean allowedBefore(SentenceAnalysis s, Token t) {
        if (t.number()) {
            return false;
        }
        for (TimeMention m : s.times()) {
            if (m.start() <= t.start() && t.start() < m.end()) {
                return false; // "On Monday President ...": a date is no part of a title
            }
        }
        if (t.capitalised()) {
            return !OPENERS.contains(t.text()) && !isPronoun(t.text().toLowerCase(Locale.ROOT));
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("the") || titles.isModifier(w) || titles.isHeadWord(w) || titles.isComplement(w);
    }

    /** A title right before the name: "White House Chief of Staff H.R. Haldeman", "former aide Alexander Butterfield". */
    private boolean titleBefore(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, List<Token> toks,
                                int j, int nameStart, String person) {
        int i = titleStartBefore(s, toks, j, nameStart);
        if (i < 0) {
            return false;
        }
        add(claims, analysis, s, person, s.text().substring(toks.get(i).start(), toks.get(j - 1).end()),
                toks.get(i).start());
        return true;
    }

    /**
     * A title followed by the name in apposition: "the late president of the republic, Paul Smith (1850 to 1930)",
     * "a special prosecutor, law professor John Doe, to ...", "the captain of the ship (on this trip, John Doe)". The
     * title opens with a determiner; between the comma and the name stand at most four words, all capitalised but the
     * last; the name closes the apposition (a comma, bracket or period follows).
     */
    private void titleBeforeApposedName(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s,
                                        List<Token> toks, int j, PersonNames.Found p) {
        String text = s.text();
        int close = p.end() < text.length() && text.charAt(p.end()) == ' ' ? p.end() + 1 : p.end();
        if (close < text.length() && ",().;".indexOf(text.charAt(close)) < 0
                || close > p.end() && close < text.length() && text.charAt(close) != '(') {
            return;
        }
        if (j >= toks.size() || j > 0 && toks.get(j - 1).end() > p.start()) {
            return;
        }
        boolean bracketed = p.end() < text.length() && text.charAt(p.end()) == ')';
        int k = j;
        while (k - 1 >= 0 && j - k < 4 && text.substring(toks.get(k - 1).end(), toks.get(k).start()).isBlank()
                && (toks.get(k - 1).capitalised() || k == j && !bracketed)) {
            k--;
        }
        for (; k <= j; k++) {
            int gapStart = k == 0 ? 0 : toks.get(k - 1).end();
            int gapEnd = k == j ? p.start() : toks.get(k).start();
            String gap = text.substring(gapStart, gapEnd).strip();
            int open = bracketed ? text.lastIndexOf('(', p.start()) : -1;
            if (bracketed && open >= 0 && text.indexOf(')', open) >= p.end()) {
                // "(on this trip, John Doe)": the title stands before the bracket
                if (k > 0 && gap.equals(",") || gap.equals("(")) {
                    int t = tokenFrom(toks, open);
                    if (read(claims, analysis, s, toks, t, open, p.name())) {
                        return;
                    }
                }
            } else if (!bracketed && gap.equals(",") && k > 0) {
                if (read(claims, analysis, s, toks, k, toks.get(k - 1).end() + 0, p.name())) {
                    return;
                }
            }
        }
    }

    /** A determined title ending right before token {@code j} (whose text ends at {@code end}, before a comma). */
    private boolean read(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, List<Token> toks, int j,
                         int end, String person) {
        String text = s.text();
        int last = j - 1;
        while (last >= 0 && toks.get(last).end() > end) {
            last--;
        }
        if (last < 0 || !text.substring(toks.get(last).end(), end).replace(",", "").isBlank()) {
            return false;
        }
        int i = titleStartBefore(s, toks, last + 1, toks.get(last).end());
        if (i < 0) {
            return false;
        }
        int d = i;
        while (d > 0 && lower(toks, d).equals("the")) {
            d--;
        }
        if (!isDeterminer(lower(toks, d)) && !isDeterminer(lower(toks, i - 1))) {
            return false;
        }
        add(claims, analysis, s, person, text.substring(toks.get(i).start(), toks.get(last).end()), toks.get(i).start());
        return true;
    }

    /**
     * A title after the name: in apposition after a comma or a dash ("H. R. Haldeman, chief of staff", "John Doe –
     * former Attorney General and director of the campaign", "John Doe, the former Attorney General was his campaign
     * manager"), or as the predicate of a copula or of "served as" ("John Doe was his chief of staff").
     */
    private boolean titleAfter(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, List<Token> toks,
                               PersonNames.Found p) {
        String text = s.text();
        int i = tokenFrom(toks, p.end());
        if (i >= toks.size()) {
            return false;
        }
        String gap = text.substring(p.end(), toks.get(i).start());
        String g = gap.strip();
        boolean found = false;
        if (g.equals(",") || g.equals("\u2013") || g.equals("\u2014") || g.equals("-") && gap.length() == 3
                || g.equals("--")) {
            int[] t = readForward(s, toks, i);
            if (t == null || beforeName(s, toks, t[1])) {
                return false; // "Commander John Doe, Lunar Module Pilot Jim Roe": the next person's title
            }
            add(claims, analysis, s, p.name(), text.substring(toks.get(t[0]).start(), toks.get(t[1] - 1).end()),
                    toks.get(t[0]).start());
            found = true;
            i = t[1];
            // "… and director of the campaign": a second title of the same person
            while (i < toks.size() && lower(toks, i).equals("and")
                    && text.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank()) {
                int[] u = readForward(s, toks, i + 1);
                if (u == null) {
                    break;
                }
                add(claims, analysis, s, p.name(), text.substring(toks.get(u[0]).start(), toks.get(u[1] - 1).end()),
                        toks.get(u[0]).start());
                i = u[1];
            }
            if (i >= toks.size() || !text.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank()) {
                return true;
            }
        } else if (!gap.isBlank()) {
            return false;
        }
        int after = predicate(toks, i);
        if (after < 0) {
            return found;
        }
        int[] t = readForward(s, toks, after);
        if (t != null) {
            add(claims, analysis, s, p.name(), text.substring(toks.get(t[0]).start(), toks.get(t[1] - 1).end()),
                    toks.get(t[0]).start());
            return true;
        }
        return found;
    }

    /** Does a person's name start at token {@code i}, right after the token before it? */
    private static boolean beforeName(SentenceAnalysis s, List<Token> toks, int i) {
        if (i <= 0 || i >= toks.size() || !joined(s.text().substring(toks.get(i - 1).end(), toks.get(i).start()),
                toks.get(i - 1))) {
            return false;
        }
        PersonNames.Found p = s.personFrom(toks.get(i).start());
        return p != null && p.start() == toks.get(i).start();
    }

    /** The token after a copula or "served as" starting at {@code i} ("was", "had been", "was appointed"), or -1. */
    private int predicate(List<Token> toks, int i) {
        String w = lower(toks, i);
        int k;
        if (titles.is("copula", w)) {
            k = i + 1;
        } else if ((w.equals("had") || w.equals("has")) && lower(toks, i + 1).equals("been")) {
            k = i + 2;
        } else if (titles.is("as-verb", w) && lower(toks, i + 1).equals("as")) {
            return i + 2;
        } else {
            return -1;
        }
        if (titles.is("as-verb", lower(toks, k))) {
            k++;
            if (lower(toks, k).equals("as")) {
                k++;
            }
        }
        return k;
    }

    /**
     * The longest title starting at token {@code i} after an optional determiner and possessive ("the mission's
     * commander", "Nixon's campaign manager"), within one phrase and before a stop word: {first, end} tokens, or null.
     */
    private int[] readForward(SentenceAnalysis s, List<Token> toks, int i) {
        String text = s.text();
        int n = toks.size();
        if (i < n && isDeterminer(lower(toks, i))) {
            i++;
        }
        if (i + 1 < n && possessive(toks.get(i).text()) && joined(text.substring(toks.get(i).end(),
                toks.get(i + 1).start()), toks.get(i))) {
            i++;
        }
        int best = -1;
        for (int e = i; e < n && e - i < 12; e++) {
            Token t = toks.get(e);
            if (e > i && !joined(text.substring(toks.get(e - 1).end(), t.start()), toks.get(e - 1))) {
                break;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (titles.is("stop", w) && !(w.equals("and") && e > i && toks.get(e - 1).number() && e + 1 < n
                    && toks.get(e + 1).number())) {
                break;
            }
            if (e == i && (titles.isComplement(w) || t.number())) {
                break;
            }
            if (!titles.normalize(text.substring(toks.get(i).start(), t.end())).isEmpty()) {
                best = e + 1;
            }
        }
        return best < 0 ? null : new int[] {i, best};
    }

    private static boolean possessive(String token) {
        return token.endsWith("'s") || token.endsWith("\u2019s") || token.endsWith("s'") || token.endsWith("s\u2019");
    }

    private boolean hasAsVerb(String text) {
        return text.contains(" as ") || text.startsWith("as ");
    }

    /**
     * Roles given with "as" whose subject is not a name right before the verb: "He served as command pilot" (the
     * pronoun's antecedent), "..., serving as an elevatorman" (the clause's subject), "Assigned as command pilot ..."
     * under a profile's heading (the heading's person).
     */
    private void asClauses(List<Claim> claims, DocumentAnalysis analysis, int si, List<Token> toks) {
        SentenceAnalysis s = analysis.sentences().get(si);
        String text = s.text();
        for (int v = 0; v + 1 < toks.size(); v++) {
            if (!titles.is("as-verb", lower(toks, v)) || !lower(toks, v + 1).equals("as")) {
                continue;
            }
            PersonNames.Found right = s.personBefore(toks.get(v).start());
            if (right != null && text.substring(right.end(), toks.get(v).start()).isBlank()) {
                continue; // "John Doe served as ...": read with the name
            }
            int[] t = readForward(s, toks, v + 2);
            if (t == null) {
                continue;
            }
            String subject = subjectOf(s, toks);
            if (subject == null) {
                int lead = firstWord(s, toks);
                if (lead < toks.size() && isPronoun(lower(toks, lead)) || lead == v) {
                    subject = lead == v ? profileHeading(analysis, s) : "";
                    if (subject.isEmpty()) {
                        subject = antecedent(analysis, si);
                    }
                }
            }
            if (subject != null && !subject.isEmpty()) {
                add(claims, analysis, s, subject, text.substring(toks.get(t[0]).start(), toks.get(t[1] - 1).end()),
                        toks.get(t[0]).start());
            }
        }
    }

    /** The first token after clause openers, dates and a profile's "LABEL:" ("In 1962, he ..."). */
    private static int firstWord(SentenceAnalysis s, List<Token> toks) {
        int i = 0;
        String text = s.text();
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 30 && text.substring(0, colon).equals(text.substring(0, colon).toUpperCase(Locale.ROOT))) {
            i = tokenFrom(toks, colon);
        }
        while (i < toks.size() && (OPENERS.contains(toks.get(i).text()) || toks.get(i).number() || inTime(s, toks.get(i)))) {
            i++;
        }
        return i;
    }

    private static boolean inTime(SentenceAnalysis s, Token t) {
        for (TimeMention m : s.times()) {
            if (m.start() <= t.start() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's subject when it is a name at the clause's start ("In 1962, Armstrong became ..."), or null. */
    private static String subjectOf(SentenceAnalysis s, List<Token> toks) {
        if (s.people().isEmpty()) {
            return null;
        }
        PersonNames.Found p = s.people().get(0);
        return firstWord(s, toks) == tokenFrom(toks, p.start()) ? p.name() : null;
    }

    /** The subject of the nearest sentence before {@code si} that names one, across sentences led by pronouns. */
    private String antecedent(DocumentAnalysis analysis, int si) {
        for (int k = si - 1; k >= Math.max(0, si - 5); k--) {
            SentenceAnalysis prev = analysis.sentences().get(k);
            if (prev.sentence().paragraph() != analysis.sentences().get(si).sentence().paragraph() && k < si - 2) {
                return "";
            }
            List<Token> toks = analysis.tokens(k);
            String subject = subjectOf(prev, toks);
            if (subject != null) {
                return subject;
            }
            int lead = firstWord(prev, toks);
            if (!(lead < toks.size() && isPronoun(lower(toks, lead))) && !prev.people().isEmpty()) {
                return "";
            }
        }
        return "";
    }

    private void add(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, String person, String written,
                     int at) {
        String title = titles.normalize(written.strip());
        if (title.isEmpty() || at < 0) {
            return;
        }
        String w = written.strip();
        claims.add(new Claim("", analysis.document().id(), s.span(at, Math.min(s.text().length(), at + w.length())),
                s.index(), s.sentence().text(), person, "role", new RoleValue(w, title), s.time(),
                s.sources(), s.attributionAt(at)));
    }

    /** The person a profile's heading names: the nearest line above written in capitals ("EDWIN \"BUZZ\" ALDRIN"). */
    private static String profilePerson(DocumentAnalysis analysis, SentenceAnalysis s) {
        return profileHeading(analysis, s);
    }

    private static String profileHeading(DocumentAnalysis analysis, SentenceAnalysis s) {
        String doc = analysis.document().text();
        int end = s.sentence().span().start();
        int floor = Math.max(0, end - 3000);
        while (end > floor) {
            int lineStart = doc.lastIndexOf('\n', end - 1) + 1;
            String line = doc.substring(Math.max(lineStart, floor), end).strip();
            if (!line.isEmpty() && line.length() <= 40 && line.indexOf(':') < 0
                    && line.equals(line.toUpperCase(Locale.ROOT)) && line.chars().anyMatch(Character::isLetter)
                    && line.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '"'
                    || c == '\'' || c == '\u201C' || c == '\u201D' || c == '-')) {
                return nameOfHeading(line);
            }
            end = lineStart - 1;
        }
        return "";
    }

    /** "EDWIN \"BUZZ\" ALDRIN" → "Edwin Aldrin": the heading's words in title case, a quoted nickname left out. */
    private static String nameOfHeading(String line) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (String w : line.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.startsWith("\"") || w.startsWith("\u201C")) {
                quoted = !(w.length() > 1 && (w.endsWith("\"") || w.endsWith("\u201D")));
                continue;
            }
            if (quoted) {
                quoted = !(w.endsWith("\"") || w.endsWith("\u201D"));
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
