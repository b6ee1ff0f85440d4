package dev.claims.extract;

import static dev.claims.extract.EnglishWords.CALENDAR;
import static dev.claims.extract.EnglishWords.FUNCTION_WORDS;
import static dev.claims.extract.EnglishWords.properName;
import static dev.claims.extract.EnglishWords.singular;
import static dev.claims.extract.EnglishWords.withoutPossessive;

import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import java.util.Set;

/**
 * Named events a date is of: a run of capitalised words ending in an event noun ({@code event-nouns.txt}) near the
 * date ("the Saturday Night Massacre"), the event noun a date follows ("the Kessel Treaty of 1920"), an event noun
 * with the name it is of ("the invasion of Manchuria"), a place in a list of events ("at conferences in Tehran
 * (1943), Yalta (February 1945)"), and the same event by its place ("the conference at Potsdam").
 */
final class NamedEvents {
    /** Prepositions by which a date follows the event noun it dates ("the speech on March 6", "the treaty of 1920"). */
    private static final Set<String> DATE_ADJUNCTS = WordList.of("date-adjuncts.txt");

    private final Knowledge knowledge;

    NamedEvents(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * A named event within a few words of a date: a run of capitalised words ending in an event noun
     * ({@code event-nouns.txt}), lower-cased, its leading article dropped ("saturday night massacre").
     */
    String namedEvent(SentenceReading r, int first, int last) {
        String of = eventOfName(r, first, last);
        if (!of.isEmpty()) {
            return of;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(1, first - 8); i < Math.min(r.tokens().size(), last + 9); i++) {
            if (i >= first && i <= last || !knowledge.eventNouns().contains(r.lower().get(i))
                    || nameEnd(r, i, first, last) < 0) {
                continue;
            }
            int distance = i < first ? first - i : i - last;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return "";
        }
        return eventName(r, best, first, last);
    }

    /**
     * The name of the event whose noun is at {@code noun}: the capitalised words before it, lower-cased, its leading
     * article dropped, modifiers between left out ("the 1943 Tehran wartime conference": "tehran conference"); "" when
     * no name stands before it.
     */
    private static String eventName(SentenceReading r, int noun, int first, int last) {
        int end = nameEnd(r, noun, first, last);
        if (end < 0) {
            return "";
        }
        int start = end;
        while (start > 0 && r.tokens().get(start - 1).capitalised() && !r.tokens().get(start - 1).number()
                && !CALENDAR.contains(r.tokens().get(start - 1).text()) && end - start < 3
                && r.tokens().get(start - 1).end() + 2 >= r.tokens().get(start).start()) {
            start--;
        }
        if (start == 0 && end == 0) {
            return ""; // a sentence's first word alone ("Fire destroyed …"): capitalised as any first word is
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            if (i == start && FUNCTION_WORDS.contains(r.lower().get(i))) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(r.lower().get(i));
        }
        return b.append(' ').append(r.lower().get(noun)).toString();
    }

    /**
     * The last capitalised word of the name before an event noun at {@code noun}: the word right before it ("Saturday
     * Night Massacre"), or the one before a lowercase modifier ("the 1943 Tehran wartime conference"); -1 when none.
     */
    private static int nameEnd(SentenceReading r, int noun, int first, int last) {
        for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
            Tokens.Token t = r.tokens().get(k);
            if (k >= first && k <= last) {
                return -1;
            }
            if (t.capitalised() && !t.number() && !CALENDAR.contains(t.text())) {
                return k;
            }
            if (t.capitalised() || !r.contentWord(k)
                    || r.tokens().get(k).end() + 1 != r.tokens().get(k + 1).start()) {
                return -1; // "the war's final battle", "a long, hard battle": not a modifier of a name
            }
        }
        return -1;
    }

    /**
     * A named event whose noun the date follows ("the “Iron Curtain” speech on March 6, 1946", "the Kessel Treaty of
     * 1920"): the date is the noun's, whatever verb the sentence goes on to; "" when no named event noun stands there,
     * or when the noun is itself a predicate's form ("the Kessel disaster of 1920": the predicate reads it).
     */
    String eventBefore(SentenceReading r, int first, int last) {
        if (first < 2 || !DATE_ADJUNCTS.contains(r.lower().get(first - 1))
                || !knowledge.eventNouns().contains(r.lower().get(first - 2)) || r.predicates()[first - 2] != null
                || SentenceReading.commaBetween(r.text(), r.tokens().get(first - 2).start(),
                        r.tokens().get(first).start())) {
            return "";
        }
        return eventName(r, first - 2, first, last);
    }

