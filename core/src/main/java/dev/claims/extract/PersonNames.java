package dev.claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person names in a sentence: runs of capitalised words and initials ("William C. Bullitt") that start with a
 * given name from the gazetteer, follow a title ("President Roosevelt", "Foreign Minister Litvinov"), or end in a
 * surname the document has already given in full.
 */
public final class PersonNames {
    /**
     * A run of capitalised words: "Franklin D. Roosevelt", "Lord Halifax", "Paul von Hindenburg" (a name particle),
     * "James McCord" (an inner capital), "John D Smith" (an initial without its period). Bounded to seven words, so
     * that a title of four words still leaves the name ("Air Force Lieutenant Colonel Michael Collins").
     */
    static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:[A-Z][\\p{Ll}]{1,20}(?:[A-Z][\\p{Ll}]{2,20})?(?:-[A-Z][\\p{Ll}]{1,20})?"
                    + "|[A-Z]\\.(?:[A-Z]\\.)?)"
                    + "(?:\\s(?:(?:" + dev.claims.knowledge.WordList.alternation("name-particles.txt") + ")\\s(?=[A-Z]))?"
                    + "(?:[A-Z][\\p{Ll}]{1,20}(?:[A-Z][\\p{Ll}]{2,20})?"
                    + "(?:-[A-Z][\\p{Ll}]{1,20})?|[A-Z]\\.(?:[A-Z]\\.)?|[A-Z](?=\\s[A-Z]\\p{Ll}))){0,6}(?![\\p{L}])"
                    + "|(?<![\\p{L}\\p{N}.])[A-Z]{2,4}(?![\\p{L}\\p{N}])");
    /** An initial or two ("H.", "H.R.") opening a name. */
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.(?:[A-Z]\\.)?");
    /** A nickname in quotes or brackets between a given name and a surname: "Edwin 'Buzz' Aldrin". */
    private static final Pattern NICKNAME = Pattern.compile(
            "\\s[\"'\u201C\u2018(]\\p{Lu}\\p{Ll}{1,15}[\"'\u201D\u2019)]\\s(\\p{Lu}\\p{Ll}{1,20})(?![\\p{L}])");
    private static final Set<String> NOT_NAMES = dev.claims.knowledge.WordList.of("not-names.txt");

    /** A person name found in text. */
    public record Found(int start, int end, String name, String title) {
    }

    private final Gazetteer gazetteer;
    private final java.util.Set<String> officeWords;

    public PersonNames(Gazetteer gazetteer) {
        this(gazetteer, Set.of());
    }

    /** @param officeWords lower-cased words of office wordings, stripped from the front of a name like titles */
    public PersonNames(Gazetteer gazetteer, java.util.Set<String> officeWords) {
        this.gazetteer = gazetteer;
        this.officeWords = officeWords;
    }

    /**
     * A run read as a possible name, before the names the document already knows are consulted: a nickname form
     * ("Edwin 'Buzz' Aldrin", always a name) or a name with what speaks for it.
     *
     * @param title     the title words written in the run, or empty (then the title is looked for before the run)
     * @param runStart  where the run starts, for the title before it
     * @param single    the name is one word (a bare surname, or initials)
     * @param certain   a given name or a title makes it a name whatever the document knows
     */
    public record Candidate(int start, int end, String name, String title, int runStart, boolean single,
                            boolean certain) {
    }

    /** Person names in {@code text}; {@code known} expands bare surnames. */
    public List<Found> find(String text, NameIndex known) {
        return decide(text, candidates(text), known);
    }

    /**
     * The names among {@code candidates} (of {@code text}, from {@link #candidates}): each certain one, and a single
     * word that is a known surname or a known person's initials ({@code known} may be null: none known yet).
     */
    public List<Found> decide(String text, List<Candidate> candidates, NameIndex known) {
        List<Found> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String name = c.name();
            boolean knownSurname = c.single() && (known != null && known.knowsSurname(name) || gazetteer.isSurname(name));
            boolean initials = known != null && name.length() <= 4 && name.equals(name.toUpperCase())
                    && !known.resolve(name, "").equals(name);
            if (c.certain() || knownSurname || initials) {
                out.add(new Found(c.start(), c.end(), name,
                        !c.title().isEmpty() || c.runStart() < 0 ? c.title() : titleBefore(text, c.runStart())));
            }
        }
        return out;
    }

    /**
     * The runs of {@code text} that are names or may be, read once; whether a bare word is a name depends on what the
     * document knows, which {@link #decide} consults (so a document's sentences are read once, however many times
     * they are decided on).
     */
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = RUN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (findRun(m, text, from)) {
            from = m.end();
            String run = m.group();
            if (gazetteer.kindOf(run) != null) {
                continue;
            }
            String[] tokens = splitAtWhitespace(run);
            int offset = m.start();
            String lastToken = tokens[tokens.length - 1];
            if (gazetteer.isGivenName(lastToken)) {
                // "Edwin 'Buzz' Aldrin", "Air Force Colonel Edwin (Buzz) Aldrin"
                Matcher nick = NICKNAME.matcher(text).region(m.end(), text.length());
                if (nick.lookingAt()) {
                    int given = m.end() - lastToken.length();
                    String before = tokens.length == 1 ? titleBefore(text, offset)
                            : String.join(" ", java.util.Arrays.copyOf(tokens, tokens.length - 1));
                    out.add(new Candidate(given, nick.end(), lastToken + " " + nick.group(1), before, -1, false, true));
                    from = nick.end();
                    continue;
                }
            }
            // leading title words ("President", "Foreign Minister") are not part of the name
            int first = 0;
            StringBuilder title = new StringBuilder();
            for (int k = 0; k + 1 < tokens.length; k++) {
                if (gazetteer.isGivenName(tokens[k]) && !titledGivenNameAfter(tokens, k)) {
                    for (int j = 0; j < k; j++) {
                        title.append(j == 0 ? "" : " ").append(tokens[j]);
                        offset += tokens[j].length() + 1;
                    }
                    first = k;
                    break;
                }
            }
            if (first == 0 && tokens.length > 1 && m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                // the end of a hyphenated title: "Chief-of-Staff H.R. Haldeman"
                int compound = m.start() - 1;
                while (compound > 0
                        && (Character.isLetter(text.charAt(compound - 1)) || text.charAt(compound - 1) == '-')) {
                    compound--;
                }
                title.append(text, compound, m.start() + tokens[0].length());
                offset += tokens[0].length() + 1;
                first = 1;
            }
            if (first == 0 && tokens.length > 1 && m.start() <= 2 && !gazetteer.isGivenName(tokens[0])
                    && !gazetteer.isTitle(tokens[0]) && !gazetteer.isSurname(tokens[0])) {
                offset += tokens[0].length() + 1; // a capitalised first word of the sentence: "Later Litvinov spoke"
                first = 1;
            }
            while (first < tokens.length && !gazetteer.isGivenName(tokens[first])
                    && (NOT_NAMES.contains(tokens[first]) || gazetteer.isTitle(tokens[first])
                    || officeWords.contains(tokens[first].toLowerCase(java.util.Locale.ROOT)))) {
                if (NOT_NAMES.contains(tokens[first]) && !gazetteer.isTitle(tokens[first])
                        && !officeWords.contains(tokens[first].toLowerCase(java.util.Locale.ROOT))) {
                    // "German Navy": a word that is no name is no title either
                    offset += tokens[first].length() + 1;
                    first++;
                    continue;
                }
                title.append(title.length() == 0 ? "" : " ").append(tokens[first]);
                offset += tokens[first].length() + 1;
                first++;
            }
            if (first >= tokens.length) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, tokens.length));
            String last = tokens[tokens.length - 1];
            if (last.endsWith(".") || gazetteer.kindOf(name) != null) {
                continue;
            }
            boolean given = gazetteer.isGivenName(tokens[first]) && tokens.length - first >= 2
                    || tokens.length - first >= 2 && INITIAL.matcher(tokens[first]).matches(); // "H. R. Haldeman"
            boolean titled = title.length() > 0 && !gazetteer.isGivenName(name);
            boolean single = tokens.length - first == 1;
            boolean certain = given || titled && (tokens.length - first <= 3);
            if (certain || single || name.length() <= 4) {
                out.add(new Candidate(offset, m.end(), name, title.toString(), m.start(), single, certain));
            }
        }
        return out;
    }

    /**
     * Is a later given name of the run written right after a title word ("Dean U.S. Attorney General Richard Smith":
     * the name is the one after the title)?
     */
    private boolean titledGivenNameAfter(String[] tokens, int k) {
        for (int j = k + 2; j + 1 < tokens.length; j++) {
            String before = tokens[j - 1];
            if (gazetteer.isGivenName(tokens[j]) && (gazetteer.isTitle(before)
                    || officeWords.contains(before.toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code m.find()} of {@link #RUN} finds from {@code from} on, trying the pattern only where it can start: at
     * a letter A-Z (both of its branches start there, after a look-behind that sees the whole text).
     */
    private static boolean findRun(Matcher m, String text, int from) {
        int length = text.length();
        for (int p = from; p < length; p++) {
            char c = text.charAt(p);
            if (c >= 'A' && c <= 'Z') {
                m.region(p, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * As {@code Pattern.compile("\\s").split(s)}: the parts between single whitespace characters, an empty part
     * between two of them, trailing empty parts left out.
     */
    static String[] splitAtWhitespace(String s) {
        List<String> parts = new ArrayList<>(8);
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        if (from == 0) {
            return new String[] {s};
        }
        parts.add(s.substring(from));
        int n = parts.size();
        while (n > 0 && parts.get(n - 1).isEmpty()) {
            n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    private static final Pattern TITLE_BEFORE = Pattern.compile("((?:[A-Z][\\p{Ll}.]{1,20}\\s){1,4})$");

    private String titleBefore(String text, int start) {
        Matcher t = TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        if (t.find()) {
            String[] words = splitAtWhitespace(t.group(1).strip());
            for (String w : words) {
                if (gazetteer.isTitle(w)) {
                    return t.group(1).strip();
                }
            }
        }
        return "";
    }
}
