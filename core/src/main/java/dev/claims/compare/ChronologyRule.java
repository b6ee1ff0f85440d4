package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Sentence;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.knowledge.TsvResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code sequence-mismatch}: one document tells two events in an order its own dates contradict. "In January of
 * 1937 they reached a compromise settlement ... Later negotiations led to a trade agreement in July of 1935": "Later"
 * puts the agreement after January 1937, its date before. Also inside one sentence ("in August of 1937, followed by
 * one in July of 1935").
 *
 * <p>The ordering words are data ({@code dev/claims/compare/sequence.tsv}). A sentence is compared only with the
 * sentence just before it in the same paragraph, and only when the later date lies wholly before the earlier one at
 * the precision written; decades and unresolved dates are never compared, and sentences that look back ("Hull later
 * wrote", "recalled") are skipped.
 */
public final class ChronologyRule implements Rule {
    static final RuleInfo MISMATCH = new RuleInfo("sequence-mismatch", FindingKind.CONTRADICTION, Severity.WARNING,
            "A document tells events in an order its own dates contradict.",
            "'Later', 'then' or 'followed by' put an event after another, but its date is earlier: one of the two "
                    + "dates, or the order, is wrong.");

    private final Pattern opensLater;
    private final Pattern thenLater;
    private final Pattern looksBack;

    public ChronologyRule() {
        List<String> opens = new ArrayList<>();
        List<String> then = new ArrayList<>();
        List<String> back = new ArrayList<>();
        for (String[] row : TsvResource.rows("/dev/claims/compare/sequence.tsv", 2)) {
            switch (row[0]) {
                case "opens-later" -> opens.add(row[1]);
                case "then-later" -> then.add(row[1]);
                case "looks-back" -> back.add(row[1]);
                default -> throw new IllegalStateException("sequence.tsv: unknown kind '" + row[0] + "'");
            }
        }
        opensLater = Pattern.compile(String.join("|", opens));
        thenLater = Pattern.compile(String.join("|", then), Pattern.CASE_INSENSITIVE);
        looksBack = Pattern.compile(String.join("|", back), Pattern.CASE_INSENSITIVE);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ExtractedDocument d : corpus.documents()) {
            check(d, factory, out);
        }
        return out;
    }

    private void check(ExtractedDocument d, FindingFactory factory, List<Finding> out) {
        List<Sentence> sentences = d.document().sentences();
        Map<Integer, List<Claim>> dates = datesBySentence(d);
        String text = d.document().text();
        for (Map.Entry<Integer, List<Claim>> e : dates.entrySet()) {
            int i = e.getKey();
            if (i < 0 || i >= sentences.size()) {
                continue;
            }
            Sentence s = sentences.get(i);
            if (looksBack.matcher(s.text()).find()) {
                continue;
            }
            List<Claim> here = e.getValue();
            for (int k = 0; k + 1 < here.size(); k++) {
                Claim first = here.get(k);
                Claim second = here.get(k + 1);
                if (first.span().end() <= second.span().start()
                        && thenLater.matcher(text.substring(first.span().end(), second.span().start())).find()) {
                    report(first, second, "'" + second.value().text() + "' is told as coming after '"
                            + first.value().text() + "'", factory, out);
                }
            }
            List<Claim> before = dates.get(i - 1);
            if (before != null && i > 0 && sentences.get(i - 1).paragraph() == s.paragraph()
                    && opensLater.matcher(s.text()).lookingAt()) {
                String opener = s.text().split("[\\s,]", 2)[0];
                report(before.get(before.size() - 1), here.get(0), "\"" + opener + "\" puts '"
                        + here.get(0).value().text() + "' after '" + before.get(before.size() - 1).value().text()
                        + "' of the sentence before", factory, out);
            }
        }
    }

    /** Resolved dates of year precision or finer, by sentence, in text order. */
    private static Map<Integer, List<Claim>> datesBySentence(ExtractedDocument d) {
        Map<Integer, List<Claim>> out = new TreeMap<>();
        for (Claim c : d.claims()) {
            if (c.value() instanceof DateValue v && v.resolved() && fine(v.precision())) {
                List<Claim> list = out.computeIfAbsent(c.sentence(), k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.span().equals(c.span()))) {
                    list.add(c);
                }
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(c -> c.span().start())));
        return out;
    }

    private static boolean fine(DatePrecision p) {
        return p == DatePrecision.DAY || p == DatePrecision.MONTH || p == DatePrecision.SEASON
                || p == DatePrecision.YEAR;
    }

    private static void report(Claim earlier, Claim later, String why, FindingFactory factory, List<Finding> out) {
        DateValue a = (DateValue) earlier.value();
        DateValue b = (DateValue) later.value();
        if (!b.latest().isBefore(a.earliest())) {
            return;
        }
        List<Claim> both = List.of(earlier, later);
        String message = earlier.documentId() + ": " + why + ", but " + b.edtf() + " is before " + a.edtf()
                + ": the order or one of the dates is wrong." + HedgePolicy.suffix(both);
        Finding f = factory.finding(MISMATCH, "order of events in " + earlier.documentId(), message,
                List.of(factory.evidence(earlier), factory.evidence(later)), List.of(a.edtf(), b.edtf()),
                HedgePolicy.confidence(0.7, both));
        out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), both)));
    }
}
