package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.OfficeValue;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.NameLexicon;
import dev.claims.resolve.ResolvedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the offices documents give one person (claim groups keyed by a person's cluster, attribute "office"), in
 * time.
 *
 * <ul>
 *   <li>{@code office-agreement}: documents give the person the same office (the same canonical office, or the same
 *       class in {@link OfficeClasses}: "foreign minister" = "Commissar for Foreign Affairs" = "Foreign Commissar").</li>
 *   <li>{@code office-mismatch}: two exclusive offices of different classes claimed for the same time. The same time
 *       means both times known to the month and overlapping, or one office's time lying strictly inside the tenure that
 *       other claims establish for the other office (claims of one office at two times bound a tenure), or two documents
 *       telling of the same occasion ({@link SameOccasion}: their sentences say the same thing apart from the office,
 *       the name and the date, and name the same places) at overlapping times known at least to the year, even one
 *       document against one, or (a warning, lower confidence) one document's office for a year against another
 *       office that at least two other documents give for that same year. Different occasions in one year leave room
 *       for one office to follow the other and are otherwise not compared.</li>
 * </ul>
 * Offices worded as another time ("later ambassador", "former diplomat") and subordinate offices ("Acting
 * Secretary", "Special Assistant") never contradict; a person may hold compatible offices at once.
 */
public final class OfficeRule implements Rule, UsesOfficeClasses {
    static final RuleInfo AGREE = new RuleInfo("office-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give a person the same office.",
            "Two or more documents name the same office for a person, possibly in different words "
                    + "('foreign minister', 'Commissar for Foreign Affairs').");
    static final RuleInfo MISMATCH = new RuleInfo("office-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents give a person incompatible offices for the same time.",
            "One person cannot hold both offices at once. Check the dates: one of the documents names the wrong "
                    + "office, or the offices belong to different times.");

    private final OfficeClasses classes;
    private final SameOccasion occasions;

    public OfficeRule() {
        this(OfficeClasses.defaults());
    }

    public OfficeRule(OfficeClasses classes) {
        this(classes, SameOccasion.defaults());
    }

    public OfficeRule(OfficeClasses classes, SameOccasion occasions) {
        this.classes = classes;
        this.occasions = occasions;
    }

    @Override
    public Rule withOfficeClasses(OfficeClasses other) {
        return new OfficeRule(other, occasions);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    /** An office claim as compared. */
    record Held(Claim claim, OfficeValue office, String key, String display, boolean exclusive, boolean relative,
                boolean subordinate) {
        DateValue time() {
            return claim.time();
        }

        boolean timed() {
            return time() != null && time().resolved();
        }
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (ClaimGroup group : corpus.groups()) {
            if (group.attribute().equals("office")) {
                checkGroup(group, factory, out);
            }
        }
        return out;
    }

    List<Held> held(ClaimGroup group) {
        List<Held> held = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (c.value() instanceof OfficeValue ov) {
                Optional<OfficeClasses.OfficeClass> cls = classes.classify(ov);
                String key = cls.map(OfficeClasses.OfficeClass::id).orElse("office:" + NameLexicon.fold(ov.canonical()));
                held.add(new Held(c, ov, key, ov.canonical(), cls.map(OfficeClasses.OfficeClass::exclusive).orElse(false),
                        classes.isRelative(ov), classes.isSubordinate(ov)));
            }
        }
        return held;
    }

    private void checkGroup(ClaimGroup group, FindingFactory factory, List<Finding> out) {
        List<Held> held = held(group);
        Map<String, List<Held>> byKey = new TreeMap<>();
        held.forEach(h -> byKey.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h));
        for (var e : byKey.entrySet()) {
            List<Held> hs = e.getValue();
            if (hs.stream().map(h -> h.claim().documentId()).distinct().count() >= 2) {
                out.add(agreement(group, hs, factory));
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Finding f = mismatch(group, byKey.get(keys.get(i)), byKey.get(keys.get(j)), factory);
                if (f == null) {
                    f = mismatch(group, byKey.get(keys.get(j)), byKey.get(keys.get(i)), factory);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    private static Finding agreement(ClaimGroup group, List<Held> hs, FindingFactory factory) {
        // evidence: per document, each distinct time once (at most three)
        List<Held> first = new ArrayList<>();
        TreeSet<String> docs = new TreeSet<>();
        java.util.Map<String, TreeSet<String>> timesByDoc = new TreeMap<>();
        for (Held h : hs) {
            docs.add(h.claim().documentId());
            TreeSet<String> ts = timesByDoc.computeIfAbsent(h.claim().documentId(), k -> new TreeSet<>());
            String t = h.timed() ? h.time().normalized() : "";
            if (ts.size() < 3 && ts.add(t)) {
                first.add(h);
            }
        }
        String display = mostCommon(hs);
        List<Claim> claims = first.stream().map(Held::claim).toList();
        String wordings = hs.stream().map(h -> "\"" + h.office().text() + "\"").distinct()
                .collect(Collectors.joining(", "));
        String msg = docs.size() + " documents give " + group.subject() + " the office " + display + " (as "
                + wordings + ")" + times(hs) + "." + HedgePolicy.suffix(claims);
        return factory.finding(AGREE, group.subject() + ": office " + display, msg,
                claims.stream().map(factory::evidence).toList(), List.of(hs.get(0).key()),
                HedgePolicy.confidence(0.9, claims));
    }

    private static String mostCommon(List<Held> hs) {
        Map<String, Integer> counts = new TreeMap<>();
        hs.forEach(h -> counts.merge(h.display(), 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }

    private static String times(List<Held> hs) {
        List<String> ts = hs.stream().filter(Held::timed).map(h -> h.time().normalized()).distinct().sorted().toList();
        return ts.isEmpty() ? "" : " at " + String.join(", ", ts);
    }

    /** A contradiction when an office of {@code as} falls in the time of an exclusive office of {@code bs}. */
    private Finding mismatch(ClaimGroup group, List<Held> as, List<Held> bs, FindingFactory factory) {
        List<Held> a = as.stream().filter(OfficeRule::contradictable).filter(Held::timed).toList();
        List<Held> b = bs.stream().filter(OfficeRule::contradictable).filter(Held::timed).toList();
        // for one occasion a subordinate post counts too: "Under Secretary of State" and "Secretary of State" cannot
        // both be what the same person was when doing the same thing
        List<Held> oa = as.stream().filter(OfficeRule::postOnOccasion).filter(Held::timed).toList();
        List<Held> ob = bs.stream().filter(OfficeRule::postOnOccasion).filter(Held::timed).toList();
        if ((a.isEmpty() || b.isEmpty()) && (oa.isEmpty() || ob.isEmpty())) {
            return null;
        }
        LinkedHashSet<Held> left = new LinkedHashSet<>();
        LinkedHashSet<Held> right = new LinkedHashSet<>();
        boolean tenure = false;
        for (Held x : a) {
            for (Held y : b) {
                if (sameTimeCertainly(x.time(), y.time())) {
                    left.add(x);
                    right.add(y);
                }
            }
        }
        if (left.isEmpty() && b.size() >= 2) {
            LocalDate from = b.stream().map(h -> h.time().earliest()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = b.stream().map(h -> h.time().latest()).max(Comparator.naturalOrder()).orElseThrow();
            for (Held x : a) {
                if (x.time().precision() != DatePrecision.DECADE && from.isBefore(x.time().earliest())
                        && x.time().latest().isBefore(to)) {
                    left.add(x);
                    tenure = true;
                }
            }
            if (tenure) {
                Held lo = b.stream().min(Comparator.comparing(h -> h.time().earliest())).orElseThrow();
                Held hi = b.stream().max(Comparator.comparing(h -> h.time().latest())).orElseThrow();
                right.add(lo);
                right.add(hi);
            }
        }
        List<String> shared = List.of();
        if (left.isEmpty()) {
            // the same occasion told with another office, even when the times are known only to the year
            for (Held x : oa) {
                for (Held y : ob) {
                    Optional<List<String>> words = sameOccasion(group, x, y);
                    if (words.isPresent()) {
                        left.add(x);
                        right.add(y);
                        if (shared.isEmpty()) {
                            shared = words.get();
                        }
                    }
                }
            }
        }
        boolean majority = false;
        if (left.isEmpty()) {
            // known only to the year: a lone document against several that agree on another office that year
            for (Held x : a) {
                int year = x.time().earliest().getYear();
                if (x.time().latest().getYear() != year) {
                    continue;
                }
                List<Held> same = b.stream().filter(y -> y.time().earliest().getYear() == year
                        && y.time().latest().getYear() == year
                        && !y.claim().documentId().equals(x.claim().documentId())).toList();
                long others = same.stream().map(y -> y.claim().documentId()).distinct().count();
                long dissent = a.stream().filter(z -> z.time().earliest().getYear() == year)
                        .map(z -> z.claim().documentId()).distinct().count();
                if (others >= 2 && dissent == 1) {
                    left.add(x);
                    right.addAll(same);
                    majority = true;
                }
            }
        }
        if (left.isEmpty()) {
            return null;
        }
        List<Claim> all = new ArrayList<>();
        left.forEach(h -> all.add(h.claim()));
        right.forEach(h -> all.add(h.claim()));
        Held x = left.iterator().next();
        Held y = right.iterator().next();
        String rightDocs = documents(right);
        String when = tenure
                ? " from " + right.stream().map(h -> h.time().normalized()).min(Comparator.naturalOrder()).orElseThrow()
                + " to " + right.stream().map(h -> h.time().normalized()).max(Comparator.naturalOrder()).orElseThrow()
                : " at " + y.time().normalized();
        String msg = (shared.isEmpty()
                ? x.claim().documentId() + " calls " + group.subject() + " \"" + x.office().text() + "\" at "
                + x.time().normalized() + ", but " + rightDocs + " give the office \"" + y.office().text() + "\"" + when
                + ": one person cannot hold both at once"
                : occasionMessage(group, left, right, shared))
                + (majority ? " (the times are known only to the year, so the offices may have followed each other)"
                : "") + "." + HedgePolicy.suffix(all);
        List<Evidence> ev = all.stream().map(factory::evidence).toList();
        List<String> values = List.of(x.key(), y.key());
        Finding f = factory.finding(MISMATCH, group.subject() + ": office", msg, ev, values,
                HedgePolicy.confidence(majority ? 0.6 : tenure || !shared.isEmpty() ? 0.7 : 0.8, all));
        return f.withSeverity(majority ? Severity.WARNING : HedgePolicy.severity(MISMATCH.severity(), all));
    }

    /**
     * The words two office claims' sentences share when they tell of the same occasion ({@link SameOccasion}) at
     * overlapping times known at least to the year, in different documents; else empty.
     */
    private Optional<List<String>> sameOccasion(ClaimGroup group, Held x, Held y) {
        if (x.claim().documentId().equals(y.claim().documentId()) || !datedToTheYear(x.time())
                || !datedToTheYear(y.time()) || !x.time().overlaps(y.time())) {
            return Optional.empty();
        }
        return occasions.shared(x.claim(), y.claim(), List.of(group.subject()));
    }

    private static boolean datedToTheYear(DateValue d) {
        return fine(d) || d.precision() == DatePrecision.SEASON || d.precision() == DatePrecision.YEAR;
    }

    /** "b.txt and a.txt describe the same occasion ("met delegation Leningrad") at 1940, but b.txt calls ...". */
    private static String occasionMessage(ClaimGroup group, Collection<Held> left, Collection<Held> right,
                                          List<String> shared) {
        Held x = left.iterator().next();
        Held y = right.iterator().next();
        String leftDocs = documents(left);
        String rightDocs = documents(right);
        return leftDocs + " and " + rightDocs + " describe the same occasion (" + brief(shared) + ") at "
                + x.time().normalized() + ", but " + leftDocs + (leftDocs.contains(", ") ? " call " : " calls ")
                + group.subject() + " \"" + x.office().text() + "\" and " + rightDocs + " \"" + y.office().text()
                + "\": one person cannot hold both at once";
    }

    private static String documents(Collection<Held> hs) {
        return Listing.of(hs.stream().map(h -> h.claim().documentId()).distinct().toList());
    }

    /** At most six shared words, quoted: "\"met delegation Leningrad\"". */
    private static String brief(List<String> words) {
        return "\"" + String.join(" ", words.subList(0, Math.min(6, words.size())))
                + (words.size() > 6 ? " …" : "") + "\"";
    }

    private static boolean contradictable(Held h) {
        return h.exclusive() && !h.relative() && !h.subordinate();
    }

    /** An exclusive post (subordinate ones included) not worded as another time: compared on one occasion. */
    private static boolean postOnOccasion(Held h) {
        return h.exclusive() && !h.relative();
    }

    /** Both times known to the month or day, and overlapping. */
    static boolean sameTimeCertainly(DateValue a, DateValue b) {
        return fine(a) && fine(b) && a.overlaps(b);
    }

    private static boolean fine(DateValue d) {
        return d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.MONTH;
    }
}
