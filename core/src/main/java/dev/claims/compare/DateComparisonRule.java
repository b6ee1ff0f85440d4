package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the dates that documents give for the same event: one agreement when they can denote the same day,
 * one contradiction per pair of documents whose values cannot overlap.
 */
public final class DateComparisonRule implements Rule {
    static final RuleInfo AGREE = new RuleInfo("date-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give the same date for an event.", "Two or more documents date the same event consistently.");
    static final RuleInfo MISMATCH = new RuleInfo("date-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents give different dates for the same event.",
            "Check the sources of each document: at least one of them dates the event wrongly.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ClaimGroup group : corpus.groups()) {
            if (!group.attribute().equals("date")) {
                continue;
            }
            // one representative claim per document and normalised value
            Map<String, Map<String, Claim>> byDoc = new TreeMap<>();
            for (Claim c : group.claims()) {
                if (c.value() instanceof DateValue dv && dv.resolved()) {
                    byDoc.computeIfAbsent(c.documentId(), k -> new LinkedHashMap<>()).putIfAbsent(dv.normalized(), c);
                }
            }
            if (byDoc.size() < 2) {
                continue;
            }
            compareGroup(group, byDoc, factory, out);
        }
        return out;
    }

    private static void compareGroup(ClaimGroup group, Map<String, Map<String, Claim>> byDoc, FindingFactory factory,
                                     List<Finding> out) {
        // values stated by each document; agreement when every document's values overlap a common value
        Map<String, List<Claim>> byValue = new TreeMap<>();
        byDoc.values().forEach(m -> m.forEach((v, c) -> byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(c)));
        List<String> values = new ArrayList<>(byValue.keySet());
        for (String v : values) {
            List<Claim> agreeing = byValue.get(v);
            if (agreeing.stream().map(Claim::documentId).distinct().count() >= 2) {
                List<Evidence> ev = agreeing.stream().map(factory::evidence).toList();
                out.add(factory.finding(AGREE, group.subject() + ": date", agreeing.size() + " documents date it "
                        + v + ".", ev, List.of(v), 0.9));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                Claim a = byValue.get(values.get(i)).get(0);
                Claim b = byValue.get(values.get(j)).get(0);
                if (a.documentId().equals(b.documentId())) {
                    continue;
                }
                DateValue da = (DateValue) a.value();
                DateValue db = (DateValue) b.value();
                if (!da.overlaps(db)) {
                    out.add(factory.finding(MISMATCH, group.subject() + ": date",
                            a.documentId() + " dates it " + da.normalized() + " but " + b.documentId() + " dates it "
                                    + db.normalized() + ".",
                            List.of(factory.evidence(a), factory.evidence(b)), List.of(da.normalized(), db.normalized()), 0.8));
                }
            }
        }
    }
}
