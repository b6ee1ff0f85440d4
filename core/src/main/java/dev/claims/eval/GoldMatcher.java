package dev.claims.eval;

import dev.claims.ClaimsException;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Matches findings to gold rows and scores them.
 *
 * <p>A finding can match a row when the kinds are equal (and the rules, if the row names one) and, for at least two
 * of the row's evidence items (all of them if the row has fewer than two), some evidence of the finding in the same
 * document has a span overlapping an occurrence of that item's quote in the document's original text. Quotes are
 * located by exact search; a quote that does not occur, or a document that is not in the corpus, is an error naming
 * the row. Each finding matches at most one row and each row at most one finding: candidate pairs are taken greedily,
 * most covered items first, then most overlapping characters, then gold row order, then report order.
 *
 * <pre>{@code
 * Extraction ex = checker.extract(paths);
 * Report report = checker.check(ex);
 * EvalResult r = new GoldMatcher(GoldFile.read(gold), goldPath).score(ex.documents(), report.findings());
 * r.kind(FindingKind.CONTRADICTION).recall();
 * }</pre>
 */
public final class GoldMatcher {
    private final GoldFile gold;
    private final Path source;

    /**
     * @param gold   the gold file
     * @param source where it was read from (named in errors), or null
     */
    public GoldMatcher(GoldFile gold, Path source) {
        this.gold = gold;
        this.source = source;
    }

    /** Scores findings over an extracted corpus (its documents supply the original texts). */
    public EvalResult score(List<ExtractedDocument> corpus, List<Finding> findings) {
        Map<String, String> texts = new HashMap<>();
        for (ExtractedDocument d : corpus) {
            texts.put(d.id(), d.document().text());
        }
        return score(texts::get, findings);
    }

