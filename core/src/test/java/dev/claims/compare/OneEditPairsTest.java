package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

/**
 * The written-variant check's scans: {@link NameVariantRule#oneEditPairs} (candidate pairs from a hash table) and
 * {@link NameVariantRule#lowerWords} (words also written in lower case, without a pattern).
 */
class OneEditPairsTest {
    private static List<String> accepted(List<String> words, List<int[]> pairs) {
        List<String> out = new ArrayList<>();
        for (int[] p : pairs) {
            if (NameVariantRule.oneInnerEdit(words.get(p[0]), words.get(p[1])) >= 0) {
                out.add(p[0] + "/" + p[1]);
            }
        }
        return out;
    }

    @Test
    void replacedInsertedAndDeletedLettersAreCandidates() {
        List<String> words = List.of("tehran", "teheran", "litvinov", "litinov", "london", "lyndon", "berlin");
        assertEquals(List.of("0/1", "2/3", "4/5"), accepted(words, NameVariantRule.oneEditPairs(words)));
    }

    /** Every pair one inner letter apart is found, in the order of trying every pair. */
    @Property
    void theCandidatesHoldEveryPairOneInnerEditApart(
            @ForAll @Size(max = 30) @UniqueElements List<@StringLength(min = 4, max = 7) @CharRange(from = 'a', to = 'c')
                    String> words) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                if (NameVariantRule.oneInnerEdit(words.get(i), words.get(j)) >= 0) {
                    expected.add(i + "/" + j);
                }
            }
        }
        assertEquals(expected, accepted(words, NameVariantRule.oneEditPairs(words)));
    }

    @Test
    void lowerCaseWordsAreWholeWordsOfFiveLettersOrMore() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        NameVariantRule.lowerWords("the revolution, Revolution, revolutionary; xrevolution and évolution.",
                java.util.Set.of("revolution", "evolution", "évolution", "revolutionary"), out);
        assertEquals(List.of("revolution", "revolutionary", "évolution"), List.copyOf(out));
    }

    @Property
    void lowerWordsAreWhatThePatternFinds(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'f')
                                          @CharRange(from = 'A', to = 'C') @CharRange(from = ' ', to = ' ')
                                          @CharRange(from = '\u00e9', to = '\u00e9') @CharRange(from = '1', to = '2')
                                          String text) {
        java.util.regex.Pattern lowerWord = java.util.regex.Pattern.compile("(?<![\\p{L}])\\p{Ll}{5,}(?![\\p{L}])");
        java.util.Set<String> expected = new java.util.TreeSet<>();
        lowerWord.matcher(text).results().forEach(r -> expected.add(r.group()));
        java.util.Set<String> all = new java.util.HashSet<>(expected);
        java.util.Set<String> actual = new java.util.TreeSet<>();
        NameVariantRule.lowerWords(text, all, actual);
        assertEquals(expected, actual);
        // and nothing the pattern does not find, whatever is wanted
        java.util.Set<String> anyWord = new java.util.TreeSet<>();
        NameVariantRule.lowerWords(text, new java.util.AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return true;
            }

            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.Collections.emptyIterator();
            }

            @Override
            public int size() {
                return 0;
            }
        }, anyWord);
        assertEquals(expected, anyWord);
    }
}
