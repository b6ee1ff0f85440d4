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
    }

    /** Mentions in the analysed document, in document order. */
    public List<Mention> find(DocumentAnalysis analysis) {
        List<Mention> out = new ArrayList<>();
        String docId = analysis.document().id();
        for (SentenceAnalysis s : analysis.sentences()) {
            List<int[]> taken = new ArrayList<>();
            Matcher m = known.matcher(s.text());
            while (m.find()) {
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
