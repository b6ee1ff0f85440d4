package dev.claims.compare;

import dev.claims.knowledge.OfficeLexicon;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code holder-conflict}: documents (or two places in one) name different people as holding the same one-holder
 * office ({@code "holders": "one"} in the office lexicon) at the same time: "In May 1942 the Soviet ambassador to the
 * United States, Maxim Litvinov" against "In May 1942 the Soviet ambassador to the United States, Konstantin Umansky".
 *
 * <p>An office changes hands on a day, so the rule flags only what a handover cannot explain:
 * <ul>
 *   <li>both times are known to the month or the day, lie in the same month, and are not both days (two days leave
 *       room for a handover between them, or are the handover day itself: "President Roosevelt has died ... We shall
 *       support President Truman");</li>
 *   <li>times with a qualifier ("since", "about", "early") and coarser times (a year, a range, a season) are not
 *       compared;</li>
 *   <li>the two are not shown to follow each other: when the corpus gives one holder the office only before that
 *       month and the other only after it, the month is taken for the handover;</li>
 *   <li>the wording names that post and no other (not "Soviet ambassador", which is also the one in London, nor a
 *       bare "President"; see {@link OfficeLexicon#specific}), is not continued into another office ("Secretary of
 *       State for War"), and is neither relative ("later ambassador") nor subordinate ("Acting Secretary");</li>
 *   <li>the two people do not share a surname (two spellings of one person the resolver kept apart).</li>
 * </ul>
 * Hedged or attributed claims lower the severity (see {@link HedgePolicy}).
 */
public final class HolderConflictRule implements Rule, UsesOfficeClasses {
    static final RuleInfo CONFLICT = new RuleInfo("holder-conflict", FindingKind.CONTRADICTION, Severity.WARNING,
            "Documents name different people as holding a one-holder office at the same time.",
            "One person at a time holds this office. Check the dates and names: one document names the wrong person, "
                    + "or the office changed hands that month.");
    private static final Pattern CONTINUED = Pattern.compile("^\\s+(?:of|for)\\b", Pattern.CASE_INSENSITIVE);

    private final OfficeClasses classes;

    public HolderConflictRule() {
        this(OfficeClasses.defaults());
    }

    public HolderConflictRule(OfficeClasses classes) {
        this.classes = classes;
    }

    @Override
    public Rule withOfficeClasses(OfficeClasses other) {
        return new HolderConflictRule(other);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(CONFLICT);
    }

    /** An office claim of a one-holder office. */
    private record Holding(ClaimGroup person, Claim claim, OfficeLexicon.Entry office) {
        DateValue time() {
            return claim.time();
        }
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        Map<String, List<Holding>> byOffice = new TreeMap<>();
        for (ClaimGroup group : corpus.groups()) {
            if (!group.attribute().equals("office")) {
                continue;
            }
            for (Claim c : group.claims()) {
                holding(group, c).ifPresent(h -> byOffice.computeIfAbsent(h.office().canonical(), k -> new ArrayList<>())
                        .add(h));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Holding> holdings : byOffice.values()) {
            conflicts(holdings, factory, out);
        }
        return out;
    }

    private Optional<Holding> holding(ClaimGroup group, Claim c) {
        if (!(c.value() instanceof OfficeValue ov) || !ov.known() || c.time() == null || !c.time().resolved()
                || classes.isRelative(ov) || classes.isSubordinate(ov)) {
            return Optional.empty();
        }
        OfficeLexicon lexicon = classes.lexicon();
        return lexicon.entry(ov.canonical()).filter(OfficeLexicon.Entry::oneHolder)
                .map(e -> new Holding(group, c, e));
    }

    /** Comparable for who held the office: a specific wording, not continued, at a month or day without qualifier. */
    private boolean comparable(Holding h) {
        OfficeValue ov = (OfficeValue) h.claim().value();
        DatePrecision p = h.time().precision();
        return (p == DatePrecision.MONTH || p == DatePrecision.DAY) && h.time().qualifier().isEmpty()
                && classes.lexicon().specific(ov.text(), h.office()) && !continued(h.claim().quote(), ov.text());
    }

    private static boolean continued(String quote, String wording) {
        for (int i = quote.indexOf(wording); i >= 0; i = quote.indexOf(wording, i + 1)) {
            if (CONTINUED.matcher(quote.substring(i + wording.length())).find()) {
                return true;
            }
        }
        return false;
    }

    private void conflicts(List<Holding> all, FindingFactory factory, List<Finding> out) {
        List<Holding> usable = all.stream().filter(this::comparable).toList();
        // one finding per pair of people and month
        Map<String, Set<Holding>> pairs = new TreeMap<>();
        for (int i = 0; i < usable.size(); i++) {
            for (int j = i + 1; j < usable.size(); j++) {
                Holding a = usable.get(i);
                Holding b = usable.get(j);
                if (a.person().key().compareTo(b.person().key()) > 0) {
                    Holding t = a;
                    a = b;
                    b = t;
                }
                YearMonth month = YearMonth.from(a.time().earliest());
                if (a.person().key().equals(b.person().key()) || !month.equals(YearMonth.from(b.time().earliest()))
                        || a.time().precision() == DatePrecision.DAY && b.time().precision() == DatePrecision.DAY
                        || sameSurname(a.person().subject(), b.person().subject())
                        || handover(all, a.person(), b.person(), month)) {
                    continue;
                }
                Set<Holding> s = pairs.computeIfAbsent(a.person().key() + "\u0000" + b.person().key() + "\u0000" + month,
                        k -> new LinkedHashSet<>());
                s.add(a);
                s.add(b);
            }
        }
        for (Set<Holding> s : pairs.values()) {
            out.add(finding(new ArrayList<>(s), factory));
        }
    }

    private static YearMonth month(DateValue d) {
        return YearMonth.from(d.earliest());
    }

    private static boolean sameSurname(String a, String b) {
        return surname(a).equals(surname(b));
    }

    private static String surname(String name) {
        String[] words = NameLexicon.fold(name).split("\\s+");
        return words[words.length - 1];
    }

    /** One holder has the office only before {@code month} and the other only after it: a handover that month. */
    private static boolean handover(List<Holding> all, ClaimGroup x, ClaimGroup y, YearMonth month) {
        return only(all, x, month, true) && only(all, y, month, false)
                || only(all, y, month, true) && only(all, x, month, false);
    }

    private static boolean only(List<Holding> all, ClaimGroup person, YearMonth month, boolean before) {
        boolean earlier = false;
        boolean later = false;
        for (Holding h : all) {
            if (h.person().key().equals(person.key())) {
                earlier |= YearMonth.from(h.time().latest()).isBefore(month);
                later |= YearMonth.from(h.time().earliest()).isAfter(month);
            }
        }
        return before ? earlier && !later : later && !earlier;
    }

    private static Finding finding(List<Holding> found, FindingFactory factory) {
        List<Holding> hs = new ArrayList<>(found);
        hs.sort(Comparator.comparing((Holding h) -> h.claim().documentId()).thenComparingInt(h -> h.claim().sentence()));
        Holding x = hs.get(0);
        Holding y = hs.stream().filter(h -> !h.person().key().equals(x.person().key())).findFirst().orElseThrow();
        List<Claim> claims = hs.stream().map(Holding::claim).toList();
        String office = x.office().canonical();
        String msg = x.claim().documentId() + " names " + x.person().subject() + " as \"" + ((OfficeValue) x.claim().value())
                .text() + "\" at " + x.time().normalized() + ", but " + y.claim().documentId() + " names "
                + y.person().subject() + " as \"" + ((OfficeValue) y.claim().value()).text() + "\" at "
                + y.time().normalized() + ": one person at a time is " + office + ", so both cannot hold it in "
                + month(x.time()) + "." + HedgePolicy.suffix(claims);
        List<Evidence> ev = claims.stream().map(factory::evidence).toList();
        Finding f = factory.finding(CONFLICT, office + ": holder", msg, ev,
                List.of(x.person().subject(), y.person().subject(), month(x.time()).toString()),
                HedgePolicy.confidence(0.7, claims));
        return f.withSeverity(HedgePolicy.severity(CONFLICT.severity(), claims));
    }
}
