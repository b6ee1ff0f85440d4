package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.QuantityValue;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares amounts, counts and percentages stated for the same quantity (claim groups of one subject and attribute,
 * other than durations), with their qualifiers and scale.
 *
 * <ul>
 *   <li>{@code quantity-agreement}: "about $11 billion" and "$11.3 billion" agree.</li>
 *   <li>{@code quantity-mismatch}: amounts that cannot be the same even allowing for rounding and qualifiers, e.g.
 *       "$11 million" against "$11 billion" (a scale slip is named as such).</li>
 * </ul>
 * Only claims with the same unit are compared, and two claims whose times are both known and do not overlap are about
 * different quantities (a programme's total against one year's figure) and are not compared. "Over one billion" and
 * "$11 billion" do not contradict: "over" has no upper bound.
 */
public final class QuantityRule implements Rule {
    private static final java.util.regex.Pattern PLURAL_END = java.util.regex.Pattern.compile("(?:es|s)$");
    static final RuleInfo AGREE = new RuleInfo("quantity-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give compatible figures for the same quantity.",
            "Two or more documents state the same amount, count or percentage, allowing for rounding and qualifiers "
                    + "such as 'about'.");
    static final RuleInfo MISMATCH = new RuleInfo("quantity-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents give incompatible figures for the same quantity.",
            "The amounts cannot be the same even allowing for rounding and qualifiers; a factor of a thousand usually "
                    + "means million and billion were confused.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ClaimGroup group : corpus.groups()) {
            if (group.attribute().equals("duration") || group.attribute().equals("date")) {
                continue;
            }
            Map<String, List<Consensus.Item<QuantityRange>>> byUnit = new TreeMap<>();
            for (Claim c : group.claims()) {
                // sums of money only: counts and measures are compared by frame (AlignedValueRule), where what is
                // counted and what happened to it must match, not just the unit
                if (c.value() instanceof QuantityValue q && money(q) && !genericSubject(group.subject(), q.unit())) {
                    QuantityRange r = QuantityRange.of(q);
                    byUnit.computeIfAbsent(q.unit().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                            .add(new Consensus.Item<>(c, r, q.normalized() + (q.qualifier().isEmpty() ? "" : " " + q.qualifier()),
                                    r.precisionRank()));
                }
            }
            for (List<Consensus.Item<QuantityRange>> items : byUnit.values()) {
                if (items.size() >= 2) {
                    checkItems(group, items, factory, out);
                }
            }
        }
        return out;
    }

    private static boolean money(QuantityValue q) {
        String u = q.unit();
        return u.length() == 3 && u.chars().allMatch(Character::isUpperCase);
    }

