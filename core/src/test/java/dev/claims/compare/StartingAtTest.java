package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link WrittenNames#startingAt} gives what {@code Matcher.find} gives, trying fewer positions. */
class StartingAtTest {
    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":" + m.groupCount());
        }
        return out;
    }

    private static List<String> starting(Pattern p, String text, WrittenNames.Start start) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : WrittenNames.startingAt(p, text, start)) {
            out.add(m.start() + ":" + m.group() + ":" + m.groupCount());
        }
        return out;
    }

    @Test
    void aRunStartsAtACapitalNotAfterALetter() {
        String text = "xDeutsche Zeppelin Reederei and the Lunar Module (LM), dubbed “Eagle”, beside LZ 129.";
        assertEquals(List.of("10:Zeppelin Reederei:1", "36:Lunar Module (LM):1"), starting(WrittenNames.RUN, text, WrittenNames::upperAt));
        assertEquals(find(WrittenNames.RUN, text), starting(WrittenNames.RUN, text, WrittenNames::upperAt));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("The", "the", "THE", "Lunar", "Module", "Deutsche", "Zeppelin-Reederei", "(LM)", "“Eagle”",
                        "\"Eagle\"", ",", ".", "LZ", "129", "-", " ", "  ", "de", "of", "Inc.", "dubbed", "x", "é", "Ábc",
                        "\n", "Tehran", "(", ")", "'", "’", "named", "lunar", "module", "B", "29", "Ⅳ", "𝐀bcde", "Éclair",
                        "Ünter")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property
    void sameMatchesAsFind(@ForAll("texts") String text) {
        assertEquals(find(WrittenNames.RUN, text), starting(WrittenNames.RUN, text, WrittenNames::upperAt));
        assertEquals(find(WrittenNames.SINGLE, text), starting(WrittenNames.SINGLE, text, WrittenNames::upperAt));
        List<String> single = new ArrayList<>();
        for (int at = 0, end; at < text.length(); at = Math.max(at + 1, end)) {
            end = WrittenNames.singleAt(text, at);
            if (end >= 0) {
                single.add(at + ":" + text.substring(at, end) + ":0");
            }
        }
        assertEquals(find(WrittenNames.SINGLE, text), single);
        assertEquals(find(WrittenNames.DESIGNATION, text),
                starting(WrittenNames.DESIGNATION, text, WrittenNames::upperAt));
        assertEquals(find(WrittenNames.QUOTED, text), starting(WrittenNames.QUOTED, text, WrittenNames::upperAt));
        assertEquals(find(WrittenNames.APPOSITIVE, text), starting(WrittenNames.APPOSITIVE, text, WrittenNames::theAt));
    }
}