    /**
     * A date in brackets after a place in a list that a plural event noun opens: "at conferences in Tehran (1943),
     * Yalta (February 1945) and Potsdam (July–August 1945)" gives "yalta conference" for the second; "" otherwise.
     */
    String listedEvent(SentenceReading r, int first) {
        if (first < 1 || !bracketBefore(r, first) || !r.tokens().get(first - 1).capitalised()
                || r.tokens().get(first - 1).number()) {
            return "";
        }
        int name = first - 1;
        for (int k = name - 1; k >= Math.max(1, name - 25); k--) {
            String w = r.lower().get(k);
            if ((w.equals("in") || w.equals("at")) && knowledge.eventNouns().contains(singular(r.lower().get(k - 1)))
                    && r.lower().get(k - 1).endsWith("s")) {
                return r.lower().get(name) + " " + singular(r.lower().get(k - 1));
            }
            Tokens.Token t = r.tokens().get(k);
            if (!t.capitalised() && !t.number() && !w.equals("and") && !CALENDAR.contains(t.text())) {
                return ""; // the list ends: "Tehran (1943), Yalta (February 1945), and Potsdam"
            }
        }
        return "";
    }

    /**
     * The same named event by its place: "the July Big Three conference on post-war arrangements at Potsdam" is also
     * "event:potsdam conference"; "" when the event noun has no "at"/"in" place in its phrase.
     */
    static String placedEvent(SentenceReading r, String named) {
        String noun = named.substring(named.lastIndexOf(' ') + 1);
        for (int k = 0; k < r.tokens().size(); k++) {
            if (!r.lower().get(k).equals(noun)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(r.tokens().size() - 1, k + 7) && r.clause()[j] == r.clause()[k]
                    && !r.commaBefore(j); j++) {
                Tokens.Token place = r.tokens().get(j + 1);
                if ((r.lower().get(j).equals("at") || r.lower().get(j).equals("in")) && properName(place)
                        && !named.contains(r.lower().get(j + 1))) {
                    return "event:" + r.lower().get(j + 1) + " " + noun;
                }
            }
        }
        return "";
    }

    private static boolean bracketBefore(SentenceReading r, int first) {
        return r.text().substring(r.tokens().get(first - 1).end(), r.tokens().get(first).start()).strip().equals("(");
    }

    /**
     * An event noun with the name it is of, within a few words of the value: "the invasion of Manchuria in 1931",
     * "the Comintern's dissolution in 1943" ("dissolution of comintern"); "" when there is none.
     */
    private String eventOfName(SentenceReading r, int first, int last) {
        for (int i = Math.max(0, first - 8); i < Math.min(r.tokens().size() - 1, last + 6); i++) {
            if (i >= first && i <= last || !knowledge.eventNouns().contains(r.lower().get(i))) {
                continue;
            }
            int k = i + 1;
            if (r.lower().get(k).equals("of")) {
                k++;
                if (k < r.tokens().size() && FUNCTION_WORDS.contains(r.lower().get(k))) {
                    k++;
                }
                String name = nameAt(r, k, first);
                if (!name.isEmpty()) {
                    return r.lower().get(i) + " of " + name;
                }
            }
            // "the Comintern's dissolution": the name before the possessive
            int p = i - 1;
            if (p >= 0 && r.possessive(p)) {
                int start = p;
                while (start > 0 && r.tokens().get(start - 1).capitalised() && p - start < 3) {
                    start--;
                }
                if (r.tokens().get(p).capitalised() && !r.tokens().get(p).number()) {
                    StringBuilder b = new StringBuilder();
                    for (int j = start; j <= p; j++) {
                        String w = withoutPossessive(r.lower().get(j));
                        if (!FUNCTION_WORDS.contains(w)) {
                            b.append(b.length() == 0 ? "" : " ").append(w);
                        }
                    }
                    if (b.length() > 0) {
                        return r.lower().get(i) + " of " + b;
                    }
                }
            }
        }
        return "";
    }

    /** The capitalised words of a name starting at {@code k} (at most four, not into the value), or "". */
    private static String nameAt(SentenceReading r, int k, int valueAt) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < r.tokens().size() && j < k + 4 && j != valueAt; j++) {
            Tokens.Token t = r.tokens().get(j);
            if (!t.capitalised() || t.number() || CALENDAR.contains(t.text())) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(r.lower().get(j));
        }
        return b.toString();
    }
}
