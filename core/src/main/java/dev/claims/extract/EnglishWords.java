package dev.claims.extract;

import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import java.util.Locale;
import java.util.Set;

/** The word classes of English that the frame rules share: calendar words, function words, auxiliaries. */
final class EnglishWords {
    /** Month names, their abbreviations and weekdays: words of a date, never a name or a thing. */
    static final Set<String> CALENDAR = WordList.union(WordList.union(Set.copyOf(WordList.months()),
            WordList.monthAbbreviations()), WordList.weekdays());
    static final Set<String> FUNCTION_WORDS = WordList.of("function-words.txt");
    static final Set<String> AUXILIARIES = WordList.of("auxiliaries.txt");

    private EnglishWords() {
    }

    /** A capitalised word inside a sentence that is not a number, a month, an acronym or a function word. */
    static boolean properName(Tokens.Token t) {
        String w = t.text();
        return t.capitalised() && !t.number() && w.length() >= 3 && !CALENDAR.contains(w)
                && !w.equals(w.toUpperCase(Locale.ROOT)) && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** "comintern's" → "comintern"; other words as they are. */
    static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }
}