    /** Scores findings; {@code textOf} returns a document's original text by id, or null when it is unknown. */
    public EvalResult score(Function<String, String> textOf, List<Finding> findings) {
        List<GoldRow> rows = gold.rows();
        List<List<List<Span>>> located = new ArrayList<>(rows.size());
        for (GoldRow row : rows) {
            located.add(locate(row, textOf));
        }
        record Candidate(int row, int finding, int covered, long overlap) {
        }
        Map<String, List<Integer>> findingsByDocument = new HashMap<>();
        for (int f = 0; f < findings.size(); f++) {
            for (Evidence ev : findings.get(f).evidence()) {
                List<Integer> list = findingsByDocument.computeIfAbsent(ev.document(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != f) {
                    list.add(f);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            GoldRow row = rows.get(r);
            java.util.SortedSet<Integer> near = new java.util.TreeSet<>();
            for (GoldEvidence e : row.evidence()) {
                near.addAll(findingsByDocument.getOrDefault(e.document(), List.of()));
            }
            for (int f : near) {
                Finding finding = findings.get(f);
                if (finding.kind() != row.kind() || (row.rule() != null && !refines(finding.rule(), row.rule()))) {
                    continue;
                }
                int covered = 0;
                long overlap = 0;
                for (int i = 0; i < row.evidence().size(); i++) {
                    long o = overlap(row.evidence().get(i).document(), located.get(r).get(i), finding.evidence());
                    if (o > 0) {
                        covered++;
                        overlap += o;
                    }
                }
                if (covered >= row.required()) {
                    candidates.add(new Candidate(r, f, covered, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::covered).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::overlap).reversed())
                .thenComparingInt(Candidate::row)
                .thenComparingInt(Candidate::finding));
        Match[] byRow = new Match[rows.size()];
        boolean[] used = new boolean[findings.size()];
        for (Candidate c : candidates) {
            if (byRow[c.row()] == null && !used[c.finding()]) {
                byRow[c.row()] = new Match(rows.get(c.row()), findings.get(c.finding()), c.covered());
                used[c.finding()] = true;
            }
        }
        List<Match> matches = new ArrayList<>();
        List<GoldRow> missed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (byRow[r] != null) {
                matches.add(byRow[r]);
            } else {
                missed.add(rows.get(r));
            }
        }
        List<Finding> unmatched = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            if (!used[f]) {
                unmatched.add(findings.get(f));
            }
        }
        return tally(matches, missed, unmatched);
    }

    private EvalResult tally(List<Match> matches, List<GoldRow> missed, List<Finding> unmatched) {
        Map<FindingKind, Score> byKind = new EnumMap<>(FindingKind.class);
        for (FindingKind k : FindingKind.values()) {
            byKind.put(k, Score.ZERO);
        }
        Map<String, Score> byRule = new TreeMap<>();
        for (Match m : matches) {
            byKind.merge(m.row().kind(), new Score(1, 0, 0), Score::plus);
            byRule.merge(m.finding().rule(), new Score(1, 0, 0), Score::plus);
        }
        for (Finding f : unmatched) {
            byKind.merge(f.kind(), new Score(0, 1, 0), Score::plus);
            byRule.merge(f.rule(), new Score(0, 1, 0), Score::plus);
        }
        for (GoldRow r : missed) {
            byKind.merge(r.kind(), new Score(0, 0, 1), Score::plus);
            byRule.merge(r.rule() != null ? r.rule() : "(any " + r.kind().id() + ")", new Score(0, 0, 1), Score::plus);
        }
        Score overall = byKind.values().stream().reduce(Score.ZERO, Score::plus);
        return new EvalResult(gold.description(), overall, byKind, byRule, matches, missed, unmatched);
    }

    /** Occurrences of each evidence quote of the row, in evidence order. */
    private List<List<Span>> locate(GoldRow row, Function<String, String> textOf) {
        List<List<Span>> out = new ArrayList<>();
        for (GoldEvidence e : row.evidence()) {
            String text = textOf.apply(e.document());
            if (text == null) {
                throw new ClaimsException(source, "gold row '" + row.id() + "': document '" + e.document()
                        + "' is not in the corpus checked");
            }
            List<Span> spans = new ArrayList<>();
            for (int at = text.indexOf(e.quote()); at >= 0; at = text.indexOf(e.quote(), at + 1)) {
                spans.add(new Span(at, at + e.quote().length()));
            }
            if (spans.isEmpty()) {
                throw new ClaimsException(source, "gold row '" + row.id() + "': quote not found in " + e.document()
                        + ": \"" + abbreviate(e.quote()) + "\"");
            }
            out.add(spans);
        }
        return out;
    }

    /** Characters of the finding's evidence in {@code document} overlapping any occurrence; 0 when none overlaps. */
    private static long overlap(String document, List<Span> occurrences, List<Evidence> evidence) {
        long best = 0;
        for (Evidence ev : evidence) {
            if (!ev.document().equals(document)) {
                continue;
            }
            Span s = ev.span();
            for (Span o : occurrences) {
                if (overlaps(s, o)) {
                    best = Math.max(best, Math.max(1, Math.min(s.end(), o.end()) - Math.max(s.start(), o.start())));
                }
            }
        }
        return best;
    }

    /** Overlap of half-open spans; an empty evidence span counts when it lies inside the occurrence. */
    private static boolean overlaps(Span evidence, Span occurrence) {
        if (evidence.length() == 0) {
            return occurrence.start() <= evidence.start() && evidence.start() < occurrence.end();
        }
        return evidence.overlaps(occurrence);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * True when a finding's rule is the row's rule or a refinement of it named with a prefix: the frame rule
     * {@code event-date-agreement} reports what {@code date-agreement} names (a date agreement), more narrowly.
     */
    static boolean refines(String findingRule, String rowRule) {
        return findingRule.equals(rowRule) || findingRule.endsWith("-" + rowRule)
                || rowRule.equals(SAME_KIND.get(findingRule));
    }

    /**
     * Rules that speak to the same kind of row under another name: a person's title read by the title grammar
     * ({@code role-agreement}, {@code title-mismatch}) is the office a row asks about, as the dev scorer has it
     * ("an office rule to a title row").
     */
    private static final java.util.Map<String, String> SAME_KIND = java.util.Map.of(
            "role-agreement", "office-agreement", "title-mismatch", "office-mismatch");
}
