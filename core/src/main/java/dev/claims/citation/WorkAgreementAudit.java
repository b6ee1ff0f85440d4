package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.model.Citation;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every description of the same work agrees: a full note against the bibliography entry (or earlier
 * full note) it matches, a short form's author and short title against the work it resolves to, a place of
 * publication against its publisher's known seat, and one document's description against another's. Two
 * descriptions giving the same work facts that cannot both be right are contradictions between statements: another
 * person is {@code name-conflict}, another place, publisher, year, volume, issue or journal {@code work-mismatch}.
 * Spelling variants of the same value are {@code citation-variant}; a place its publisher does not publish in
 * (checked against reference data, not another statement) is {@code citation-conflict}.
 */
public final class WorkAgreementAudit {
    public static final String VARIANT = "citation-variant";
    /** A description contradicted by reference data: a place where its publisher does not publish. */
    public static final String CONFLICT = "citation-conflict";
    /** Two descriptions attribute the same work to different people. */
    public static final String NAME_CONFLICT = "name-conflict";
    /** Two descriptions give the same work another place, publisher, year, volume, issue or journal. */
    public static final String WORK_MISMATCH = "work-mismatch";

    private WorkAgreementAudit() {
    }

    /** Issues inside each document and across documents. */
    public static List<CitationIssue> audit(List<ExtractedDocument> documents) {
        List<DocumentCitations> docs = documents.stream().map(DocumentCitations::new).toList();
        List<CitationIssue> out = new ArrayList<>();
        for (DocumentCitations dc : docs) {
            within(dc, out);
        }
        across(documents, docs, out);
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
                    for (FactDifference d : differences(own.get(), c.work())) {
                        out.add(issue(d, c.work(), "note " + c.noteLabel(), dc.where(c.work()),
                                dc.place(own.get(), d.first()), dc.place(c.work(), d.second())));
                        if (d.field().equals("place") || d.field().equals("publisher")) {
                            placeReported.add(c.noteLabel());
                        }
                    }
                }
            } else if (c.form().equals("short") || c.form().equals("op-cit")) {
                shortForm(dc, c, out);
            }
        }
        // titles their own URL contradicts ("The Sinews of War" at …/the-sinews-of-peace/)
        Set<String> urls = new HashSet<>();
        List<Work> described = new ArrayList<>(dc.bibliography());
        described.addAll(dc.noteWorks());
        for (Work w : described) {
            String slug = urlSlug(w.url());
            if (slug.isEmpty() || !urls.add(w.url()) || !slugContradictsTitle(w.title() + " " + w.subtitle(), slug)) {
                continue;
            }
            out.add(new CitationIssue(VARIANT, NoteResolver.describe(w), "title: '" + w.title() + "' in " + dc.where(w)
                    + ", but its URL names '" + slug + "'.", List.of(dc.place(w, w.title())),
                    List.of("title", w.title(), slug), 0.6));
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
                places.add(dc.place(entry, entry.place().isEmpty() ? entry.publisher() : entry.place()));
                also = entry.place().isEmpty() ? " (" + dc.where(entry) + " gives no place)"
                        : " (" + dc.where(entry) + " gives '" + entry.place() + "')";
            }
            out.add(new CitationIssue(CONFLICT, NoteResolver.describe(w), "place of publication: '" + w.place()
                    + "' in " + dc.where(w) + ", but " + problem.get() + also + ".", places,
                    List.of("place", w.place(), w.publisher()), 0.7));
        }
    }

    /** The last path segment of a URL without its extension ("the-sinews-of-peace"), empty when none. */
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("^https?://[^/]{1,300}");
    private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("[?#].*$");
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    static String urlSlug(String url) {
        String path = QUERY.matcher(HOST.matcher(url).replaceFirst("")).replaceFirst("");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = EXTENSION.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
        return last.contains("-") || last.contains("_") ? last : "";
    }

    /**
     * True when a URL slug spells the title with a word replaced: all but one of the title's words are in the slug,
     * and the slug has a significant word the title lacks ("sinews of war" / "sinews-of-peace").
     */
    static boolean slugContradictsTitle(String title, String slug) {
        List<String> t = CitationText.words(title).stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
        List<String> s = CitationText.words(slug.replace('-', ' ').replace('_', ' ')).stream()
                .filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
        if (t.size() < 3 || s.size() < 3) {
            return false;
        }
        List<String> missing = t.stream().filter(w -> !s.contains(w)).toList();
        List<String> extra = s.stream().filter(w -> !t.contains(w) && w.length() >= 3).toList();
        return missing.size() == 1 && missing.get(0).length() >= 3 && extra.size() == 1;
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

    /**
     * Across documents: for every work cited by two or more documents, each document's description of it (its
     * bibliography entry, else its first full note) is compared field by field; a field with two or more different
     * values gives one issue listing each value with the first document that gives it.
     */
    private static void across(List<ExtractedDocument> documents, List<DocumentCitations> docs, List<CitationIssue> out) {
        java.util.Map<String, DocumentCitations> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        // which documents hold each work (by equality) in their bibliography and in their notes: every work is
        // hashed once, not once per field and document
        java.util.Map<Work, List<String>> inBibliographies = new java.util.HashMap<>();
        java.util.Map<Work, List<String>> inNotes = new java.util.HashMap<>();
        docs.forEach(d -> {
            holders(d.bibliography(), d.id(), inBibliographies);
            holders(d.noteWorks(), d.id(), inNotes);
        });
        for (CorpusWorks.Entry entry : CorpusWorks.of(documents)) {
            if (entry.documentIds().size() < 2) {
                continue;
            }
            // each document's descriptions of the work, in the entry's order: from its bibliography, from its notes
            java.util.Map<String, List<Work>> bibliographyOf = new java.util.HashMap<>();
            java.util.Map<String, List<Work>> notesOf = new java.util.HashMap<>();
            for (Work w : entry.descriptions()) {
                inBibliographies.getOrDefault(w, List.of())
                        .forEach(id -> bibliographyOf.computeIfAbsent(id, k -> new ArrayList<>()).add(w));
                inNotes.getOrDefault(w, List.of()).forEach(id -> notesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(w));
            }
            Differences memo = new Differences();
            for (String field : FIELDS) {
                // each document's value: its bibliography entry's, else its first full note's that states the field
                java.util.Map<String, Work> reps = new java.util.LinkedHashMap<>();
                for (String id : entry.documentIds()) {
                    Work rep = firstStating(field, bibliographyOf.getOrDefault(id, List.of()));
                    if (rep == null) {
                        rep = firstStating(field, notesOf.getOrDefault(id, List.of()));
                    }
                    if (rep != null) {
                        reps.put(id, rep);
                    }
                }
                fieldAcross(field, entry, reps, byId, out, memo);
            }
        }
    }

    /** Files each of {@code works} (once per work, however often the document holds it) under document {@code id}. */
    private static void holders(List<Work> works, String id, java.util.Map<Work, List<String>> holders) {
        for (Work w : works) {
            List<String> ids = holders.computeIfAbsent(w, k -> new ArrayList<>());
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
                ids.add(id);
            }
        }
    }

    /** The first of {@code works} that states {@code field}, or null. */
    private static Work firstStating(String field, List<Work> works) {
        for (Work w : works) {
            if (states(field, w)) {
                return w;
            }
        }
        return null;
    }

    private static final List<String> FIELDS = List.of("author", "title", "container", "place", "publisher", "year",
            "volume", "issue");

    private static void fieldAcross(String field, CorpusWorks.Entry entry, java.util.Map<String, Work> reps,
                                    java.util.Map<String, DocumentCitations> byId, List<CitationIssue> out,
                                    Differences memo) {
        // groups of documents agreeing on the field: representative work, documents
        List<Work> groupRep = new ArrayList<>();
        List<List<String>> groupDocs = new ArrayList<>();
        for (java.util.Map.Entry<String, Work> e : reps.entrySet()) {
            Work w = e.getValue();
            int g = -1;
            for (int i = 0; i < groupRep.size() && g < 0; i++) {
                if (memo.differ(field, w, groupRep.get(i)).isEmpty()) {
                    g = i;
                }
            }
            if (g < 0) {
                if (!states(field, w)) {
                    continue;
                }
                groupRep.add(w);
                groupDocs.add(new ArrayList<>());
                g = groupRep.size() - 1;
            }
            groupDocs.get(g).add(e.getKey());
        }
        if (groupRep.size() < 2) {
            return;
        }
        boolean conflict = false;
        String label = field;
        List<String> parts = new ArrayList<>();
        List<CitationIssue.Place> places = new ArrayList<>();
        List<String> values = new ArrayList<>(List.of(field));
        for (int i = 0; i < groupRep.size(); i++) {
            for (int j = i + 1; j < groupRep.size(); j++) {
                for (FactDifference d : memo.differ(field, groupRep.get(i), groupRep.get(j))) {
                    conflict |= d.conflict();
                    label = d.label();
                }
            }
        }
        for (int i = 0; i < groupRep.size(); i++) {
            Work w = groupRep.get(i);
            String doc = groupDocs.get(i).get(0);
            DocumentCitations dc = byId.get(doc);
            String value = value(field, w);
            for (int j = 0; j < groupRep.size(); j++) {
                List<FactDifference> d = j == i ? List.of() : memo.differ(field, w, groupRep.get(j));
                if (!d.isEmpty()) {
                    value = d.get(0).first();
                    break;
                }
            }
            int others = groupDocs.get(i).size() - 1;
            parts.add("'" + value + "' in " + dc.where(w) + " of " + doc
                    + (others == 0 ? "" : " and " + others + (others == 1 ? " other document" : " other documents")));
            places.add(dc.place(w, value));
            values.add(conflict ? WorkMatcher.key(field, value) : value);
        }
        String rule = rule(field, conflict);
        out.add(new CitationIssue(rule, NoteResolver.describe(entry.work()),
                label + ": " + String.join(", ", parts) + consequence(rule), places, values, conflict ? 0.8 : 0.7));
    }

    /**
     * {@link #differences} of two descriptions of one corpus work, computed once per ordered pair and then filtered by
     * field (each field of a work cited across documents compares the same descriptions).
     */
    private static final class Differences {
        private record Pair(Work a, Work b) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Pair p && p.a == a && p.b == b;
            }

            @Override
            public int hashCode() {
                return 31 * System.identityHashCode(a) + System.identityHashCode(b);
            }
        }

        private final java.util.Map<Pair, List<FactDifference>> known = new java.util.HashMap<>();

        List<FactDifference> differ(String field, Work a, Work b) {
            return known.computeIfAbsent(new Pair(a, b), k -> differences(a, b)).stream()
                    .filter(d -> d.field().equals(field)).toList();
        }
    }

    /**
     * The facts two descriptions state differently, except two places that are both seats of the press that
     * publishes the work ("Oxford" / "New York" for Oxford University Press): title pages name several, and either is
     * right.
     */
    static List<FactDifference> differences(Work a, Work b) {
        String publisher = a.publisher().isEmpty() ? b.publisher() : a.publisher();
        PublisherPlaces seats = PublisherPlaces.load();
        return WorkMatcher.differences(a, b).stream().filter(d -> !d.field().equals("place")
                || !seats.isSeat(a.place(), publisher) || !seats.isSeat(b.place(), publisher)).toList();
    }

    private static boolean states(String field, Work w) {
        return !value(field, w).isEmpty();
    }

    private static String value(String field, Work w) {
        return switch (field) {
            case "author" -> WorkMatcher.people(w).isEmpty() ? "" : WorkMatcher.people(w).get(0).family();
            case "title" -> w.title();
            case "container" -> w.container();
            case "place" -> w.place();
            case "publisher" -> w.publisher();
            case "year" -> w.year();
            case "volume" -> w.volume();
            default -> w.issue();
        };
    }

    private static CitationIssue issue(FactDifference d, Work subject, String whereFirst, String whereSecond,
                                       CitationIssue.Place first, CitationIssue.Place second) {
        String rule = rule(d.field(), d.conflict());
        String message = d.label() + ": '" + d.first() + "' in " + whereFirst + ", '" + d.second() + "' in "
                + whereSecond + consequence(rule);
        List<String> values = d.conflict()
                ? List.of(d.field(), WorkMatcher.key(d.field(), d.first()), WorkMatcher.key(d.field(), d.second()))
                : List.of(d.field(), d.first(), d.second());
        return new CitationIssue(rule, NoteResolver.describe(subject), message, List.of(first, second), values,
                d.conflict() ? 0.8 : 0.7);
    }

    /** The rule of a difference in a field: a spelling variant, another person, or another fact about the work. */
    static String rule(String field, boolean conflict) {
        if (!conflict) {
            return VARIANT;
        }
        return field.equals("author") || field.equals("editor") ? NAME_CONFLICT : WORK_MISMATCH;
    }

    /** The end of a message: what the difference means. */
    private static String consequence(String rule) {
        return switch (rule) {
            case NAME_CONFLICT -> ": the same work is attributed to different people.";
            case WORK_MISMATCH -> ": the descriptions of the same work disagree.";
            default -> ".";
        };
    }
}
