package dev.claims.extract;

import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import dev.claims.model.Claim;
import dev.claims.model.PlaceValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places where something happened, by the grammar of English rather than a gazetteer:
 * <ul>
 * <li>a capitalised name after "in", "at", "from", "near", "outside" or "to" ("born … in Wapakoneta, Ohio", "crashed
 * at Lakehurst Naval Air Station", "landed in the Sea of Tranquility"). A name's first word has two letters or more;
 * later words may be a one-letter or numbered designation ("Pad B", "Complex 7", "LC-12B"). Each ", Larger place"
 * after it is kept ("Pad B, Complex 7, Example Field, Ohio"), up to the first that is or holds a person's name or
 * title ("in Springfield, Jones was …", "…, Solicitor General Ann Example"); the last is dropped when a common noun
 * follows it ("the Springfield, Ohio, Example complex": its modifier), and all are when they end in "and"/"or" and
 * another name ("to Ashby, Corran, Dellford and Elm Hollow": a list, not one address);</li>
 * <li>"of" and a place right after a person's name: the person's home ("Ann Example of Springfield");</li>
 * <li>an infobox row whose label ends in a place noun, "Launch site: Example Field" or, exported with the label glued
 * to its value, "Launch siteExample Field" (knowledge/place-labels.txt).</li>
 * </ul>
 * Month and weekday names are not places. A sentence-final full stop is not part of a place ("… Ohio." is "Ohio"),
 * but an abbreviation's is ("Washington, D.C."). Each is a "place" claim; what happened there comes from the claim's
 * frame, except a home's, whose subject says whose home it is.
 */
public final class PlaceExtractor extends SentenceExtractor {
    private static final Pattern PLACE_WORD_END = Pattern.compile("[\\s,]");
    /** A name's first word: a capital and one or more letters, not the letters of a designation ("LC-12B"). */
    private static final String WORD = "[A-Z][\\p{L}'’.-]{1,30}+(?!\\d)";
    /**
     * A later word: a numbered designation ("12B", "LC-12B", or "7" unless a common noun follows it: "in Ohio 3 men"),
     * a name word, or one capital ("Pad B").
     */
    private static final String LATER = "(?:(?:[A-Z]{1,4}-)?\\d{1,3}[A-Z](?![\\p{L}\\d])"
            + "|[A-Z]{1,4}-\\d{1,3}(?![\\p{L}\\d])"
            + "|\\d{1,3}(?![\\p{L}\\d]|[.,]\\d)(?!\\s(?!(?:at|in|on|near|of|from)\\b)[a-z])"
            + "|" + WORD
            + "|[A-HJ-Z](?![\\p{L}\\d.'’-]))";
    private static final String NAME = WORD + "(?:\\s(?:(?:of|de|del|la|the|upon)\\s)?" + LATER + "){0,5}";
    static final Pattern PLACE = Pattern.compile("\\b(?:in|at|from|near|outside|to)\\s(?:the\\s)?(" + NAME
            + ")");
    /** Where {@link #PLACE} can start: its prepositions (the pattern is tried only there). */
    static final dev.claims.values.ScanStarts PLACE_STARTS = new dev.claims.values.ScanStarts(
            List.of("in", "at", "from", "near", "outside", "to"), "");
    private static final Pattern NAME_AT = Pattern.compile(NAME);
    private static final Pattern REGION = Pattern.compile(",\\s(" + NAME + ")");
    private static final Pattern LIST_END = Pattern.compile(",?\\s(?:and|or)\\s[A-Z]");
    private static final Pattern HOME = Pattern.compile("\\sof\\s(" + NAME + ")");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s([a-z]+)\\b");
    /** Lower-case words that may follow a place name: a common noun there makes the last name its modifier. */
    private static final Set<String> FOLLOWERS = WordList.union(WordList.union(WordList.lowerCase("function-words.txt"),
            WordList.lowerCase("auxiliaries.txt")), WordList.lowerCase("place-followers.txt"));
    /** The larger places kept after a name ("Pad B, Complex 7, Example Field, Ohio, United States"). */
    private static final int MAX_REGIONS = 4;
    private static final Set<String> NOT_PLACES = WordList.union(
            WordList.union(Set.copyOf(WordList.months()), WordList.weekdays()), WordList.of("not-places.txt"));
    /** Nouns that end an infobox label whose value is a place: "Launch site", "Birthplace". */
    private static final Set<String> PLACE_LABELS = WordList.lowerCase("place-labels.txt");
    /** Words of an organisation's name ("Example Corporation"): "of" one after a person is an employer, no home. */
    private static final Set<String> ORGANISATION_WORDS = WordList.union(WordList.lowerCase("legal-forms.txt"),
            WordList.lowerCase("organisation-heads.txt"));
    /** Words an infobox label has before its place noun: "Launch site", "Place of birth" is not such a label. */
    private static final int MAX_LABEL_WORDS = 3;

    private final Gazetteer gazetteer;

    public PlaceExtractor() {
        this(Lexicons.defaults());
    }

    public PlaceExtractor(Lexicons lexicons) {
        super("places", lexicons);
        this.gazetteer = lexicons.gazetteer();
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        for (SentenceAnalysis s : analysis.sentences()) {
            int labelled = labelledValue(s.text());
            if (labelled >= 0) {
                add(claims, analysis, s, labelled, place(s, labelled), "");
            }
            Matcher m = PLACE.matcher(s.text());
            int from = 0;
            while (PLACE_STARTS.find(m, s.text(), from)) {
                from = m.end();
                if (m.start(1) == labelled || personAt(s, m.start(1))) {
                    continue;
                }
                add(claims, analysis, s, m.start(1), place(s, m.start(1)), "");
            }
            for (PersonNames.Found p : s.people()) {
                Matcher h = HOME.matcher(s.text()).region(p.end(), s.text().length());
                if (h.lookingAt() && !organisation(h.group(1)) && !personAt(s, h.start(1))) {
                    add(claims, analysis, s, h.start(1), place(s, h.start(1)), "home of " + p.name());
                }
            }
        }
        return claims;
    }

    /** A place claim on {@code [start, end)}; {@code subject} "" lets the frame say what happened there. */
    private static void add(List<Claim> claims, DocumentAnalysis analysis, SentenceAnalysis s, int start, int end,
                            String subject) {
        if (end <= start) {
            return;
        }
        String place = s.text().substring(start, end);
        String first = PLACE_WORD_END.split(place, 2)[0].replace(".", "");
        if (NOT_PLACES.contains(first) || numberedThing(place)) {
            return;
        }
        claims.add(s.claim(analysis.document().id(), start, end, subject, "place",
                new PlaceValue(place, place.toLowerCase(Locale.ROOT)), s.time()));
    }

    /**
     * "Apollo 1", "Gemini 12": one word and a bare number name a numbered thing (a craft, a mission, a unit), not a
     * place, unless the word is a noun that numbers places ("Area 51", "Route 66").
     */
    static boolean numberedThing(String place) {
        Matcher m = WORD_AND_NUMBER.matcher(place);
        return m.matches() && !NUMBERED_PLACES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern WORD_AND_NUMBER = Pattern.compile("(\\p{Lu}\\p{L}+)\\s\\d{1,3}");
    private static final Set<String> NUMBERED_PLACES = WordList.lowerCase("numbered-place-nouns.txt");

    /**
     * The end of the place named at {@code start}: the name and the larger places after it (see the class comment),
     * without a sentence-final full stop; {@code start} when no name starts there.
     */
    private int place(SentenceAnalysis s, int start) {
        String t = s.text();
        Matcher name = NAME_AT.matcher(t).region(start, t.length());
        if (!name.lookingAt()) {
            return start;
        }
        int firstEnd = beforePerson(s, start, name.end());
        int end = firstEnd;
        int regions = 0;
        Matcher region = REGION.matcher(t);
        while (regions < MAX_REGIONS && region.region(end, t.length()).lookingAt()
                && !NOT_PLACES.contains(PLACE_WORD_END.split(region.group(1), 2)[0].replace(".", ""))
                && !personIn(s, region.start(1), region.end(1))
                && !gazetteer.isTitle(Tokens.words(region.group(1))[0])) {
            end = region.end();
            regions++;
        }
        Matcher next = NEXT_WORD.matcher(t).region(end, t.length());
        if (regions > 0 && next.lookingAt() && !FOLLOWERS.contains(next.group(1))) {
            end = t.lastIndexOf(',', end - 1); // "the Washington, Ohio, Example complex": a modifier of its noun
            regions--;
        }
        if (regions >= 2 && LIST_END.matcher(t).region(end, t.length()).lookingAt()) {
            end = firstEnd; // "from Paris, Lyon, Nice and Metz": four places, not one address
        }
        return withoutFullStop(t, start, end);
    }

    /**
     * Where a place name read from {@code start} ends when it runs into a person's name that opens with a given name:
     * "Ambassador to the Soviet Union Henry Smith" names the place "Soviet Union" (a run read as a name without a
     * given name, "Base Vessel" in "Naval Base Vessel Field", is no reason to cut).
     */
    private int beforePerson(SentenceAnalysis s, int start, int end) {
        int cut = end;
        for (PersonNames.Found p : s.people()) {
            if (p.start() > start && p.start() < cut && gazetteer.isGivenName(Tokens.words(p.name())[0])) {
                cut = p.start();
            }
        }
        while (cut > start && Character.isWhitespace(s.text().charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    /** "… Ohio." ends at "Ohio"; "Washington, D.C." keeps its abbreviation's stop. */
    private static int withoutFullStop(String t, int start, int end) {
        if (end > start && t.charAt(end - 1) == '.') {
            int wordStart = Math.max(t.lastIndexOf(' ', end - 1), t.lastIndexOf(',', end - 1)) + 1;
            if (t.substring(Math.max(start, wordStart), end - 1).indexOf('.') < 0) {
                return end - 1;
            }
        }
        return end;
    }

    /**
     * Where the value of an infobox row starts when its label ends in a place noun ("Launch site: X", "Launch siteX",
     * "Birthplace: X"), the row being the whole sentence; -1 otherwise.
     */
    private static int labelledValue(String text) {
        // a label and the first word of its value: no more tokens are read
        List<Tokens.Token> tokens = Tokens.of(text, MAX_LABEL_WORDS + 1);
        for (int j = 0; j < Math.min(MAX_LABEL_WORDS, tokens.size() - 1); j++) {
            Tokens.Token label = tokens.get(j);
            if (label.number() || j > 0 && label.capitalised()) {
                return -1; // a label is words: the first capitalised, the rest not ("Launch site", "Place of birth")
            }
            if (!PLACE_LABELS.contains(label.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Tokens.Token value = tokens.get(j + 1);
            String between = text.substring(label.end(), value.start());
            boolean glued = between.isEmpty() || between.strip().equals(":");
            return glued && value.capitalised() && !value.number() && text.substring(0, tokens.get(0).start())
                    .isBlank() ? value.start() : -1;
        }
        return -1;
    }

    private boolean organisation(String name) {
        for (String w : Tokens.words(name)) {
            if (ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return "organisation".equals(gazetteer.kindOf(name));
    }

    /** True when a person's name overlaps {@code [start, end)}: "…, Solicitor General Ann Example" is no region. */
    private static boolean personIn(SentenceAnalysis s, int start, int end) {
        for (PersonNames.Found p : s.people()) {
            if (p.start() < end && start < p.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean personAt(SentenceAnalysis s, int at) {
        for (PersonNames.Found p : s.people()) {
            if (p.start() <= at + 2 && at <= p.end()) {
                return true;
            }
        }
        return false;
    }
}
