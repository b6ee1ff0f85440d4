package dev.claims.extract;

import dev.claims.ClaimsException;
import dev.claims.knowledge.TsvResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The wordings that state a period as under way around its trigger ("during the famine", "in their war with Japan",
 * "the war was under way"), from {@code dev/claims/lexicon/ongoing.tsv}: per row a side ({@code before}: the cue
 * ends right before the trigger; {@code after}: it starts right after it) and a case-insensitive regular expression.
 *
 * <pre>{@code
 * OngoingCues.defaults().marks("Stalin did not need support in their war with Japan.", 31, 51);  // true ("in ")
 * }</pre>
 */
public final class OngoingCues {
    /** Characters on each side of a trigger that the cues are matched against. */
    static final int WINDOW = 40;
    private static volatile OngoingCues defaults;

    private final List<Pattern> before;
    private final List<Pattern> after;

    public OngoingCues(List<Pattern> before, List<Pattern> after) {
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    public static OngoingCues defaults() {
        OngoingCues d = defaults;
        if (d == null) {
            List<Pattern> before = new ArrayList<>();
            List<Pattern> after = new ArrayList<>();
            String resource = "/dev/claims/lexicon/ongoing.tsv";
            for (String[] row : TsvResource.rows(resource, 2)) {
                try {
                    switch (row[0]) {
                        case "before" -> before.add(Pattern.compile("(?:" + row[1] + ")$", Pattern.CASE_INSENSITIVE));
                        case "after" -> after.add(Pattern.compile("^(?:" + row[1] + ")", Pattern.CASE_INSENSITIVE));
                        default -> throw new ClaimsException(Path.of(resource), "side must be before or after: " + row[0]);
                    }
                } catch (PatternSyntaxException e) {
                    throw new ClaimsException(Path.of(resource), "bad cue " + row[1] + ": " + e.getDescription());
                }
            }
            d = new OngoingCues(before, after);
            defaults = d;
        }
        return d;
    }

    /** True when a cue ends right before {@code [start, end)} of {@code text} or starts right after it. */
    public boolean marks(String text, int start, int end) {
        String left = text.substring(Math.max(0, start - WINDOW), start);
        String right = text.substring(end, Math.min(text.length(), end + WINDOW));
        return before.stream().anyMatch(p -> p.matcher(left).find()) || after.stream().anyMatch(p -> p.matcher(right).find());
    }
}
