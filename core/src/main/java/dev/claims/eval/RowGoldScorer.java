package dev.claims.eval;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores findings against a {@link RowGold} by the rules of the reference scorer {@code score_findings.py}.
 *
 * <p>A finding <em>covers</em> a row when its rule speaks to the row's kind and its evidence hits mentions of the
 * row in at least two different files. An evidence item hits a mention when it is in the mention's file (its path's
 * file name or its document id is the file, or starts with the file name without extension) and its quote and value
 * together hold at least half of the mention quote's {@linkplain ContentWords content words} (any evidence in the
 * file hits a quote without content words). A rule speaks to kinds by the words it contains:
 *
 * <pre>
 * date time range sequence chronolog duration period   date, time, count, figure rows
 * quantity count figure amount percent number          count, figure rows
 * office title holder role                             title rows
 * name spelling variant                                name, title, place rows
 * place location                                       place rows
 * </pre>
 *
 * <p>A rule with none of these words, and a row without a kind (every trap), fit anything.
 *
 * <p>Recall counts only rows that quote two or more files: a CONTRADICT row is found by a contradiction finding, an
 * AGREE row by an agreement or variant finding. Each contradiction finding is then right (it covers a CONTRADICT
 * row), wrong (an AGREE row or a trap) or unjudged (neither).
 *
 * <pre>{@code
 * RowGoldResult r = new RowGoldScorer().score(RowGold.read(Path.of("dev/apollo11/gold.json")), report.findings());
 * r.contradictionRecall();
 * }</pre>
 */
public final class RowGoldScorer {
    private static final List<Family> FAMILIES = List.of(
            new Family(List.of("date", "time", "range", "sequence", "chronolog", "duration", "period"),
                    Set.of("date", "time", "count", "figure")),
            new Family(List.of("quantity", "count", "figure", "amount", "percent", "number"), Set.of("count", "figure")),
            new Family(List.of("office", "title", "holder", "role"), Set.of("title")),
            new Family(List.of("name", "spelling", "variant"), Set.of("name", "title", "place")),
            new Family(List.of("place", "location"), Set.of("place")));

    private record Family(List<String> ruleWords, Set<String> kinds) {
    }

    public RowGoldResult score(RowGold gold, List<Finding> findings) {
        List<Finding> contra = findings.stream().filter(f -> f.kind() == FindingKind.CONTRADICTION).toList();
        List<Finding> agree = findings.stream()
                .filter(f -> f.kind() == FindingKind.AGREEMENT || f.kind() == FindingKind.VARIANT).toList();
        int cRows = 0;
        int cFound = 0;
        int aRows = 0;
        int aFound = 0;
        List<RowGold.Row> falseAlarms = new ArrayList<>();
        List<RowGold.Row> missed = new ArrayList<>();
        for (RowGold.Row row : gold.rows()) {
            if (row.files() < 2) {
                continue;
            }
            boolean contradict = row.verdict() == RowGold.Verdict.CONTRADICT;
            boolean hit = anyCovers(row, contradict ? contra : agree);
            if (contradict) {
                cRows++;
                cFound += hit ? 1 : 0;
            } else {
                aRows++;
                aFound += hit ? 1 : 0;
            }
            if (!hit) {
                missed.add(row);
            }
            if (!contradict && anyCovers(row, contra)) {
                falseAlarms.add(row);
            }
        }
        List<RowGold.Row> contraRows = gold.rows().stream()
                .filter(r -> r.verdict() == RowGold.Verdict.CONTRADICT).toList();
        List<RowGold.Row> notContra = new ArrayList<>(gold.rows().stream()
                .filter(r -> r.verdict() == RowGold.Verdict.AGREE).toList());
        notContra.addAll(gold.traps());
        List<Finding> right = new ArrayList<>();
        List<Finding> wrong = new ArrayList<>();
        List<Finding> unjudged = new ArrayList<>();
        for (Finding f : contra) {
            if (contraRows.stream().anyMatch(r -> covers(r, f))) {
                right.add(f);
            } else if (notContra.stream().anyMatch(r -> covers(r, f))) {
                wrong.add(f);
            } else {
                unjudged.add(f);
            }
        }
        List<RowGold.Row> trapsHit = gold.traps().stream().filter(t -> anyCovers(t, contra)).toList();
        return new RowGoldResult(cRows, cFound, aRows, aFound, falseAlarms, missed, findings.size(), contra, right,
                wrong, unjudged, gold.traps().size(), trapsHit);
    }

    private static boolean anyCovers(RowGold.Row row, List<Finding> findings) {
        for (Finding f : findings) {
            if (covers(row, f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code finding} covers {@code row}: its rule fits the row's kind and it hits two of the row's files. */
    public static boolean covers(RowGold.Row row, Finding finding) {
        if (!kindFits(row.kind(), finding.rule())) {
            return false;
        }
        Set<String> files = new HashSet<>();
        for (RowGold.Mention m : row.mentions()) {
            for (Evidence e : finding.evidence()) {
                if (hits(e, m)) {
                    files.add(m.file());
                    break;
                }
            }
        }
        return files.size() >= 2;
    }

    /** Whether a finding of {@code rule} can speak to a row of {@code kind} (null or empty: any). */
    static boolean kindFits(String kind, String rule) {
        String r = rule == null ? "" : rule.toLowerCase(Locale.ROOT);
        Set<String> kinds = new HashSet<>();
        for (Family family : FAMILIES) {
            if (family.ruleWords().stream().anyMatch(r::contains)) {
                kinds.addAll(family.kinds());
            }
        }
        return kinds.isEmpty() || kind == null || kind.isEmpty() || kinds.contains(kind);
    }

    /** Whether one evidence item is in the mention's file and holds half the quote's content words. */
    static boolean hits(Evidence e, RowGold.Mention m) {
        String file = m.file();
        String path = baseName(e.path());
        String doc = e.document() == null ? "" : e.document();
        String stem = stem(file);
        if (!(path.equals(file) || doc.equals(file) || doc.equals(stem) || path.startsWith(stem)
                || doc.startsWith(stem))) {
            return false;
        }
        Set<String> gold = ContentWords.of(m.quote());
        if (gold.isEmpty()) {
            return true;
        }
        Set<String> seen = ContentWords.of(e.quote());
        seen.addAll(ContentWords.of(e.value()));
        long shared = gold.stream().filter(seen::contains).count();
        return 2 * shared >= gold.size();
    }

    /** The part after the last '/', as Python's {@code os.path.basename}; "" for null. */
    static String baseName(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    /** The name without its extension, as Python's {@code os.path.splitext}: leading dots are not an extension. */
    static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash) {
            for (int i = slash + 1; i < dot; i++) {
                if (path.charAt(i) != '.') {
                    return path.substring(0, dot);
                }
            }
        }
        return path;
    }
}
