package dev.claims.extract;

import dev.claims.ClaimsException;
import dev.claims.model.Attribution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attribution and hedge cues in a sentence ("according to his daughter", "Hull later wrote that",
 * "There were several allegations that", "Apparently"), from {@code dev/claims/lexicon/attribution.tsv}.
 *
 * <pre>{@code
 * AttributionDetector d = AttributionDetector.defaults();
 * List<AttributionDetector.Cue> cues = d.find("According to his daughter, Stalin became ill.");
 * cues.get(0).attribution();   // Attribution[source=his daughter, hedged=false, cue=According to his daughter]
 * }</pre>
 */
public final class AttributionDetector {
    /** Words that present what follows as true ("the fact that"), ending the clause a hedge qualifies. */
    private static final Pattern FACTIVE = Pattern.compile("\\b(?:fact|facts|truth|reality)\\s(?:is\\s)?that\\b",
            Pattern.CASE_INSENSITIVE);

    /** Sources that name nothing ("according to the ..."): the cue is dropped. */
    private static final java.util.Set<String> NOT_A_SOURCE = dev.claims.knowledge.WordList.of("not-a-source.txt");
    /** Pronoun sources: the cue is kept, its source left empty. */
    private static final java.util.Set<String> PRONOUNS = dev.claims.knowledge.WordList.of("source-pronouns.txt");

    /**
     * One cue row.
     *
     * @param anyOf lower-case words of which the pattern cannot match without one (the optional fourth column):
     *              a sentence containing none of them, ignoring case, is not scanned; empty: always scanned
     */
    public record Rule(Pattern pattern, boolean hedged, String scope, List<String> anyOf) {
        public Rule {
            anyOf = List.copyOf(anyOf);
        }

        public Rule(Pattern pattern, boolean hedged, String scope) {
            this(pattern, hedged, scope, List.of());
        }

        /** False when the pattern cannot match {@code lowerCased} (the sentence lower-cased): none of its words is in it. */
        boolean mayMatch(String lowerCased) {
            if (anyOf.isEmpty()) {
                return true;
            }
            for (String w : anyOf) {
                if (lowerCased.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A cue found in a sentence.
     *
     * @param start     where the cue starts in the sentence text
     * @param end       where it ends
     * @param from      first offset of the sentence the cue governs
     * @param to        end of what it governs ("X wrote that ...": from the cue on; "may have": its clause)
     */
    public record Cue(int start, int end, Attribution attribution, int from, int to) {
        /** True when this cue governs a claim starting at {@code at} of the same sentence. */
        public boolean covers(int at) {
            return at >= from && at < to;
        }
    }

    private static volatile AttributionDetector defaults;
    private final List<Rule> rules;

    public AttributionDetector(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AttributionDetector defaults() {
        AttributionDetector d = defaults;
        if (d == null) {
            try (InputStream in = AttributionDetector.class.getResourceAsStream("/dev/claims/lexicon/attribution.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/claims/lexicon/attribution.tsv");
                }
                List<Rule> rules = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] c = line.split("\t");
                    rules.add(new Rule(Pattern.compile(c[0]), Boolean.parseBoolean(c[1].strip()),
                            c.length > 2 ? c[2].strip() : "sentence",
                            c.length > 3 && !c[3].isBlank() ? List.of(c[3].strip().toLowerCase(Locale.ROOT).split("\\|"))
                                    : List.of()));
                }
                d = new AttributionDetector(rules);
            } catch (IOException e) {
                throw new ClaimsException(Path.of("attribution.tsv"), "cannot read the attribution cues: " + e.getMessage());
            }
            defaults = d;
        }
        return d;
    }

    /** Cues in the sentence, in order of the rules. */
    public List<Cue> find(String sentence) {
        List<Cue> out = new ArrayList<>();
        String lowerCased = sentence.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (!rule.mayMatch(lowerCased)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            if (m.find()) {
                String source = "";
                try {
                    String s = m.group("src");
                    source = s == null ? "" : s.strip();
                } catch (IllegalArgumentException noGroup) {
                    source = "";
                }
                if (NOT_A_SOURCE.contains(source.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (PRONOUNS.contains(source.toLowerCase(Locale.ROOT))) {
                    source = ""; // a pronoun names nobody a reader can check; the cue itself is kept and shown
                }
                int from = 0;
                int to = sentence.length() + 1;
                if (rule.scope().equals("after")) {
                    from = m.start();
                } else if (rule.scope().equals("clause")) {
                    from = Math.max(sentence.lastIndexOf(',', m.start()), sentence.lastIndexOf(';', m.start())) + 1;
                    int comma = sentence.indexOf(',', m.end());
                    int semi = sentence.indexOf(';', m.end());
                    to = comma < 0 ? semi < 0 ? to : semi : semi < 0 ? comma : Math.min(comma, semi);
                    // "a probably not coincidental fact that X": the hedge qualifies the judgement, and "fact
                    // that" presents X as true, so the claims of X are outside its clause
                    Matcher factive = FACTIVE.matcher(sentence);
                    if (factive.find(m.end()) && factive.start() < to) {
                        to = factive.start();
                    }
                }
                out.add(new Cue(m.start(), m.end(), new Attribution(source, rule.hedged(), m.group().strip()), from, to));
            }
        }
        return out;
    }

    /** The attribution of a claim starting at {@code from}: hedged if any covering cue hedges; source of the first. */
    public static Attribution of(List<Cue> cues, int from) {
        String source = "";
        String cue = "";
        boolean hedged = false;
        for (Cue c : cues) {
            if (c.covers(from)) {
                if (source.isEmpty() && !c.attribution().source().isEmpty()) {
                    source = c.attribution().source();
                }
                hedged |= c.attribution().hedged();
                if (!cue.contains(c.attribution().cue())) {
                    cue = cue.isEmpty() ? c.attribution().cue() : cue + "; " + c.attribution().cue();
                }
            }
        }
        return cue.isEmpty() ? Attribution.ASSERTED : new Attribution(source, hedged, cue);
    }
}
