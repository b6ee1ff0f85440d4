package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.model.Citation;
import dev.claims.model.Document;
import dev.claims.model.Note;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Resolves every reference in a document's notes to a work: full citations to the bibliography entry (or earlier
 * full note) they describe, short forms ("Roberts, 311-12", "Butler, *Roosevelt and Stalin*, 249") by author
 * family name and short title, "Ibid." to the previous reference. Each citation says why it resolved as it did;
 * an author-only short form matching two works is ambiguous, never guessed.
 *
 * <pre>{@code
 * NoteResolver.Result r = new NoteResolver().resolve(document);
 * r.citations().get(2)   // note 3 "Roosevelt, 251." → Roosevelt, As He Saw It, locator "251", resolved
 * }</pre>
 */
public final class NoteResolver {
    private static final java.util.regex.Pattern REFERENCE_SEPARATOR = java.util.regex.Pattern.compile(";\\s+(?=\\p{Lu})");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /**
     * The resolution of an Ibid. repeating a note that is itself unresolved or ambiguous: it shares that note's
     * problem, which is reported once, at that note.
     */
    public static final String INHERITED = "inherited";
    /** A publication year: the sign that commentary cites a work of its own. */
    private static final java.util.regex.Pattern CITES_WORK = java.util.regex.Pattern.compile(
            "(?<![\\d-–])(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    /**
     * The works a document describes (bibliography first, then full notes) and one citation per note reference.
     *
     * @param works     bibliography works and works parsed from full notes, in that order
     * @param citations citations in note order
     */
    public record Result(List<Work> works, List<Citation> citations) {
        public Result {
            works = List.copyOf(works);
            citations = List.copyOf(citations);
        }
    }

    /** A work a short form can point to, and where it was described first. */
    private record Candidate(Work work, String origin) {
    }

    public Result resolve(Document document) {
        List<Work> bibliography = BibliographyReader.read(document.bibliography(), document.text());
        List<Candidate> candidates = new ArrayList<>();
        bibliography.forEach(w -> candidates.add(new Candidate(w, "the bibliography")));
        List<Work> works = new ArrayList<>(bibliography);
        List<ParsedReference> parsed = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Note n : document.notes()) {
            for (ParsedReference r : references(document.text(), n)) {
                parsed.add(r);
                labels.add(n.label());
            }
        }
        // full notes are candidates from where they stand; short forms before them are reported
        List<Candidate> noteWorks = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        Citation previous = null;
        ParsedReference commentary = null;
        for (int i = 0; i < parsed.size(); i++) {
            ParsedReference r = parsed.get(i);
            String label = labels.get(i);
            ParsedReference before = i > 0 && !labels.get(i - 1).equals(label) ? parsed.get(i - 1) : null;
            commentary = before != null && before.form().equals("unparsed") ? before : null;
            Citation c = switch (r.form()) {
                case "full", "url" -> full(r, label, bibliography, candidates, noteWorks, works);
                case "ibid" -> commentary != null && previous != null && previous.work() != null
                        && mentionsAnotherWork(commentary.text())
                        ? new Citation(label, r.span(), r.text(), "ibid", null, r.locator(), "ambiguous",
                                "Ibid. follows note " + labels.get(i - 1) + ", which cites another work within its"
                                        + " commentary, so it may repeat that work or " + describe(previous.work())
                                        + " of note " + previous.noteLabel() + ".")
                        : ibid(r, label, previous);
                case "short", "op-cit" -> shortForm(r, label, candidates, parsed, labels, i);
                default -> new Citation(label, r.span(), r.text(), "unparsed", null, "", "unresolved",
                        "No reference to a work was recognised in the note.");
            };
            citations.add(c);
            if (!c.form().equals("unparsed")) {
                previous = c;
            }
        }
        return new Result(works, citations);
    }

