package dev.claims.extract;

import dev.claims.knowledge.TitleGrammar;
import dev.claims.model.Claim;
import dev.claims.model.RoleValue;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern APPOSITION = Pattern.compile(
            "^,\\s(?:the\\s|a\\s|an\\s)?([^,;:.()\\n]{2,50}?)(?=,|\\.(?:\\s|$)|;|$)");
    private static final Pattern PREDICATE = Pattern.compile(
            "^\\s(?:was|is|became|served as|had been|remained)\\s(?:(?:appointed|named|elected|made)\\s(?:as\\s)?)?"
                    + "(?:the\\s|a\\s|an\\s|his\\s|her\\s|their\\s|new\\s|[A-Z][a-z]{1,20}['’]s\\s)?"
                    + "([A-Za-z][A-Za-z .\\-]{1,40}?)(?=\\s(?:of|for|on|during|when|in|at|to|and|from)\\b|[,.;]|$)");
    private static final Pattern FIELD = Pattern.compile("(?i)^\\s{0,3}(?:role|position|title|office|rank)\\s?:\\s?"
            + "([^.;\\n]{2,50})");
    /** Words that open a clause, never a title ("In", "When", "After"). */
    private static final java.util.Set<String> OPENERS = dev.claims.knowledge.WordList.of("clause-openers.txt");
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
        for (SentenceAnalysis s : analysis.sentences()) {
            String text = s.text();
            for (PersonNames.Found p : s.people()) {
                if (!p.title().isEmpty() && !titles.normalize(p.title()).isEmpty()) {
                    int at = text.lastIndexOf(p.title(), p.start());
                    add(claims, analysis, s, p.name(), p.title(), at < 0 ? p.start() : at);
                } else {
                    titleBefore(claims, analysis, s, p);
                }
                String after = text.substring(p.end());
                for (Pattern pattern : new Pattern[] {BRACKETED, APPOSITION, PREDICATE}) {
                    Matcher m = pattern.matcher(after);
                    if (m.find()) {
                        add(claims, analysis, s, p.name(), m.group(1), p.end() + m.start(1));
                        break;
                    }
                }
            }
            Matcher field = FIELD.matcher(text);
            if (field.find()) {
                String person = profilePerson(analysis, s.index());
                if (!person.isEmpty()) {
                    add(claims, analysis, s, person, field.group(1), field.start(1));
                }
            }
        }
        return claims;
    }

    /**
     * A title of up to six words written right before the name, lower-case words and "of" included ("White House
     * Chief of Staff H.R. Haldeman", "former Attorney General John Mitchell"): the longest that the grammar reads.
     */
    private void titleBefore(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, PersonNames.Found p) {
        String before = s.text().substring(0, p.start());
        List<dev.claims.knowledge.Tokens.Token> words = dev.claims.knowledge.Tokens.of(before);
        if (words.isEmpty() || before.length() - words.get(words.size() - 1).end() > 1) {
            return;
        }
        for (int k = Math.max(0, words.size() - 6); k < words.size(); k++) {
            String phrase = before.substring(words.get(k).start()).strip();
            if (phrase.indexOf(',') < 0 && phrase.indexOf('(') < 0 && phrase.chars().noneMatch(Character::isDigit)
                    && Character.isUpperCase(phrase.charAt(0)) && !OPENERS.contains(words.get(k).text())
                    && !titles.normalize(phrase).isEmpty()) {
                add(claims, analysis, s, p.name(), phrase, words.get(k).start());
                return;
            }
        }
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

    /** The person a profile's heading names ("EDWIN \"BUZZ\" ALDRIN"), a few units above. */
    private static String profilePerson(DocumentAnalysis analysis, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 4); i--) {
            String t = analysis.sentences().get(i).text().strip();
            if (!t.isEmpty() && t.length() <= 40 && t.equals(t.toUpperCase(java.util.Locale.ROOT))
                    && t.chars().anyMatch(Character::isLetter)) {
                return t;
            }
        }
        return "";
    }
}
