package dev.claims.citation;

import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code uncited-claim}: in a document that cites its sources (it has notes and at least three markers), a sentence
 * stating a checkable fact (a claim of date, office or figure) with no note, neither on the sentence nor later in its paragraph (a note at a paragraph's
 * end covers the paragraph). One issue per sentence.
 */
public final class ClaimCoverageAudit {
    public static final String UNCITED = "uncited-claim";
    /**
     * Attributes that state a checkable fact: an event's date, an office, a figure. Incidental mentions
     * ("mentioned-date": "in the 1920s"), bare event names and durations are not asked to carry a note.
     */
    static final java.util.Set<String> CHECKABLE = java.util.Set.of("date", "office", "amount", "count", "percentage");
    /** A document "cites" when it has at least this many note markers (one web link is not a notes apparatus). */
    static final int MIN_MARKERS = 3;

    private ClaimCoverageAudit() {
    }

    public static List<CitationIssue> audit(ExtractedDocument ed) {
        Document d = ed.document();
        List<CitationIssue> out = new ArrayList<>();
        if (d.markers().size() < MIN_MARKERS || d.notes().isEmpty()) {
            return out;
        }
        Map<Integer, List<Claim>> bySentence = new LinkedHashMap<>();
        for (Claim c : ed.claims()) {
            if (c.sources().isEmpty() && checkable(c, ed.frames().get(c.id())) && c.sentence() >= 0
                    && c.sentence() < d.sentences().size()
                    && d.sentences().get(c.sentence()).layout().kind() != dev.claims.model.Layout.CAPTION
                    && !coveredByNote(d.sentences(), c.sentence())) {
                // an image caption says what a picture shows; no one cites a source there
                bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<Integer, List<Claim>> e : bySentence.entrySet()) {
            Sentence s = d.sentences().get(e.getKey());
            List<Claim> claims = e.getValue();
            Claim first = claims.get(0);
            String facts = String.join(", ", claims.stream().map(c -> fact(c, ed.frames().get(c.id()))).distinct()
                    .toList());
            out.add(new CitationIssue(UNCITED, first.subject(), "The sentence states " + facts + " with no note, in a"
                    + " document whose other statements cite their sources.",
                    List.of(new CitationIssue.Place(d.id(), s.span(), CitationText.excerpt(s.text(), 400), first.value().text())),
                    List.of(first.attribute(), first.value().normalized()), 0.5));
        }
        return NoteMarkerAudit.capped(out);
    }

    /**
     * A claim that states a checkable fact: one of the {@link #CHECKABLE} attributes, or a date whose frame says what
     * it dates, unhedged: a named event ("the Bolshevik Revolution of 1917"), a verb with its object ("the invasion of
     * Manchuria in 1931"), a person's fact ("born in 1891").
     */
    private static boolean checkable(Claim c, dev.claims.model.Frame f) {
        return CHECKABLE.contains(c.attribute()) || c.attribute().equals("mentioned-date") && f != null
                && c.value() instanceof dev.claims.model.DateValue dv
                && dv.precision().compareTo(dev.claims.model.DatePrecision.YEAR) <= 0 && !f.hedged() && (f.predicate().startsWith("event:") || !f.predicate().isEmpty()
                && (!f.measure().isEmpty() || f.personal() && !f.person().isEmpty()));
    }

    /** "the date of the Hitler-Stalin Pact ('Summer of 1939')", "Litvinov's office ('Commissar')", "a count ('…')". */
    private static String fact(Claim c, dev.claims.model.Frame f) {
        String v = "'" + c.value().text() + "'";
        return switch (c.attribute()) {
            case "date" -> "the date of " + c.subject() + " (" + v + ")";
            case "mentioned-date" -> "the date of " + dated(f) + " (" + v + ")";
            case "office" -> c.subject() + "'s office (" + v + ")";
            default -> "a figure (" + v + ")";
        };
    }

    /** What a frame dates, for people: "the Bolshevik Revolution", "birth of pruss", "attack (manchuria)". */
    private static String dated(dev.claims.model.Frame f) {
        if (f.predicate().startsWith("event:")) {
            return f.predicate().substring("event:".length());
        }
        String what = f.cue().isEmpty() ? f.predicate() : f.cue().toLowerCase(java.util.Locale.ROOT);
        return what + (f.person().isEmpty() ? " (" + f.measure() + ")" : " of " + f.person());
    }

    private static boolean coveredByNote(List<Sentence> sentences, int index) {
        int paragraph = sentences.get(index).paragraph();
        for (int i = index; i < sentences.size() && sentences.get(i).paragraph() == paragraph; i++) {
            if (!sentences.get(i).markers().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