    private static void checkItems(ClaimGroup group, List<Consensus.Item<QuantityRange>> items, FindingFactory factory,
                                   List<Finding> out) {
        String subject = group.subject() + ": " + group.attribute();
        // times: claims about disjoint times are different quantities; compare within the largest time-compatible set
        Consensus<QuantityRange> consensus = new Consensus<>(items, (a, b) -> Optional.ofNullable(
                a.overlaps(b) ? null : a.scaleSlip(b) ? "scale" : "amount"), QuantityRange::overlaps);
        // open-ended figures ("over one billion") bound a quantity but do not confirm one: no agreement from them
        List<Consensus.Item<QuantityRange>> bounded = items.stream()
                .filter(i -> i.value().low() > 0 && Double.isFinite(i.value().high())).toList();
        List<Consensus.Item<QuantityRange>> agreeing = new Consensus<>(bounded,
                (a, b) -> Optional.ofNullable(a.overlaps(b) ? null : "amount"), QuantityRange::overlaps).agreement();
        List<Claim> cohort = sameTime(Consensus.perDocument(agreeing).stream().map(Consensus.Item::claim).toList());
        if (cohort.stream().map(Claim::documentId).distinct().count() >= 2) {
            List<Claim> claims = cohort;
            TreeSet<String> docs = claims.stream().map(Claim::documentId).collect(Collectors.toCollection(TreeSet::new));
            String msg = docs.size() + " documents give compatible figures: " + claims.stream()
                    .map(c -> c.documentId() + " \"" + c.value().text() + "\"").collect(Collectors.collectingAndThen(
                            Collectors.toList(), Listing::of)) + "."
                    + HedgePolicy.suffix(claims);
            out.add(factory.finding(AGREE, subject, msg, claims.stream().map(factory::evidence).toList(),
                    agreeing.stream().map(Consensus.Item::normalized).distinct().toList(),
                    HedgePolicy.confidence(0.85, claims)));
        }
        for (Consensus.Conflict<QuantityRange> c : consensus.conflicts()) {
            List<Claim> both = new ArrayList<>();
            c.left().forEach(i -> both.add(i.claim()));
            c.right().forEach(i -> both.add(i.claim()));
            List<Claim> all = sameTime(both);
            java.util.Set<Claim> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            kept.addAll(all);
            List<Claim> left = c.left().stream().map(Consensus.Item::claim).filter(kept::contains).toList();
            List<Claim> right = c.right().stream().map(Consensus.Item::claim).filter(kept::contains).toList();
            if (all.stream().map(Claim::documentId).distinct().count() < 2 || left.isEmpty() || right.isEmpty()) {
                continue;
            }
            Claim a = left.get(0);
            Claim b = right.get(0);
            String msg = a.documentId() + " gives \"" + a.value().text() + "\" (" + a.value().normalized() + ") but "
                    + b.documentId() + " gives \"" + b.value().text() + "\" (" + b.value().normalized() + ")"
                    + (c.reason().equals("scale") ? ": the scales differ (million against billion?)." : ".")
                    + HedgePolicy.suffix(all);
            List<Evidence> ev = all.stream().map(factory::evidence).toList();
            Finding f = factory.finding(MISMATCH, subject, msg, ev,
                    List.of(c.left().get(0).normalized(), c.right().get(0).normalized()),
                    HedgePolicy.confidence(c.reason().equals("scale") ? 0.85 : 0.75, all));
            out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), all)));
        }
    }

    /**
     * True when the subject is no more than the counted noun ("camps" for "two camps"): two documents counting
     * "camps" need not be counting the same thing, so such figures are not compared.
     */
    static boolean genericSubject(String subject, String unit) {
        String s = subject.toLowerCase(java.util.Locale.ROOT).strip();
        String last = PLURAL_END.matcher(s.substring(s.lastIndexOf(' ') + 1)).replaceAll("");
        String u = PLURAL_END.matcher(unit.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return !u.isEmpty() && (last.equals(u) || s.equals(u));
    }

    /**
     * The claims that can speak of the same time: those without a known time, and those whose time overlaps the
     * best-supported one (the known time most other claims overlap; earliest first on a tie). A figure repeated by
     * hundreds of documents stays one quantity even when a few of them carry an unrelated time from the sentence
     * before; two figures whose times cannot overlap (a programme's total against one year's) are not both kept.
     */
    static List<Claim> sameTime(List<Claim> claims) {
        Map<String, DateValue> times = new TreeMap<>();
        Map<String, Integer> support = new TreeMap<>();
        for (Claim c : claims) {
            if (c.time() != null && c.time().resolved()) {
                times.putIfAbsent(c.time().edtf(), c.time());
                support.merge(c.time().edtf(), 1, Integer::sum);
            }
        }
        if (times.size() <= 1) {
            return claims;
        }
        DateValue anchor = null;
        int best = -1;
        for (DateValue t : times.values()) {
            int n = 0;
            for (Map.Entry<String, DateValue> e : times.entrySet()) {
                if (t.overlaps(e.getValue())) {
                    n += support.get(e.getKey());
                }
            }
            if (n > best) {
                best = n;
                anchor = t;
            }
        }
        DateValue a = anchor;
        return claims.stream().filter(c -> c.time() == null || !c.time().resolved() || c.time().overlaps(a)).toList();
    }
}
