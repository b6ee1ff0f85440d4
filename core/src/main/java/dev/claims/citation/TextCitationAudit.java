package dev.claims.citation;

import dev.claims.model.Citation;
import dev.claims.model.Document;
import dev.claims.model.PersonName;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Sentence;
import dev.claims.model.Span;
import dev.claims.model.Work;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the author–date citations of a document's running text ({@link TextCitationParser}) to its reference
 * list, else to the works its full notes describe, by year and surnames, and reports:
 * <ul>
 *   <li>{@code unresolved-short-citation}: an in-text citation no entry matches, in a document that cites its
 *       reference list author–date (two or more entries cited so);</li>
 *   <li>{@code uncited-entry}: a reference-list entry with an author and a year that nothing cites, in a document
 *       whose citations are mainly author–date in the text (a reading list, or a list the notes cite, is not
 *       checked; nor a list headed "Further reading");</li>
 *   <li>{@code name-conflict}: a citation naming three or more authors that matches a work by year and all but one
 *       surname, the other being another person ("Saliga" / "Saligrama"); a one-letter difference is a
 *       {@code citation-variant}.</li>
 * </ul>
 */
public final class TextCitationAudit {
    public static final String UNCITED_ENTRY = "uncited-entry";
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)([a-z]?)");
    /** Entries cited author–date in the text before the document counts as citing its list that way. */
    static final int MIN_CITED_ENTRIES = 2;

    private TextCitationAudit() {
    }

    /**
     * One in-text citation and what it resolves to.
     *
     * @param citation   the citation as read
     * @param sentence   the sentence it is in
     * @param span       its extent in the original text
     * @param work       the work it resolves to, null when none or several
     * @param resolution "resolved", "ambiguous", "unresolved", or "conflict" (matches a work but for one author)
     * @param reason     one sentence
     */
    public record Resolved(TextCitation citation, Sentence sentence, Span span, Work work, String resolution,
                           String reason) {
    }

    /** Every in-text author–date citation of the document's body, resolved. */
    public static List<Resolved> resolve(ExtractedDocument ed) {
        DocumentCitations dc = new DocumentCitations(ed);
        List<Resolved> out = new ArrayList<>();
        Document d = ed.document();
        for (Sentence s : d.sentences()) {
            for (TextCitation c : TextCitationParser.find(s.text())) {
                Span span = s.sourceSpan(c.from(), c.to());
                out.add(resolve(c, s, span, dc));
            }
        }
        return out;
    }

    private static Resolved resolve(TextCitation c, Sentence s, Span span, DocumentCitations dc) {
        for (List<Work> pool : List.of(dc.bibliography(), dc.noteWorks())) {
            // a narrative list may start with a word of the sentence ("In Paris, Smith (1999)"): try its tails
            int tails = c.narrative() ? c.families().size() : 1;
            for (int drop = 0; drop < tails; drop++) {
                List<String> families = c.families().subList(drop, c.families().size());
                List<Work> exact = new ArrayList<>();
                List<Work> near = new ArrayList<>();
                for (Work w : pool) {
                    Match m = match(families, c.etAl(), c.year(), w);
                    if (m == Match.EXACT) {
                        exact.add(w);
                    } else if (m == Match.ALL_BUT_ONE && drop == 0) {
                        near.add(w);
                    }
                }
                if (exact.size() > 1) {
                    exact = byLetter(exact, c.year());
                }
                if (exact.size() == 1) {
                    return new Resolved(c, s, span, exact.get(0), "resolved", "'" + c.describe() + "' matches "
                            + NoteResolver.describe(exact.get(0)) + " in " + dc.where(exact.get(0)) + ".");
                }
                if (exact.size() > 1) {
                    return new Resolved(c, s, span, null, "ambiguous", "'" + c.describe() + "' matches "
                            + exact.size() + " works: " + String.join("; ", exact.stream().map(NoteResolver::describe)
                            .toList()) + ".");
                }
                if (near.size() == 1) {
                    return new Resolved(c, s, span, near.get(0), "conflict", "'" + c.describe() + "' matches "
                            + NoteResolver.describe(near.get(0)) + " in " + dc.where(near.get(0))
                            + " by year and all but one author.");
                }
            }
        }
        return new Resolved(c, s, span, null, "unresolved", "No reference-list entry or note has a work by "
                + String.join(" and ", c.families()) + " from " + c.year() + ".");
    }

    private static List<Work> byLetter(List<Work> works, String year) {
        if (year.length() == 4) {
            return works;
        }
        List<Work> withLetter = works.stream().filter(w -> w.raw().contains(year)).toList();
        return withLetter.isEmpty() ? works : withLetter;
    }

    private enum Match { EXACT, ALL_BUT_ONE, NONE }

    static Match match(List<String> families, boolean etAl, String year, Work w) {
        Matcher y = YEAR.matcher(w.year());
        if (!y.find() || !y.group(1).equals(year.substring(0, 4))) {
            return Match.NONE;
        }
        List<PersonName> people = WorkMatcher.people(w);
        if (people.isEmpty() || families.isEmpty()) {
            return Match.NONE;
        }
        if (!sameName(families.get(0), people.get(0))) {
            return Match.NONE;
        }
        if (families.size() == 1) {
            return Match.EXACT;
        }
        if (families.size() == people.size()) {
            int different = 0;
            for (int i = 1; i < families.size(); i++) {
                if (!sameName(families.get(i), people.get(i))) {
                    different++;
                }
            }
            return different == 0 ? Match.EXACT
                    : different == 1 && families.size() >= 3 ? Match.ALL_BUT_ONE : Match.NONE;
        }
        // fewer names than the work has (or "et al." missing): each must be one of its authors
        return NameMatcher.families(families, people) != NameMatcher.Closeness.DIFFERENT ? Match.EXACT : Match.NONE;
    }

    /** A surname as the text writes it against a work's person: same or variant surname, or an organisation's initials. */
    private static boolean sameName(String family, PersonName person) {
        if (NameMatcher.family(family, person.family()) != NameMatcher.Closeness.DIFFERENT) {
            return true;
        }
        String written = CitationText.fold(family).replace(" ", "");
        String raw = person.raw().isEmpty() ? person.family() : person.raw();
        return written.length() >= 2 && family.equals(family.toUpperCase(java.util.Locale.ROOT))
                && written.equals(NoteResolver.initials(raw))
                || CitationText.words(raw).size() > 1 && CitationText.titleKey(raw).equals(CitationText.titleKey(family));
    }

    /** The issues of one document. */
    public static List<CitationIssue> audit(ExtractedDocument ed) {
        List<Resolved> cites = resolve(ed);
        List<CitationIssue> out = new ArrayList<>();
        if (cites.isEmpty()) {
            return out;
        }
        DocumentCitations dc = new DocumentCitations(ed);
        Set<Work> citedInText = new LinkedHashSet<>();
        for (Resolved r : cites) {
            if (r.work() != null && dc.bibliography().contains(r.work())) {
                citedInText.add(r.work());
            }
        }
        boolean authorDate = citedInText.size() >= MIN_CITED_ENTRIES;
        Set<String> reported = new java.util.HashSet<>();
        for (Resolved r : cites) {
            TextCitation c = r.citation();
            String where = "the text";
            CitationIssue.Place here = new CitationIssue.Place(dc.id(), r.span(),
                    CitationText.excerpt(r.sentence().text(), DocumentCitations.QUOTE_CHARS), c.text());
            switch (r.resolution()) {
                case "conflict" -> conflict(dc, r, here, out);
                case "unresolved" -> {
                    if (authorDate && confident(r) && reported.add(c.describe())) {
                        out.add(new CitationIssue(ResolutionAudit.UNRESOLVED, c.describe(), "The citation '" + c.text()
                                + "' in " + where + " cites no identifiable work: " + lowerFirst(r.reason()),
                                List.of(here), List.of(c.describe()), 0.8));
                    }
                }
                case "ambiguous" -> {
                    if (authorDate && reported.add(c.describe())) {
                        out.add(new CitationIssue(ResolutionAudit.AMBIGUOUS, c.describe(), "The citation '" + c.text()
                                + "' in " + where + " is ambiguous: " + lowerFirst(r.reason()), List.of(here),
                                List.of(c.describe()), 0.8));
                    }
                }
                default -> variants(dc, r, here, out);
            }
        }
        if (authorDate && mainlyInText(ed, dc, citedInText)) {
            Set<Work> cited = new java.util.HashSet<>(citedInText);
            for (Citation c : ed.citations()) {
                if (c.work() != null) {
                    cited.add(c.work());
                }
            }
            for (Work w : dc.bibliography()) {
                if (cited.contains(w) || WorkMatcher.people(w).isEmpty() || !YEAR.matcher(w.year()).find()
                        || TextCitationParser.readingList(section(ed, w))) {
                    continue;
                }
                out.add(new CitationIssue(UNCITED_ENTRY, NoteResolver.describe(w), "The reference list has "
                        + NoteResolver.describe(w) + " (" + w.year() + "), which no citation in the text or notes"
                        + " cites.", List.of(dc.place(w, w.year())), List.of(NoteResolver.describe(w), w.year()), 0.6));
            }
        }
        return NoteMarkerAudit.capped(out);
    }

    /**
     * Whether the document cites its reference list mainly author–date in the text: more entries cited so than
     * works cited in full in its notes.
     */
    private static boolean mainlyInText(ExtractedDocument ed, DocumentCitations dc, Set<Work> citedInText) {
        long full = ed.citations().stream().filter(c -> c.form().equals("full") && c.work() != null)
                .map(Citation::work).distinct().count();
        return citedInText.size() > full;
    }

    private static String section(ExtractedDocument ed, Work w) {
        return ed.document().bibliography().stream().filter(b -> b.span().overlaps(w.span()) || w.span().contains(b.span()))
                .map(dev.claims.model.BibEntry::section).findFirst().orElse("");
    }

    /**
     * An unresolved citation is reported only when it surely is one: inside parentheses, or naming several authors,
     * or one surname with no capitalised word before it ("the Treaty of Versailles (1919)", "Operation Barbarossa
     * (1941)" are names of things).
     */
    private static boolean confident(Resolved r) {
        TextCitation c = r.citation();
        if (!c.narrative() || c.families().size() > 1 || c.etAl()) {
            return true;
        }
        String before = r.sentence().text().substring(0, c.from()).stripTrailing();
        String[] words = before.split("\\s+");
        if (before.isEmpty()) {
            return true;
        }
        String last = words[words.length - 1];
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            return false;
        }
        if (words.length >= 2 && (last.equals("of") || last.equals("de") || last.equals("at") || last.equals("in"))) {
            String prev = words[words.length - 2];
            return prev.isEmpty() || !Character.isUpperCase(prev.charAt(0));
        }
        return true;
    }

    private static void conflict(DocumentCitations dc, Resolved r, CitationIssue.Place here, List<CitationIssue> out) {
        TextCitation c = r.citation();
        List<PersonName> people = WorkMatcher.people(r.work());
        for (int i = 1; i < c.families().size() && i < people.size(); i++) {
            if (!sameName(c.families().get(i), people.get(i))) {
                String written = c.families().get(i);
                String listed = people.get(i).family();
                out.add(new CitationIssue(WorkAgreementAudit.NAME_CONFLICT, NoteResolver.describe(r.work()),
                        "author's surname: '" + written + "' in the text (" + c.describe() + "), '" + listed + "' in "
                                + dc.where(r.work()) + ": the same work is attributed to different people.",
                        List.of(here, dc.place(r.work(), listed)),
                        List.of("author", WorkMatcher.key("author", written), WorkMatcher.key("author", listed)), 0.8));
            }
        }
    }

    private static void variants(DocumentCitations dc, Resolved r, CitationIssue.Place here, List<CitationIssue> out) {
        TextCitation c = r.citation();
        List<PersonName> people = WorkMatcher.people(r.work());
        if (c.families().size() != people.size() && !(c.families().size() == 1)) {
            return;
        }
        for (int i = 0; i < c.families().size() && i < people.size(); i++) {
            String written = c.families().get(i);
            String listed = people.get(i).family();
            if (NameMatcher.family(written, listed) == NameMatcher.Closeness.VARIANT) {
                out.add(new CitationIssue(WorkAgreementAudit.VARIANT, NoteResolver.describe(r.work()),
                        "author's surname: '" + written + "' in the text, '" + listed + "' in " + dc.where(r.work()) + ".",
                        List.of(here, dc.place(r.work(), listed)), List.of("author", written, listed), 0.7));
            }
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