    /** The references in one note: usually one; several when "; " separates citations that each parse. */
    static List<ParsedReference> references(String text, Note n) {
        String noteText = CitationText.squash(n.text());
        Span noteSpan = locate(text, n.span(), n.text());
        List<ParsedReference> out = new ArrayList<>();
        String[] parts = REFERENCE_SEPARATOR.split(noteText);
        if (parts.length > 1) {
            for (String part : parts) {
                Optional<ParsedReference> r = one(part, locate(text, n.span(), part));
                boolean labelledLink = r.isPresent() && r.get().form().equals("url") && !r.get().work().title().isEmpty();
                if (r.isEmpty() || labelledLink) {
                    out.clear();
                    break;
                }
                out.add(r.get());
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Optional<ParsedReference> r = one(noteText, noteSpan);
        return List.of(r.orElse(new ParsedReference("unparsed", null, List.of(), "", "", noteText, noteSpan)));
    }

    private static Optional<ParsedReference> one(String text, Span span) {
        Optional<ParsedReference> shortForm = ShortFormParser.parse(text, span);
        if (shortForm.isPresent() && shortForm.get().form().equals("ibid")) {
            return shortForm;
        }
        Optional<ParsedReference> full = WorkParser.parse(text, span, WorkParser.Origin.NOTE);
        if (full.isPresent()) {
            return full;
        }
        return shortForm;
    }

    private static Span locate(String text, Span within, String part) {
        String region = within.of(text);
        int at = region.indexOf(part.strip());
        if (at < 0) {
            return within;
        }
        return new Span(within.start() + at, within.start() + at + part.strip().length());
    }

    private Citation full(ParsedReference r, String label, List<Work> bibliography, List<Candidate> candidates,
                          List<Candidate> noteWorks, List<Work> works) {
        Work own = r.work();
        works.add(own);
        for (Work b : bibliography) {
            if (WorkMatcher.sameWork(own, b)) {
                return new Citation(label, r.span(), r.text(), r.form(), b, r.locator(), "resolved",
                        "Full citation of " + describe(b) + ", matching its bibliography entry.");
            }
        }
        for (Candidate c : noteWorks) {
            if (WorkMatcher.sameWork(own, c.work())) {
                return new Citation(label, r.span(), r.text(), r.form(), c.work(), r.locator(), "resolved",
                        "Repeats the full citation of " + describe(c.work()) + " in " + c.origin() + ".");
            }
        }
        Candidate fresh = new Candidate(own, "note " + label);
        noteWorks.add(fresh);
        candidates.add(fresh);
        String reason = r.form().equals("url") ? "A link to " + (own.title().isEmpty() ? own.url() : own.title()) + "."
                : "Full citation of " + describe(own) + (bibliography.isEmpty() ? "." : "; the bibliography has no entry for it.");
        return new Citation(label, r.span(), r.text(), r.form(), own, r.locator(), "resolved", reason);
    }

    /** Commentary that gives a publication year cites a work of its own ("See L. Wittgenstein, …, 1953"). */
    static boolean mentionsAnotherWork(String commentary) {
        return CITES_WORK.matcher(commentary).find();
    }

    private static Citation ibid(ParsedReference r, String label, Citation previous) {
        if (previous == null) {
            return new Citation(label, r.span(), r.text(), "ibid", null, r.locator(), "unresolved",
                    "Ibid. in the first note has no preceding citation to repeat.");
        }
        if (previous.work() == null) {
            return new Citation(label, r.span(), r.text(), "ibid", null, r.locator(), INHERITED,
                    "Ibid. repeats note " + previous.noteLabel() + ", which does not resolve to a single work"
                            + " (reported there).");
        }
        String locator = r.locator().isEmpty() ? previous.locator() : r.locator();
        return new Citation(label, r.span(), r.text(), "ibid", previous.work(), locator, "resolved",
                "Ibid. repeats note " + previous.noteLabel() + ": " + describe(previous.work()) + ".");
    }

    private Citation shortForm(ParsedReference r, String label, List<Candidate> candidates,
                               List<ParsedReference> parsed, List<String> labels, int index) {
        String who = r.families().isEmpty() ? "" : String.join(" and ", r.families());
        String what = (who.isEmpty() ? "" : who) + (r.shortTitle().isEmpty() ? "" : (who.isEmpty() ? "" : ", ")
                + "'" + r.shortTitle() + "'");
        List<Candidate> best = new ArrayList<>();
        int bestScore = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            int score = score(r, c.work());
            if (score < 0) {
                continue;
            }
            if (score < bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(c);
            }
        }
        if (best.size() == 1) {
            Work w = best.get(0).work();
            String variance = bestScore > 0 ? ", with a different spelling" : "";
            return new Citation(label, r.span(), r.text(), r.form(), w, r.locator(), "resolved",
                    "Short form " + what + " matches " + describe(w) + " in " + best.get(0).origin() + variance + ".");
        }
        if (best.size() > 1) {
            List<String> titles = best.stream().map(c -> describe(c.work())).toList();
            return new Citation(label, r.span(), r.text(), r.form(), null, r.locator(), "ambiguous",
                    "Short form " + what + " matches " + best.size() + " works: " + String.join("; ", titles) + ".");
        }
        // cited in full only later?
        for (int j = index + 1; j < parsed.size(); j++) {
            ParsedReference later = parsed.get(j);
            if (later.work() != null && later.form().equals("full") && score(r, later.work()) >= 0) {
                return new Citation(label, r.span(), r.text(), r.form(), null, r.locator(), "unresolved",
                        "Short form " + what + " comes before the work's full citation in note " + labels.get(j) + ".");
            }
        }
        String reason = r.families().isEmpty()
                ? "No full citation or bibliography entry has a title like '" + r.shortTitle() + "'."
                : r.shortTitle().isEmpty() || candidates.stream().noneMatch(c -> score(
                        new ParsedReference("short", null, r.families(), "", "", "", r.span()), c.work()) >= 0)
                        ? "No full citation or bibliography entry has an author named " + who + "."
                        : "No work by " + who + " in the notes or bibliography has a title like '" + r.shortTitle() + "'.";
        return new Citation(label, r.span(), r.text(), r.form(), null, r.locator(), "unresolved", reason);
    }

    /** -1 when the short form cannot denote the work; else 0 for an exact match, higher for spelling variants. */
    static int score(ParsedReference r, Work w) {
        int score = 0;
        if (!r.year().isEmpty() && !r.year().equals(w.year())) {
            return -1;
        }
        if (!r.families().isEmpty()) {
            List<PersonName> people = new ArrayList<>(w.authors());
            people.addAll(w.editors());
            NameMatcher.Closeness c = NameMatcher.families(r.families(), people);
            if (c == NameMatcher.Closeness.DIFFERENT) {
                return -1;
            }
            score += c == NameMatcher.Closeness.VARIANT ? 1 : 0;
        }
        if (!r.shortTitle().isEmpty()) {
            NameMatcher.Closeness t = shortTitle(r.shortTitle(), w);
            if (t == NameMatcher.Closeness.DIFFERENT) {
                return -1;
            }
            score += t == NameMatcher.Closeness.VARIANT ? 1 : 0;
        }
        return score;
    }

    /** Whether a short title abbreviates a work's title: its opening words (same), other words of it (variant). */
    public static NameMatcher.Closeness shortTitle(String shortTitle, Work w) {
        String s = CitationText.titleKey(shortTitle);
        String main = CitationText.titleKey(w.title());
        String full = WorkMatcher.fullTitleKey(w);
        if (s.isEmpty()) {
            return NameMatcher.Closeness.SAME;
        }
        if (main.equals(s) || full.equals(s) || full.startsWith(s + " ")) {
            return NameMatcher.Closeness.SAME;
        }
        if ((" " + full + " ").contains(" " + s + " ") || JARO_WINKLER.apply(s, main) >= 0.92) {
            return NameMatcher.Closeness.VARIANT;
        }
        // "AWS Glue User Guide" for "Glue User Guide" by Amazon Web Services: the title with its maker's name before it
        if (main.contains(" ") && s.endsWith(" " + main)) {
            String maker = s.substring(0, s.length() - main.length()).replace(" ", "");
            boolean named = w.authors().stream().anyMatch(p -> maker.equals(initials(p.raw()))
                    || maker.equals(CitationText.titleKey(p.raw()).replace(" ", "")));
            return named ? NameMatcher.Closeness.SAME : NameMatcher.Closeness.VARIANT;
        }
        return NameMatcher.Closeness.DIFFERENT;
    }

    /** "Amazon Web Services" → "aws". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : CitationText.words(name)) {
            b.append(word.charAt(0));
        }
        return b.toString();
    }

    /** "Roberts, Stalin's Wars" */
    public static String describe(Work w) {
        List<PersonName> people = WorkMatcher.people(w);
        String who = people.isEmpty() ? "" : people.get(0).family() + (people.size() > 1 ? " et al." : "") + ", ";
        String title = w.title().isEmpty() ? (w.url().isEmpty() ? w.container() : w.url()) : w.title();
        return who + title;
    }
}
