package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.Note;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.claims.model.Sentence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates in the notes a dated claim cites. A note that cites a dated primary source for an event (a speech, a
 * letter) dates the event too; when it gives another day, close to the body's, one of the two is wrong.
 *
 * <pre>{@code
 * // body: "Churchill's "Iron Curtain" speech on March 6, 1946"¹  note: "Churchill, "The Sinews of War," March 5, 1946 speech"
 * NoteDates.conflicting(document, claim, "Iron Curtain speech");  // the note and 1946-03-05
 * }</pre>
 */
final class NoteDates {
    /** A note's date that differs from the claim's. */
    record NoteDate(Note note, String text, LocalDate date) {
    }

    private static final String MONTH = "(" + dev.claims.knowledge.WordList.monthAlternation() + ")";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s{1,3}(\\d{1,2}),\\s{0,3}(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s{1,3}" + MONTH + ",?\\s{1,3}(\\d{4})\\b");
    private static final Set<String> STOP = dev.claims.knowledge.WordList.of("note-subject-stopwords.txt");
    /** Notes longer than this are not searched (a long discursive note is not a dated citation). */
    private static final int MAX_NOTE = 2_000;
    /** Only days this close count: farther dates in a note are other dates (a publication, a later edition). */
    private static final int MAX_DAYS = 31;

    private NoteDates() {
    }

    static List<NoteDate> conflicting(Document doc, Claim claim, String subject) {
        if (!(claim.value() instanceof DateValue dv) || dv.precision() != DatePrecision.DAY) {
            return List.of();
        }
        List<String> labels = coveringNotes(doc, claim);
        if (labels.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        List<NoteDate> out = new ArrayList<>();
        for (Note n : doc.notes()) {
            if (!labels.contains(n.label()) || n.text().length() > MAX_NOTE) {
                continue;
            }
            String lower = n.text().toLowerCase(Locale.ROOT);
            if (words.stream().noneMatch(lower::contains)) {
                continue;
            }
            List<NoteDate> dates = new ArrayList<>();
            collect(n, MDY.matcher(n.text()), 1, 2, 3, dates);
            collect(n, DMY.matcher(n.text()), 2, 1, 3, dates);
            if (dates.stream().anyMatch(d -> d.date().equals(dv.earliest()))) {
                continue;
            }
            dates.stream().filter(d -> Math.abs(ChronoUnit.DAYS.between(d.date(), dv.earliest())) <= MAX_DAYS)
                    .findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static void collect(Note n, Matcher m, int monthGroup, int dayGroup, int yearGroup, List<NoteDate> out) {
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(yearGroup)),
                        dev.claims.knowledge.WordList.monthNumber(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
                out.add(new NoteDate(n, m.group(), d));
            } catch (DateTimeException e) {
                // "February 30": not a date
            }
        }
    }

    /** Sentences ahead searched for the marker that closes a passage. */
    private static final int PASSAGE = 5;

    /**
     * The notes that support a claim: its own markers, else those of the first marked sentence after it in the same
     * paragraph (a note at the end of a passage covers the sentences since the previous marker).
     */
    static List<String> coveringNotes(Document doc, Claim claim) {
        if (!claim.sources().isEmpty()) {
            return claim.sources();
        }
        List<Sentence> ss = doc.sentences();
        int i = claim.sentence();
        if (i < 0 || i >= ss.size()) {
            return List.of();
        }
        int paragraph = ss.get(i).paragraph();
        for (int j = i + 1; j < ss.size() && j <= i + PASSAGE && ss.get(j).paragraph() == paragraph; j++) {
            if (!ss.get(j).markers().isEmpty()) {
                return ss.get(j).markers();
            }
        }
        return List.of();
    }
}
