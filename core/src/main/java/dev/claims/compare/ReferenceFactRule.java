package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.OfficeValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.EntityResolver;
import dev.claims.resolve.NameLexicon;
import dev.claims.resolve.ResolvedCorpus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks claims against a user's {@link ReferenceFacts} as against a trusted document; findings cite the facts file
 * (evidence whose document is the file name, span and line pointing at the fact's record).
 *
 * <ul>
 *   <li>offices: a claim whose time lies inside the fact's {@code from..to} agrees when it names the same office
 *       class, and contradicts when it names another exclusive office (not "later", "acting" and the like);</li>
 *   <li>dates: a date claim for the fact's event agrees when it can fall in {@code from..to}, else contradicts;</li>
 *   <li>quantities: value "AMOUNT UNIT" compared with rounding and qualifiers as in {@link QuantityRule}.</li>
 * </ul>
 * Not registered as a service (it needs the file): construct it and add it to the {@link Comparer}'s rules.
 *
 * <pre>{@code
 * List<Rule> rules = new ArrayList<>(Comparer.registeredRules());
 * rules.add(new ReferenceFactRule(ReferenceFacts.load(Path.of("facts.json"))));
 * new Comparer(rules).compare(corpus);
 * }</pre>
 */
public final class ReferenceFactRule implements Rule {
    static final RuleInfo AGREE = new RuleInfo("reference-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents agree with a trusted reference fact.",
            "The claim matches a fact from the reference-facts file given by the user.");
    static final RuleInfo MISMATCH = new RuleInfo("reference-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "A document contradicts a trusted reference fact.",
            "The claim cannot be true if the fact in the reference-facts file is: correct the document or the file.");

    private final ReferenceFacts facts;
    private final OfficeClasses classes;
    private final EntityResolver names;
    private final NameLexicon lexicon;
    private final CalendarNormalizer calendar;

    public ReferenceFactRule(ReferenceFacts facts) {
        this(facts, OfficeClasses.defaults(), NameLexicon.defaults());
    }

    public ReferenceFactRule(ReferenceFacts facts, OfficeClasses classes, NameLexicon lexicon) {
        this(facts, classes, lexicon, CalendarNormalizer.defaults());
    }

    /** With the calendar of the packs on ({@link CalendarNormalizer#of}). */
    public ReferenceFactRule(ReferenceFacts facts, OfficeClasses classes, NameLexicon lexicon,
                             CalendarNormalizer calendar) {
        this.calendar = calendar;
        this.facts = facts;
        this.classes = classes;
        this.lexicon = lexicon;
        this.names = new EntityResolver(lexicon);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ReferenceFact fact : facts.facts()) {
            for (ClaimGroup group : corpus.groups()) {
                if (!group.attribute().equals(fact.attribute())) {
                    continue;
                }
                if (fact.attribute().equals("office")) {
                    if (group.key().startsWith("person:") && names.samePerson(group.subject(), fact.subject())) {
                        office(fact, group, factory, out);
                    }
                } else if (sameSubject(group.subject(), fact.subject())) {
                    if (fact.attribute().equals("date")) {
                        date(fact, group, factory, out);
                    } else {
                        quantity(fact, group, factory, out);
                    }
                }
            }
        }
        return out;
    }

    private boolean sameSubject(String a, String b) {
        return NameLexicon.fold(lexicon.canonicalSubject(a)).equals(NameLexicon.fold(lexicon.canonicalSubject(b)));
    }

    private Evidence factEvidence(ReferenceFact f) {
        return new Evidence(facts.name(), facts.path().toString(), f.span(), f.line(), f.column(), f.text(), f.value());
    }

    private String factLabel(ReferenceFact f) {
        String when = f.from() == null && f.to() == null ? ""
                : " (" + (f.from() == null ? "…" : f.from()) + " to " + (f.to() == null ? "…" : f.to()) + ")";
        return facts.name() + " line " + f.line() + ": \"" + f.value() + "\"" + when
                + (f.source().isEmpty() ? "" : ", source: " + f.source());
    }

    private boolean inside(ReferenceFact f, DateValue t) {
        return t != null && t.resolved() && t.precision() != DatePrecision.DECADE
                && (f.from() == null || !t.earliest().isBefore(f.from()))
                && (f.to() == null || !t.latest().isAfter(f.to()));
    }

    private void office(ReferenceFact fact, ClaimGroup group, FindingFactory factory, List<Finding> out) {
        Optional<OfficeClasses.OfficeClass> factClass = classes.classify(fact.value());
        String factKey = factClass.map(OfficeClasses.OfficeClass::id).orElse("office:" + NameLexicon.fold(fact.value()));
        List<Claim> agreeing = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (!(c.value() instanceof OfficeValue ov) || !inside(fact, c.time()) || classes.isRelative(ov)) {
                continue;
            }
            Optional<OfficeClasses.OfficeClass> cls = classes.classify(ov);
            String key = cls.map(OfficeClasses.OfficeClass::id).orElse("office:" + NameLexicon.fold(ov.canonical()));
            if (key.equals(factKey)) {
                agreeing.add(c);
            } else if (cls.isPresent() && cls.get().exclusive() && factClass.isPresent() && factClass.get().exclusive()
                    && !classes.isSubordinate(ov)) {
                String msg = c.documentId() + " calls " + group.subject() + " \"" + ov.text() + "\" at "
                        + c.time().normalized() + ", but the reference facts give " + factLabel(fact) + "."
                        + HedgePolicy.suffix(List.of(c));
                Finding f = factory.finding(MISMATCH, group.subject() + ": office", msg,
                        List.of(factory.evidence(c), factEvidence(fact)), List.of(key, factKey, c.time().normalized()),
                        HedgePolicy.confidence(0.85, List.of(c)));
                out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), List.of(c))));
            }
        }
        agree(fact, group.subject() + ": office " + fact.value(), agreeing, factory, out);
    }

    private void agree(ReferenceFact fact, String subject, List<Claim> agreeing, FindingFactory factory,
                       List<Finding> out) {
        if (agreeing.isEmpty()) {
            return;
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(factEvidence(fact));
        agreeing.forEach(c -> ev.add(factory.evidence(c)));
        String docs = String.join(", ", agreeing.stream().map(Claim::documentId).distinct().toList());
        String msg = docs + " agree with " + factLabel(fact) + "." + HedgePolicy.suffix(agreeing);
        out.add(factory.finding(AGREE, subject, msg, ev, List.of(fact.value()),
                HedgePolicy.confidence(0.9, agreeing)));
    }

    private void date(ReferenceFact fact, ClaimGroup group, FindingFactory factory, List<Finding> out) {
        if (fact.from() == null && fact.to() == null) {
            return;
        }
        LocalDate from = fact.from() != null ? fact.from() : fact.to();
        LocalDate to = fact.to() != null ? fact.to() : fact.from();
        DateValue trusted = new DateValue(fact.value(), from + "/" + to, from, to,
                from.equals(to) ? DatePrecision.DAY : DatePrecision.RANGE, "");
        DateRange ref = new DateRange(trusted, DateRange.Shape.POINT, from, to, from, to, false, "");
        CalendarNormalizer cal = calendar;
        List<Claim> agreeing = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (!(c.value() instanceof DateValue dv)) {
                continue;
            }
            Optional<DateRange> r = DateRange.of(dv).map(x -> cal.normalize(group.subject(), x));
            if (r.isEmpty() || !r.get().comparable(ref)) {
                continue;
            }
            if (r.get().conflict(ref).isEmpty()) {
                agreeing.add(c);
            } else if (!r.get().vague()) {
                String msg = c.documentId() + " dates it \"" + dv.text() + "\" (" + dv.normalized()
                        + "), but the reference facts give " + factLabel(fact) + "." + HedgePolicy.suffix(List.of(c));
                Finding f = factory.finding(MISMATCH, group.subject() + ": date", msg,
                        List.of(factory.evidence(c), factEvidence(fact)), List.of(dv.normalized(), trusted.edtf()),
                        HedgePolicy.confidence(0.85, List.of(c)));
                out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), List.of(c))));
            }
        }
        agree(fact, group.subject() + ": date", agreeing, factory, out);
    }

    private void quantity(ReferenceFact fact, ClaimGroup group, FindingFactory factory, List<Finding> out) {
        String[] parts = fact.value().strip().split("\\s+", 2);
        BigDecimal amount;
        try {
            amount = new BigDecimal(parts[0]);
        } catch (NumberFormatException e) {
            return;
        }
        String unit = parts.length > 1 ? parts[1] : "";
        QuantityRange ref = QuantityRange.of(new QuantityValue(fact.value(), amount, unit, ""));
        List<Claim> agreeing = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (!(c.value() instanceof QuantityValue q) || !q.unit().equalsIgnoreCase(unit)
                    || c.time() != null && (fact.from() != null || fact.to() != null) && !inside(fact, c.time())) {
                continue;
            }
            QuantityRange r = QuantityRange.of(q);
            if (r.overlaps(ref)) {
                agreeing.add(c);
            } else {
                String msg = c.documentId() + " gives \"" + q.text() + "\" (" + q.normalized()
                        + "), but the reference facts give " + factLabel(fact) + "." + HedgePolicy.suffix(List.of(c));
                Finding f = factory.finding(MISMATCH, group.subject() + ": " + group.attribute(), msg,
                        List.of(factory.evidence(c), factEvidence(fact)), List.of(q.normalized(), fact.value()),
                        HedgePolicy.confidence(0.85, List.of(c)));
                out.add(f.withSeverity(HedgePolicy.severity(MISMATCH.severity(), List.of(c))));
            }
        }
        agree(fact, group.subject() + ": " + group.attribute(), agreeing, factory, out);
    }

    /** Lower-cased attribute names supported: office, date, and any quantity attribute. */
    static String normalizeAttribute(String a) {
        return a.toLowerCase(Locale.ROOT);
    }
}
