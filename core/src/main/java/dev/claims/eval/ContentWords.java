package dev.claims.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a quote, as the reference scorer counts them: runs of ASCII letters and digits of the
 * lower-cased text, less a short list of function words and single characters.
 *
 * <pre>{@code
 * ContentWords.of("The LM landed at 20:17 UT");   // [lm, landed, 20, 17, ut]
 * }</pre>
 */
final class ContentWords {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Set<String> STOP = Set.of(("a an the of in on at to and or for by with from as was were is be"
            + " been that this it its his her their they he she which who whom had has have not no but into than then"
            + " also").split(" "));

    private ContentWords() {
    }

    /** The set of content words of {@code text}; empty for null. */
    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
