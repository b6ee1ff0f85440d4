package dev.claims.extract;

import dev.claims.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity mentions of a document: places and organisations from the gazetteers (longest name first, one scan per
 * sentence) and people from {@link PersonNames} (given names, title cues, surnames the document gives in full).
 * A mention keeps the name as written; a bare surname shared by two people in the document ("Roosevelt" with
 * Franklin and Elliott) is kept as written, never guessed.
 */
public final class MentionFinder {
    private final Pattern known;
    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer, List<String> names) {
        this.gazetteer = gazetteer;
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String n : sorted) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        this.known = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (sb.length() == 0 ? "(?!)" : sb) + ")(?![\\p{L}\\p{N}])");
        java.util.BitSet first = new java.util.BitSet();
        boolean anyEmpty = false;
        for (String n : sorted) {
            if (n.isEmpty()) {
                anyEmpty = true;
            } else {
                first.set(n.charAt(0));
            }
        }
        this.firstChars = anyEmpty ? null : first;
    }

    /** The first characters of the names (the pattern is tried only at them); null: try every position. */
    private final java.util.BitSet firstChars;

    /** What {@code m.find()} finds from {@code from} on, trying {@link #known} only where a name's first character is. */
    private boolean next(Matcher m, String text, int from) {
        if (firstChars == null) {
            return from <= text.length() && m.find(from);
        }
        int length = text.length();
        for (int p = from; p < length; p++) {
            if (firstChars.get(text.charAt(p))) {
                m.region(p, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mentions in the analysed document, in document order. */
    public List<Mention> find(DocumentAnalysis analysis) {
        List<Mention> out = new ArrayList<>();
        String docId = analysis.document().id();
        for (SentenceAnalysis s : analysis.sentences()) {
            List<int[]> taken = new ArrayList<>();
            String text = s.text();
            Matcher m = known.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            while (next(m, text, from)) {
                from = m.end() > m.start() ? m.end() : m.end() + 1; // as find() steps past an empty match
                String kind = gazetteer.kindOf(m.group());
                if (kind == null) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                out.add(new Mention(docId, m.group(), kind, s.span(m.start(), m.end()), s.index(), ""));
            }
            for (PersonNames.Found p : s.people()) {
                boolean overlaps = taken.stream().anyMatch(t -> t[0] < p.end() && p.start() < t[1]);
                if (!overlaps) {
                    out.add(new Mention(docId, p.name(), "person", s.span(p.start(), p.end()), s.index(), p.title()));
                }
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
