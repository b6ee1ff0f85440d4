package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.QuantityValue;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.ResolvedCorpus;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares how long something lasted (claim groups with attribute "duration"): durations in years, months or days
 * ("sixteen years", "almost 16 years") and "since"/"from" dates measured to the claim's time ("since 1917" for a
 * claim at 1933 is 15 to 17 years).
 *
 * <ul>
 *   <li>{@code duration-agreement}: the lengths can be the same.</li>
 *   <li>{@code duration-mismatch}: they cannot, even allowing for rounding, qualifiers and year precision.</li>
 * </ul>
 */
public final class DurationRule implements Rule {
    static final RuleInfo AGREE = new RuleInfo("duration-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give compatible lengths for the same period.",
            "'Sixteen years', 'almost 16 years' and 'since 1917' (said of 1933) describe the same length of time.");
    static final RuleInfo MISMATCH = new RuleInfo("duration-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents give incompatible lengths for the same period.",
            "The lengths cannot be the same even allowing for rounding, qualifiers and the precision of the dates.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ClaimGroup group : corpus.groups()) {
            if (!group.attribute().equals("duration")) {
                continue;
            }
            List<Consensus.Item<QuantityRange>> items = new ArrayList<>();
            for (Claim c : group.claims()) {
                years(c).ifPresent(r -> items.add(new Consensus.Item<>(c, r,
                        String.format(Locale.ROOT, "%.1f-%.1f years", r.low(), r.high()), r.precisionRank())));
            }
            if (items.size() < 2) {
                continue;
            }
            Consensus<QuantityRange> consensus = new Consensus<>(items,
                    (a, b) -> Optional.ofNullable(a.overlaps(b) ? null : "length"), QuantityRange::overlaps);
            String subject = group.subject() + ": duration";
            List<Consensus.Item<QuantityRange>> agreeing = consensus.agreement();
            if (!agreeing.isEmpty()) {
                List<Claim> claims = Consensus.perDocument(agreeing).stream().map(Consensus.Item::claim).toList();
                TreeSet<String> docs = claims.stream().map(Claim::documentId).collect(Collectors.toCollection(TreeSet::new));
                String msg = docs.size() + " documents give compatible lengths: " + claims.stream()
                        .map(c -> c.documentId() + " " + wording(c)).collect(Collectors.collectingAndThen(
                                Collectors.toList(), Listing::of))
                        + "." + HedgePolicy.suffix(claims);
                out.add(factory.finding(AGREE, subject, msg, claims.stream().map(factory::evidence).toList(),
                        claims.stream().map(c -> c.value().normalized()).distinct().toList(),
                        HedgePolicy.confidence(0.85, claims)));
            }
            for (Consensus.Conflict<QuantityRange> c : consensus.conflicts()) {
                List<Claim> all = new ArrayList<>();
                c.left().forEach(i -> all.add(i.claim()));
                c.right().forEach(i -> all.add(i.claim()));
                if (all.stream().map(Claim::documentId).distinct().count() < 2) {
                    continue;
                }
                Claim a = all.get(0);
                Claim b = c.right().get(0).claim();
                String msg = a.documentId() + " says " + wording(a) + " but " + b.documentId() + " says "
                        + wording(b) + ": the lengths differ." + HedgePolicy.suffix(all);
                Finding f = factory.finding(MISMATCH, subject, msg, all.stream().map(factory::evidence).toList(),
                        List.of(a.value().normalized(), b.value().normalized()), HedgePolicy.confidence(0.75, all));
                out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), all)));
            }
        }
        return out;
    }

    /** The claim's length in years as an interval, or empty when it states none. */
    static Optional<QuantityRange> years(Claim c) {
        if (c.value() instanceof QuantityValue q) {
            double per = switch (q.unit().toLowerCase(Locale.ROOT)) {
                case "years", "year" -> 1;
                case "months", "month" -> 1 / 12.0;
                case "weeks", "week" -> 7 / 365.25;
                case "days", "day" -> 1 / 365.25;
                default -> 0;
            };
            if (per == 0) {
                return Optional.empty();
            }
            QuantityRange r = QuantityRange.of(q);
            return Optional.of(new QuantityRange(q, r.low() * per, r.high() * per));
        }
        if (c.value() instanceof DateValue since && since.resolved() && c.time() != null && c.time().resolved()) {
            DateValue until = c.time();
            double lo = ChronoUnit.DAYS.between(since.latest(), until.earliest()) / 365.25;
            double hi = ChronoUnit.DAYS.between(since.earliest(), until.latest()) / 365.25;
            QuantityValue asQuantity = new QuantityValue(since.text(), BigDecimal.valueOf(Math.round((lo + hi) / 2)),
                    "years", "since");
            return Optional.of(new QuantityRange(asQuantity, Math.max(0, lo), hi));
        }
        return Optional.empty();
    }

    /** The length as written, quoted: "sixteen years", or "since 1917" (to 1933) for a period measured to a time. */
    private static String wording(Claim c) {
        if (c.value() instanceof DateValue since && c.time() != null) {
            return "\"since " + since.text() + "\" (to " + c.time().text() + ")";
        }
        return "\"" + c.value().text() + "\"";
    }
}
