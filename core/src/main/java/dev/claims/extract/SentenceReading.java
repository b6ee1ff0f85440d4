package dev.claims.extract;

import dev.claims.knowledge.Knowledge;
import dev.claims.knowledge.PhraseTable;
import dev.claims.knowledge.Tokens;
import dev.claims.knowledge.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of a sentence with the phrase found at each: one token pass, every token looked up in the knowledge
 * pack's predicate and measure tables by hash. Each token also carries the number of its clause (a clause boundary is
 * ";", "(", a dash, a line break, a quotation mark) and of the aside it stands in (0 outside any), and the reading
 * knows where an opening time phrase ends.
 */
record SentenceReading(String text, List<Tokens.Token> tokens, List<String> lower, PhraseTable.Match[] predicates,
                       PhraseTable.Match[] measures, int[] clause, int[] aside, int openingEnd) {
    private static final Set<String> TIME_PREPOSITIONS = WordList.of("aside-openers.txt");
    private static final Set<String> RELATIVES = WordList.of("relative-pronouns.txt");

    static SentenceReading of(DocumentAnalysis analysis, SentenceAnalysis s, Knowledge knowledge) {
        String text = s.text();
        List<Tokens.Token> tokens = analysis.tokens(s.index());
        List<String> lower = new ArrayList<>(tokens.size());
        for (Tokens.Token t : tokens) {
            lower.add(t.text().toLowerCase(Locale.ROOT));
        }
        PhraseTable.Match[] preds = new PhraseTable.Match[tokens.size()];
        PhraseTable.Match[] meas = new PhraseTable.Match[tokens.size()];
        int[] clause = new int[tokens.size()];
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && boundaryBetween(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                c++;
            }
            clause[i] = c;
            preds[i] = knowledge.predicates().longestAt(lower, i);
            meas[i] = knowledge.measures().longestAt(lower, i);
        }
        return new SentenceReading(text, tokens, lower, preds, meas, clause, asides(text, tokens, lower),
                openingEnd(text, tokens, lower, preds));
    }

    /** True when the predicate at {@code i} stands in a time phrase or relative clause the value is not in. */
    boolean asideFrom(int i, int valueAt) {
        // a closed phrase (a quotation, "With 61 crew on board,") also keeps its own value from the words outside,
        // and so does a sentence's opening time phrase ("After the invasion of X in 1921 the council …")
        return aside[i] != aside[valueAt] && (aside[i] != 0 || aside[valueAt] < 0)
                || valueAt < openingEnd && i >= openingEnd;
    }

    /** "on board", "aboard": a phrase that restricts a noun rather than says what happened. */
    boolean restrictive(int i) {
        String w = lower.get(i);
        return predicates[i] != null && (w.equals("aboard") || w.equals("onboard")
                || w.equals("on") && i + 1 < lower.size() && lower.get(i + 1).equals("board"));
    }

    boolean contentWord(int i) {
        String w = lower.get(i);
        return !tokens.get(i).number() && w.length() > 2 && !EnglishWords.FUNCTION_WORDS.contains(w)
                && !EnglishWords.CALENDAR.contains(tokens.get(i).text())
                && !EnglishWords.AUXILIARIES.contains(w) && predicates[i] == null && Character.isLetter(w.charAt(0));
    }

    /** True when the token is written as a possessive ("Comintern's", "Comintern’s"). */
    boolean possessive(int i) {
        return Tokens.possessive(text, tokens.get(i));
    }

    /** True when a comma stands between the tokens at {@code k - 1} and {@code k}. */
    boolean commaBefore(int k) {
        return commaBetween(text, tokens.get(k - 1).end(), tokens.get(k).start());
    }

    /** True when a clause boundary stands between the tokens at {@code k - 1} and {@code k}. */
    boolean boundaryBefore(int k) {
        return boundaryBetween(text, tokens.get(k - 1).end(), tokens.get(k).start());
    }

    /** The text from the token at {@code from} to the one at {@code to}, both included. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The token whose start is nearest the offset {@code at}. */
    int nearestToken(int at) {
        int best = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (Math.abs(tokens.get(i).start() - at) < Math.abs(tokens.get(best).start() - at)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Where a sentence's opening time phrase ends ("After the invasion of Kessel in 1921 | the council dissolved"): at
     * its first comma or clause boundary, or else at the first predicate after its own; 0 when it opens with none or
     * names no event of its own ("After 2 hours outside, they closed the hatch": the hours are the main clause's).
     */
    private static int openingEnd(String text, List<Tokens.Token> tokens, List<String> lower,
                                  PhraseTable.Match[] preds) {
        if (tokens.isEmpty() || !TIME_PREPOSITIONS.contains(lower.get(0))) {
            return 0;
        }
        boolean own = false;
        for (int k = 1; k < tokens.size(); k++) {
            if (commaBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())
                    || boundaryBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return own ? k : 0;
            }
            if (preds[k] != null) {
                if (own) {
                    return k;
                }
                own = true;
            }
        }
        return own ? tokens.size() : 0;
    }

    /**
     * Numbers the phrases that set another event beside the one a sentence tells (negative for a closed phrase whose
     * own values the words outside do not govern): a time phrase ("nearly a year
     * after the burglary,", "during the hearings,", "following the investigation") from its preposition to the next
     * comma or clause end, and a relative clause between commas (", which had left Frankfurt three days before,").
     * A quotation is such a phrase too. A predicate in one says when, or what someone said, not what happened.
     */
    private static int[] asides(String text, List<Tokens.Token> tokens, List<String> lower) {
        int[] aside = new int[tokens.size()];
        int n = 0;
        int quoted = 0; // the number of the quotation a token is in, 0 outside
        for (int i = 0; i < tokens.size(); i++) {
            int from = i == 0 ? 0 : tokens.get(i - 1).end();
            for (int k = from; k < tokens.get(i).start(); k++) {
                char ch = text.charAt(k);
                if (ch == '\u201c' || ch == '"' && quoted == 0) {
                    quoted = -(++n);
                } else if (ch == '\u201d' || ch == '"') {
                    quoted = 0;
                }
            }
            if (quoted != 0) {
                aside[i] = quoted; // "…, “we will be landing …”": a quotation's words, not what the sentence tells
                continue;
            }
            String w = lower.get(i);
            // not a sentence's opening phrase: "After docking with the CSM, piloted by X, at 21:34 UT" may be its time
            boolean time = i > 0 && (TIME_PREPOSITIONS.contains(w) || w.equals("prior") && i + 1 < tokens.size()
                    && lower.get(i + 1).equals("to"));
            boolean relative = RELATIVES.contains(w) && i > 0 && commaBetween(text, tokens.get(i - 1).end(),
                    tokens.get(i).start());
            // "With 61 crew members on board, the passengers were …": an absolute phrase has its own predicate
            boolean absolute = w.equals("with") && (i == 0 || commaBetween(text, tokens.get(i - 1).end(),
                    tokens.get(i).start()));
            if (!time && !relative && !absolute) {
                continue;
            }
            n++;
            int id = absolute ? -n : n;
            int k = i;
            aside[k] = id;
            while (k + 1 < tokens.size() && !commaBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())
                    && !boundaryBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
                aside[++k] = id;
            }
            i = k;
        }
        return aside;
    }

    static boolean commaBetween(String text, int from, int to) {
        return text.indexOf(',', from) >= 0 && text.indexOf(',', from) < to;
    }

    private static boolean boundaryBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ';' || ch == '(' || ch == ')' || ch == '\u2013' || ch == '\u2014' || ch == '\n' || ch == '['
                    || ch == '/' || ch == '"' || ch == '\u201c' || ch == '\u201d') {
                return true;
            }
        }
        return false;
    }
}
