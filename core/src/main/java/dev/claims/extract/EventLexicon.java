package dev.claims.extract;

import dev.claims.ClaimsException;
import dev.claims.knowledge.Packs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Event types and their trigger patterns, read from {@code dev/claims/lexicon/events.tsv} (columns: name, key,
 * trigger regular expression, optional document context regular expression, optional aspect; '#' starts a comment),
 * with the cues that state a period as under way ({@link OngoingCues}). All triggers are compiled once into a single
 * alternation so a sentence is scanned once for every event type.
 *
 * <pre>{@code
 * EventLexicon events = EventLexicon.load();
 * events.find("In 1933, Roosevelt recognized the Soviet Union", doc -> true)
 *       .get(0).event().key();   // "recognition:united-states:soviet-union"
 * }</pre>
 */
public final class EventLexicon {
    /**
     * What a trigger row says of its event, from the optional fifth column.
     * <ul>
     *   <li>{@code EVENT} (empty column): a date tied to the trigger says when the event happened.</li>
     *   <li>{@code START} ({@code start}): a date tied to the trigger says when the event began ("declared war on
     *       Japan on August 8"); a day or month written without a year, in a paragraph that writes none, takes the
     *       year the key ends with.</li>
     *   <li>{@code PERIOD} ({@code period}): the event lasts; a mention the {@link OngoingCues} mark as under way
     *       ("during their war with Japan", "the famine was under way") and that no date is tied to is dated by the
     *       sentence's own time or the narrative time before it (see {@link NarrativeTime}).</li>
     * </ul>
     */
    public enum Aspect {
        EVENT, START, PERIOD
    }

    /** One event type. */
    public record Event(String name, String key, Pattern trigger, Pattern context, Aspect aspect) {
        public Event(String name, String key, Pattern trigger, Pattern context) {
            this(name, key, trigger, context, Aspect.EVENT);
        }

        /** The year a key ends with ("war:soviet-union:japan:1945"), or null. */
        public Integer keyYear() {
            java.util.regex.Matcher m = KEY_YEAR.matcher(key);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    private static final Pattern KEY_YEAR = Pattern.compile(":(\\d{4})$");

    /** A trigger occurrence in a text. */
    public record Occurrence(int start, int end, Event event, String text) {
    }

    private final List<Event> events;
    private final OngoingCues ongoing;
    private final Pattern combined;
    /** The names of the trigger groups in {@link #combined}, "e0", "e1", ... (built once, not per match). */
    private final String[] groups;

    public EventLexicon(List<Event> events) {
        this(events, OngoingCues.defaults());
    }

    public EventLexicon(List<Event> events, OngoingCues ongoing) {
        this.events = List.copyOf(events);
        this.ongoing = ongoing;
        this.groups = new String[this.events.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = "e" + i;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < this.events.size(); i++) {
            sb.append(i == 0 ? "" : "|").append("(?<e").append(i).append('>').append(this.events.get(i).trigger().pattern())
                    .append(')');
        }
        // every trigger starts at a word start (or an opening quote): the guard skips the inside of words at once
        this.combined = Pattern.compile(sb.length() == 0 ? "(?!)" : "(?<![\\p{L}\\p{N}])(?:" + sb + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /** The default pack's event lexicon: no rows, since every event trigger names a particular event. */
    public static EventLexicon load() {
        return of(Packs.defaultOnly());
    }

    /** The event lexicon of the packs on: the default pack's rows, then each optional pack's. */
    public static EventLexicon of(Packs packs) {
        List<Event> all = new ArrayList<>();
        for (String resource : packs.resources("lexicon/events.tsv")) {
            try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                all.addAll(read(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(1)));
            } catch (IOException e) {
                throw new ClaimsException(Path.of(resource), "cannot read the event lexicon: " + e.getMessage());
            }
        }
        return new EventLexicon(all);
    }

    /** This lexicon with the rows of a user file (same format) placed first, so they win. */
    public EventLexicon withEntriesFrom(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Event> all = new ArrayList<>(read(r, file.toString()));
            all.addAll(events);
            return new EventLexicon(all, ongoing);
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read the event lexicon: " + e.getMessage());
        }
    }

    private static List<Event> read(Reader reader, String name) throws IOException {
        List<Event> events = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new ClaimsException(Path.of(name), "line " + lineNo + ": expected name, key and trigger separated by tabs");
            }
            Aspect aspect = switch (cols.length > 4 ? cols[4].strip() : "") {
                case "" -> Aspect.EVENT;
                case "start" -> Aspect.START;
                case "period" -> Aspect.PERIOD;
                default -> throw new ClaimsException(Path.of(name), "line " + lineNo + ": aspect must be empty, start or period: "
                        + cols[4].strip());
            };
            try {
                events.add(new Event(cols[0].strip(), cols[1].strip(), Pattern.compile(cols[2].strip(), Pattern.CASE_INSENSITIVE),
                        cols.length > 3 && !cols[3].isBlank() ? Pattern.compile(cols[3].strip()) : null, aspect));
            } catch (PatternSyntaxException e) {
                throw new ClaimsException(Path.of(name), "line " + lineNo + ": bad trigger: " + e.getDescription());
            }
        }
        return events;
    }

    public List<Event> events() {
        return events;
    }

    /** True when {@code o}, found in {@code text}, is a period the sentence states as under way. */
    public boolean ongoing(String text, Occurrence o) {
        return o.event().aspect() == Aspect.PERIOD && ongoing.marks(text, o.start(), o.end());
    }

    /** Event triggers in {@code text}, in order; an event whose context pattern the document lacks is skipped. */
    public List<Occurrence> find(String text, java.util.function.Predicate<Event> allowed) {
        List<Occurrence> out = new ArrayList<>();
        Matcher m = combined.matcher(text);
        while (m.find()) {
            for (int i = 0; i < events.size(); i++) {
                if (m.start(groups[i]) >= 0) {
                    Event e = events.get(i);
                    if (allowed.test(e)) {
                        out.add(new Occurrence(m.start(), m.end(), e, m.group()));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
