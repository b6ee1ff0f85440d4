package dev.claims.citation;

import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every description of the same work agrees: a full note against the bibliography entry (or earlier
 * full note) it matches, a short form's author and short title against the work it resolves to, a place of
 * publication against its publisher's known seat, and one document's description against another's. Differences
 * that cannot both be right (another place, year, person) are {@code citation-conflict}; spelling variants of the
 * same value are {@code citation-variant}.
 */
public final class WorkAgreementAudit {
    public static final String VARIANT = "citation-variant";
    public static final String CONFLICT = "citation-conflict";

    private WorkAgreementAudit() {
    }

    /** Issues inside each document and across every pair of documents. */
    public static List<CitationIssue> audit(List<ExtractedDocument> documents) {
        List<DocumentCitations> docs = documents.stream().map(DocumentCitations::new).toList();
        List<CitationIssue> out = new ArrayList<>();
        for (DocumentCitations dc : docs) {
            within(dc, out);
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                across(docs.get(i), docs.get(j), out);
            }
        }
        return out;
    }

    private static void within(DocumentCitations dc, List<CitationIssue> out) {
        Set<String> placeReported = new HashSet<>();
        for (Citation c : dc.document().citations()) {
            if (c.work() == null) {
                continue;
            }
            if (c.form().equals("full")) {
                Optional<Work> own = dc.noteWorks().stream().filter(w -> w.span().equals(c.span())).findFirst();
                if (own.isPresent() && own.get() != c.work()) {
                    for (FactDifference d : WorkMatcher.differences(own.get(), c.work())) {
                        out.add(issue(d, c.work(), "note " + c.noteLabel(), dc.where(c.work()),
                                dc.place(own.get(), d.first()), dc.place(c.work(), d.second())));
                        if (d.field().equals("place")) {
                            placeReported.add(c.noteLabel());
                        }
                    }
                }
            } else if (c.form().equals("short") || c.form().equals("op-cit")) {
                shortForm(dc, c, out);
            }
        }
        // places that cannot be the publisher's
        Set<String> seen = new HashSet<>();
        List<Work> all = new ArrayList<>(dc.bibliography());
        all.addAll(dc.noteWorks());
        for (Work w : all) {
            Optional<String> problem = PublisherPlaces.load().problem(w.place(), w.publisher());
            if (problem.isEmpty() || !seen.add(CitationText.fold(w.place() + "|" + w.publisher()))) {
                continue;
            }
            Optional<Citation> cited = dc.citationAt(w.span());
            if (cited.isPresent() && placeReported.contains(cited.get().noteLabel())) {
                continue;
            }
            List<CitationIssue.Place> places = new ArrayList<>();
            places.add(dc.place(w, w.place()));
            String also = "";
            if (cited.isPresent() && cited.get().work() != null && cited.get().work() != w) {
                Work entry = cited.get().work();
                places.add(dc.place(entry, entry.place()));
                also = entry.place().isEmpty() ? " (" + dc.where(entry) + " gives no place)"
                        : " (" + dc.where(entry) + " gives '" + entry.place() + "')";
            }
            out.add(new CitationIssue(CONFLICT, NoteResolver.describe(w), "place of publication: '" + w.place()
                    + "' in " + dc.where(w) + ", but " + problem.get() + also + ".", places,
                    List.of("place", w.place(), w.publisher()), 0.7));
        }
    }

    private static void shortForm(DocumentCitations dc, Citation c, List<CitationIssue> out) {
        Optional<ParsedReference> p = ShortFormParser.parse(c.text(), c.span());
        if (p.isEmpty()) {
            return;
        }
        Work w = c.work();
        List<PersonName> people = new ArrayList<>(w.authors());
        people.addAll(w.editors());
        for (String family : p.get().families()) {
            PersonName closest = null;
            NameMatcher.Closeness best = NameMatcher.Closeness.DIFFERENT;
            for (PersonName person : people) {
                NameMatcher.Closeness cl = NameMatcher.family(family, person.family());
                if (cl.ordinal() < best.ordinal()) {
                    best = cl;
                    closest = person;
                }
            }
            if (best == NameMatcher.Closeness.VARIANT) {
                FactDifference d = new FactDifference("author", "author's surname", family, closest.family(), false);
                out.add(issue(d, w, "note " + c.noteLabel(), dc.where(w), dc.place(c, family),
                        dc.place(w, closest.family())));
            }
        }
        String shortTitle = p.get().shortTitle();
        if (!shortTitle.isEmpty() && NoteResolver.shortTitle(shortTitle, w) == NameMatcher.Closeness.VARIANT) {
            out.add(new CitationIssue(VARIANT, NoteResolver.describe(w), "short title: '" + shortTitle + "' in note "
                    + c.noteLabel() + " is not the opening of the title '" + w.title() + "' in " + dc.where(w) + ".",
                    List.of(dc.place(c, shortTitle), dc.place(w, w.title())), List.of("title", shortTitle, w.title()), 0.8));
        }
    }

    private static void across(DocumentCitations a, DocumentCitations b, List<CitationIssue> out) {
        Set<String> reported = new HashSet<>();
        List<Work> wa = new ArrayList<>(a.bibliography());
        wa.addAll(a.noteWorks());
        List<Work> wb = new ArrayList<>(b.bibliography());
        wb.addAll(b.noteWorks());
        for (Work x : wa) {
            for (Work y : wb) {
                if (!WorkMatcher.sameWork(x, y)) {
                    continue;
                }
                for (FactDifference d : WorkMatcher.differences(x, y)) {
                    String key = d.field() + "|" + CitationText.fold(d.first()) + "|" + CitationText.fold(d.second());
                    if (!reported.add(key)) {
                        continue;
                    }
                    out.add(issue(d, x, a.where(x) + " of " + a.id(), b.where(y) + " of " + b.id(),
                            a.place(x, d.first()), b.place(y, d.second())));
                }
            }
        }
    }

    private static CitationIssue issue(FactDifference d, Work subject, String whereFirst, String whereSecond,
                                       CitationIssue.Place first, CitationIssue.Place second) {
        String message = d.label() + ": '" + d.first() + "' in " + whereFirst + ", '" + d.second() + "' in "
                + whereSecond + ".";
        return new CitationIssue(d.conflict() ? CONFLICT : VARIANT, NoteResolver.describe(subject), message,
                List.of(first, second), List.of(d.field(), d.first(), d.second()), d.conflict() ? 0.8 : 0.7);
    }
}
