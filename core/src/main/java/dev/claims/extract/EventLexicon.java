package dev.claims.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Event types and their trigger patterns, read from {@code dev/claims/lexicon/events.tsv}
 * (columns: event key, trigger regular expression; '#' starts a comment).
 */
public final class EventLexicon {
    /** One event type. */
    public record Event(String key, Pattern trigger) {
    }

    private final List<Event> events;

    public EventLexicon(List<Event> events) {
        this.events = List.copyOf(events);
    }

    public static EventLexicon load() {
        try (InputStream in = EventLexicon.class.getResourceAsStream("/dev/claims/lexicon/events.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/claims/lexicon/events.tsv");
            }
            List<Event> events = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                events.add(new Event(cols[0].strip(), Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE)));
            }
            return new EventLexicon(events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first event whose trigger occurs in the sentence. */
    public Optional<Event> find(String sentence) {
        for (Event e : events) {
            if (e.trigger().matcher(sentence).find()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
