package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Frame;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares dates, times of day and figures across documents when their frames align: the same predicate class
 * ("landed" ~ "touched down" ~ "Landing date"), the same measured thing ("passengers" is not "crew"), the same person
 * for a person's facts, and no sign that they are different occurrences (other designations: "Apollo 10" against
 * "Apollo 11"; an ordinal: "first flight" against "the crossing"; days apart for times of day). Each comparison gets
 * an alignment score; a contradiction is reported only at or above {@link #CONTRADICTION_THRESHOLD}, and every finding
 * says why the two were judged the same thing. A document that itself gives two values for one frame describes two
 * occurrences, so its values there are not held against other documents. Two days one apart where a sentence gives a
 * zone are not held against each other unless a zoned time of day of the same happening leaves no zone in which they
 * are one day ({@link ZonedDays}); places dated to one day are also compared across verbs ({@link SameDayPlaces}).
 */
/*
 * Test-only reference: the rule as written before its hot loop was optimised (every pair of claims compared, no
 * value table, no early stop), kept so AlignedValueRuleEquivalenceTest can check the optimised rule answers the same.
 */
final class AlignedValueRuleReference implements Rule {
    static final double CONTRADICTION_THRESHOLD = 0.8;
    static final double AGREEMENT_THRESHOLD = 0.6;
    /** Farthest a predicate may be from a value, in words, for a contradiction to rest on it. */
    static final int MAX_REACH = 10;

    static final RuleInfo DATE_AGREE = new RuleInfo("event-date-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give the same date for what their sentences say happened.",
            "Several documents date the same predicate (an arrival, a death, a landing) of the same participants alike.");
    static final RuleInfo DATE_MISMATCH = new RuleInfo("event-date-mismatch", FindingKind.CONTRADICTION,
            Severity.WARNING, "Documents give different dates for what their sentences say is the same happening.",
            "The frames align (same predicate class, compatible participants); check which date the sources support.");
    static final RuleInfo TIME_AGREE = new RuleInfo("event-time-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give the same time of day (zones converted) for the same happening.",
            "Times are compared as moments when zones are given, at the precision written.");
    static final RuleInfo TIME_MISMATCH = new RuleInfo("event-time-mismatch", FindingKind.CONTRADICTION,
            Severity.WARNING, "Documents give different times of day for the same happening.",
            "A time to the minute covers that minute; to the second, that second. Zones are converted to UTC.");
    static final RuleInfo PLACE_AGREE = new RuleInfo("place-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents name the same place for the same happening.",
            "Places are compared by their words (\"Lakehurst, New Jersey\" ~ \"Naval Air Station Lakehurst\"), "
                    + "and a place dated to one day with the places the same participants have that day under other "
                    + "verbs (docked, crashed, landing); different places are not reported, since a text may name a "
                    + "region or a building for one site.");
    static final RuleInfo FIGURE_AGREE = new RuleInfo("figure-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give compatible figures for the same measured thing.",
            "Units are converted and each figure is read at the precision written; approximations widen it.");
    static final RuleInfo FIGURE_MISMATCH = new RuleInfo("figure-mismatch", FindingKind.CONTRADICTION,
            Severity.WARNING, "Documents give incompatible figures for the same measured thing.",
            "Same predicate and measured noun (deaths are not survivors, passengers are not crew); check the sources.");

    /** A claim with its (possibly adjusted) frame and, for a date, the days its document's zoned time allows. */
    private record Item(ExtractedDocument doc, Claim claim, Frame frame, ZonedDays days, List<String> places,
                        java.util.Set<String> people) {
    }

    private static boolean sharedPlace(Item a, Item b) {
        return a.places.stream().anyMatch(x -> b.places.stream().anyMatch(y -> ValueCompatibility.sharesNameWord(x, y)));
    }

    /**
     * Two sentences that each name people, none of them in common, tell of different occasions unless the value is a
     * person's own fact (then the person is compared): "In 1939 X met the delegation" and "In 1928 Y met the
     * delegation" are two meetings.
     */
    private static boolean peopleApart(Item a, Item b) {
        return !a.people.isEmpty() && !b.people.isEmpty() && a.frame.person().isEmpty() && b.frame.person().isEmpty()
                && java.util.Collections.disjoint(a.people, b.people);
    }

    private static boolean placesApart(Item a, Item b) {
        return !a.places.isEmpty() && !b.places.isEmpty() && !(a.claim.value() instanceof dev.claims.model.PlaceValue)
                && !sharedPlace(a, b);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(DATE_AGREE, DATE_MISMATCH, TIME_AGREE, TIME_MISMATCH, PLACE_AGREE, FIGURE_AGREE,
                FIGURE_MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory findings) {
        Map<String, List<Item>> groups = new TreeMap<>();
        String topic = corpusTopic(corpus);
        Map<String, String> events = shortestEventNames(corpus);
        for (ExtractedDocument d : corpus.documents()) {
            boolean adopts = !topic.isEmpty() && !hasTopic(d) && mentions(d, topic);
            Map<Claim, ZonedDays> pinned = ZonedDays.of(d);
            Map<Integer, List<String>> places = AlignedValueRule.placesBySentence(d);
            Map<Integer, java.util.Set<String>> people = AlignedValueRule.peopleBySentence(d);
            for (Claim c : d.claims()) {
                Frame f = d.frames().get(c.id());
                if (adopts && f != null && f.designations().isEmpty() && f.names().isEmpty()) {
                    f = f.withTopic(List.of(topic));
                }
                if (f != null && events.containsKey(f.predicate())) {
                    f = f.withPredicate(events.get(f.predicate()));
                }
                if (f != null && comparable(f) && !c.attribution().hedged() && !smallBareCount(c, f)) {
                    groups.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(new Item(d, c, f, pinned.get(c), places.getOrDefault(c.sentence(), List.of()), people.getOrDefault(c.sentence(), java.util.Set.of())));
                    if (!f.secondary().isEmpty() && comparable(f.asSecondary())) {
                        Frame g = f.asSecondary();
                        groups.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(new Item(d, c, g, pinned.get(c), places.getOrDefault(c.sentence(), List.of()), people.getOrDefault(c.sentence(), java.util.Set.of())));
                    }
                    Frame h = SameDayPlaces.frame(c, f);
                    if (h != null) {
                        groups.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(new Item(d, c, h, null, places.getOrDefault(c.sentence(), List.of()), people.getOrDefault(c.sentence(), java.util.Set.of())));
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Item> group : groups.values()) {
            if (group.stream().map(i -> i.doc.id()).distinct().count() >= 2) {
                compareGroup(group, findings, out);
            }
        }
        return out;
    }

    /**
     * The topic most documents of the corpus are about: the page topic (a designation or a most-named name) that more
     * documents share than any other, at least two; "" when there is none.
     */
    private static String corpusTopic(ResolvedCorpus corpus) {
        Map<String, Integer> counts = new HashMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            topicOf(d).ifPresent(t -> counts.merge(t, 1, Integer::sum));
        }
        String best = "";
        int top = 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? "" : best;
    }

    /**
     * A named event written in full in one document and shorter in another ("the Russian Civil War", "the Civil
     * War"): each name to the shortest name of two words or more in the corpus that ends it.
     */
    private static Map<String, String> shortestEventNames(ResolvedCorpus corpus) {
        Set<String> names = new java.util.TreeSet<>();
        for (ExtractedDocument d : corpus.documents()) {
            for (Frame f : d.frames().values()) {
                if (f.predicate().startsWith("event:") && f.predicate().indexOf(' ') > 0) {
                    names.add(f.predicate());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String n : names) {
            String words = n.substring("event:".length());
            for (int at = words.indexOf(' '); at > 0; at = words.indexOf(' ', at + 1)) {
                String tail = "event:" + words.substring(at + 1);
                if (tail.indexOf(' ') > 0 && names.contains(tail)) {
                    out.put(n, tail); // the shortest: later tails are shorter
                }
            }
        }
        return out;
    }

    private static java.util.Optional<String> topicOf(ExtractedDocument d) {
        return d.frames().values().stream().filter(Frame::topical).flatMap(f -> f.designations().stream())
                .findFirst();
    }

    private static boolean hasTopic(ExtractedDocument d) {
        return topicOf(d).isPresent();
    }

    /** True when the document's text names the topic somewhere, in any case ("HINDENBURG EXPLODES"). */
    private static boolean mentions(ExtractedDocument d, String topic) {
        String text = d.document().text().toLowerCase(java.util.Locale.ROOT);
        int at = text.indexOf(topic);
        while (at >= 0) {
            int end = at + topic.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(topic, end);
        }
        return false;
    }

    /** "two camps", "three systems": a small count that says what happened to nothing describes, it is no figure. */
    private static boolean smallBareCount(Claim c, Frame f) {
        return f.dimension().equals("count") && f.predicate().isEmpty() && f.person().isEmpty()
                && c.value() instanceof dev.claims.model.QuantityValue q && q.amount().compareTo(java.math.BigDecimal.TEN) < 0;
    }

    private static boolean comparable(Frame f) {
        if (f.hedged()) {
            return false;
        }
        if (f.personal() && f.person().isEmpty()) {
            return false;
        }
        if (f.dimension().equals("date") || f.dimension().equals("time") || f.dimension().equals("place")) {
            return !f.predicate().isEmpty();
        }
        return !f.measure().isEmpty()
                && (!f.predicate().isEmpty() || !f.dimension().equals("count") || !f.measure().equals("person"));
    }

    private void compareGroup(List<Item> group, FindingFactory findings, List<Finding> out) {
        Set<String> ambiguous = selfConflicting(group);
        // value clusters: items with the same normalised value
        Map<String, List<Item>> clusters = new LinkedHashMap<>();
        group.sort(Comparator.comparing((Item i) -> i.doc.id()).thenComparing(i -> i.claim.span()));
        for (Item i : group) {
            // one day's places agree only through a pair that shares a participant: a cluster per document
            String key = i.claim.value().normalized() + (SameDayPlaces.of(i.frame) ? "\n" + i.doc.id() : "");
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<List<Item>> cs = new ArrayList<>(clusters.values());
        // agreements: union of clusters with a compatible, aligned cross-document pair
        int[] parent = new int[cs.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        List<Pair> conflicts = new ArrayList<>();
        for (int a = 0; a < cs.size(); a++) {
            for (int b = a; b < cs.size(); b++) {
                Pair best = bestPair(cs.get(a), cs.get(b), a == b, ambiguous, group);
                if (best == null) {
                    continue;
                }
                if (best.compatible && best.score >= AGREEMENT_THRESHOLD) {
                    parent[find(parent, b)] = find(parent, a);
                } else if (!best.compatible && best.score >= CONTRADICTION_THRESHOLD) {
                    conflicts.add(best);
                }
            }
        }
        Map<Integer, List<Item>> agreed = new TreeMap<>();
        for (int k = 0; k < cs.size(); k++) {
            agreed.computeIfAbsent(find(parent, k), r -> new ArrayList<>()).addAll(cs.get(k));
        }
        for (List<Item> items : agreed.values()) {
            if (items.stream().map(i -> i.doc.id()).distinct().count() >= 2 && (!SameDayPlaces.of(items.get(0).frame)
                    || SameDayPlaces.predicates(items.stream().map(i -> i.doc.frames().get(i.claim.id())).toList()) >= 2)) {
                out.add(agreement(items, findings));
            }
        }
        // one finding per pair of agreeing sets in conflict, from its strongest pair
        Map<String, Pair> strongest = new TreeMap<>();
        Map<String, List<List<Item>>> sides = new TreeMap<>();
        for (Pair p : conflicts) {
            int a = indexOf(cs, p.a);
            int b = indexOf(cs, p.b);
            int ra = find(parent, a);
            int rb = find(parent, b);
            String key = ra == rb ? Math.min(a, b) + "/" + Math.max(a, b) : Math.min(ra, rb) + ":" + Math.max(ra, rb);
            Pair held = strongest.get(key);
            if (held == null || p.score > held.score) {
                strongest.put(key, p);
                sides.put(key, ra == rb ? List.of(cs.get(a), cs.get(b)) : List.of(agreed.get(ra), agreed.get(rb)));
            }
        }
        for (Map.Entry<String, Pair> e : strongest.entrySet()) {
            List<List<Item>> s = sides.get(e.getKey());
            out.add(contradiction(e.getValue(), s.get(0), s.get(1), findings));
        }
    }

    private static int indexOf(List<List<Item>> clusters, Item item) {
        for (int k = 0; k < clusters.size(); k++) {
            if (clusters.get(k).contains(item)) {
                return k;
            }
        }
        throw new IllegalStateException("item in no cluster");
    }

    /** Ids of documents that give two incompatible values within one frame key. */
    private static Set<String> selfConflicting(List<Item> group) {
        Set<String> out = new HashSet<>();
        for (int a = 0; a < group.size(); a++) {
            for (int b = a + 1; b < group.size(); b++) {
                Item x = group.get(a);
                Item y = group.get(b);
                if (x.doc.id().equals(y.doc.id()) && !participantsConflict(x.frame, y.frame)
                        && Boolean.FALSE.equals(ValueCompatibility.compatible(x.claim.value(), y.claim.value()))) {
                    out.add(x.doc.id());
                }
            }
        }
        return out;
    }

    /**
     * True when {@code item} fits none of the values the document of {@code own} gives for the frame, and, for a
     * count, {@code own} is that document's largest (the total it arrives at, not a part: "35 fatalities … one
     * worker on the ground … raising the death toll to 36").
     */
    private static boolean conflictsWithAll(Item item, Item own, List<Item> group) {
        boolean count = own.frame.dimension().equals("count")
                && own.claim.value() instanceof dev.claims.model.QuantityValue;
        for (Item other : group) {
            if (!other.doc.id().equals(own.doc.id())) {
                continue;
            }
            if (!Boolean.FALSE.equals(ValueCompatibility.compatible(item.claim.value(), other.claim.value()))) {
                return false;
            }
            if (count && other.claim.value() instanceof dev.claims.model.QuantityValue q
                    && q.amount().compareTo(((dev.claims.model.QuantityValue) own.claim.value()).amount()) > 0) {
                return false;
            }
        }
        return true;
    }

    private record Pair(Item a, Item b, boolean compatible, double score, String why) {
    }

    private static Pair bestPair(List<Item> as, List<Item> bs, boolean same, Set<String> ambiguous,
                                 List<Item> group) {
        Pair best = null;
        for (Item a : as) {
            for (Item b : bs) {
                if (a.doc.id().equals(b.doc.id())) {
                    continue;
                }
                Boolean ok = ValueCompatibility.compatible(a.claim.value(), b.claim.value());
                if (ok == null || participantsConflict(a.frame, b.frame) || differentOccasions(a, b)) {
                    continue;
                }
                if (SameDayPlaces.of(a.frame) && !SameDayPlaces.shareParticipant(a.claim, a.frame, b.claim, b.frame)) {
                    continue; // one day's places of different participants
                }
                if (!ok && (dayApartInZones(a, b) || tooFar(a.frame) || tooFar(b.frame) || placesApart(a, b)
                        || peopleApart(a, b)
                        || a.frame.measure().equals("distance") && !sharedPlace(a, b)
                        || a.frame.dimension().equals("count") && a.frame.predicate().isEmpty() && a.frame.person().isEmpty())) {
                    continue;
                }
                // a document that gives two values for the frame contradicts another only where the other's value
                // fits none of them ("32 die" against "35 fatalities … raising the death toll to 36")
                if (!ok && (ambiguous.contains(a.doc.id()) && !conflictsWithAll(b, a, group)
                        || ambiguous.contains(b.doc.id()) && !conflictsWithAll(a, b, group))) {
                    continue;
                }
                double score = score(a.frame, b.frame);
                if (best == null || score > best.score) {
                    best = new Pair(a, b, ok, score, why(a.frame, b.frame));
                }
            }
        }
        return best;
    }

    /** A predicate too far from its value to ground a contradiction (a figure of a named attribute needs none). */
    private static boolean tooFar(Frame f) {
        return !f.predicate().isEmpty() && f.reach() > MAX_REACH;
    }

    /** Figures whose sentences are dated to times that do not overlap are about different occasions. */
    private static boolean differentOccasions(Item a, Item b) {
        if (a.claim.value() instanceof dev.claims.model.DateValue) {
            return false;
        }
        dev.claims.model.DateValue x = a.claim.time();
        dev.claims.model.DateValue y = b.claim.time();
        return x != null && y != null && x.resolved() && y.resolved() && !x.overlaps(y);
    }

    /**
     * Two days one apart, where a sentence gives a zone: the day depends on the zone ("July 20 EDT", "July 21 UTC"),
     * unless a side gives the moment (a zoned time of day on its date) and the other's day is none of the days that
     * moment has in any zone ("July 19, 17:21 UTC" is July 19 or 20 somewhere, never July 18).
     */
    private static boolean dayApartInZones(Item a, Item b) {
        if (a.claim.value() instanceof dev.claims.model.DateValue x && b.claim.value() instanceof dev.claims.model.DateValue y
                && x.resolved() && y.resolved() && (a.frame.zoned() || b.frame.zoned())) {
            long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x.earliest(), y.earliest()));
            return gap <= 1 && x.precision() == y.precision() && !ZonedDays.outside(x, a.days, y, b.days);
        }
        return false;
    }

    /** Different designations of one series, or different ordinals: two occurrences, not one. */
    static boolean participantsConflict(Frame a, Frame b) {
        for (String x : a.designations()) {
            for (String y : b.designations()) {
                if (x.indexOf(' ') < 0) {
                    continue; // a page's one-word topic ("hindenburg"), not one of a numbered series
                }
                String hx = x.substring(0, x.indexOf(' '));
                if (y.startsWith(hx + " ") && !x.equals(y) && !a.designations().contains(y)
                        && !b.designations().contains(x)) {
                    return true;
                }
            }
        }
        return !a.occurrence().equals(b.occurrence());
    }

    /**
     * 0.6 for the aligned predicate (and measure), 0.2 for a shared participant (the same person, designation or
     * proper name), 0.2 for a measured predicate, a person's fact or the same wording.
     */
    static double score(Frame a, Frame b) {
        double s = 0.6;
        boolean ownShared = shares(a.names(), b.names()) || !a.topical() && !b.topical()
                && shares(a.designations(), b.designations());
        // the page's topic stands in only for a sentence that names nobody; two sentences naming different
        // participants ("lifted off in Eagle" and "launched from Kennedy Space Center") are about different things
        boolean topicShared = shares(a.designations(), b.designations())
                && !(a.namesParticipants() && b.namesParticipants());
        // a figure of a named attribute ("a top speed of", "Length:") in sentences that name nothing else: the
        // attribute of what the page describes
        boolean specification = a.predicate().isEmpty() && !a.dimension().equals("count")
                && (a.names().isEmpty() || b.names().isEmpty()) && (a.designations().isEmpty() || a.topical())
                && (b.designations().isEmpty() || b.topical());
        if (!a.person().isEmpty() || ownShared || topicShared || specification) {
            s += 0.2;
        } else {
            return s; // nothing shared: too weak for a contradiction
        }
        if (!a.predicate().isEmpty() && !a.measure().isEmpty() || a.personal()) {
            s += 0.2;
        } else if (!a.cue().isEmpty() && a.cue().equalsIgnoreCase(b.cue())) {
            s += 0.2;
        }
        return Math.min(1.0, s);
    }

    private static boolean shares(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static String why(Frame a, Frame b) {
        StringBuilder w = new StringBuilder("both: ").append(describe(a));
        w.append("; '").append(a.cue()).append("' ~ '").append(b.cue()).append("'");
        List<String> shared = new ArrayList<>();
        for (String x : a.designations()) {
            if (b.designations().contains(x)) {
                shared.add(x);
            }
        }
        for (String x : a.names()) {
            if (b.names().contains(x) && !shared.contains(x)) {
                shared.add(x);
            }
        }
        if (!shared.isEmpty()) {
            w.append("; shared: ").append(String.join(", ", shared.subList(0, Math.min(4, shared.size()))));
        }
        return w.toString();
    }

    static String describe(Frame f) {
        return f.describe();
    }

    private static RuleInfo[] infosFor(Frame f) {
        return switch (f.dimension()) {
            case "date" -> new RuleInfo[] {DATE_AGREE, DATE_MISMATCH};
            case "time" -> new RuleInfo[] {TIME_AGREE, TIME_MISMATCH};
            case "place" -> new RuleInfo[] {PLACE_AGREE, null};
            default -> new RuleInfo[] {FIGURE_AGREE, FIGURE_MISMATCH};
        };
    }

    private static Finding agreement(List<Item> items, FindingFactory findings) {
        Frame f = items.get(0).frame;
        List<String> docs = items.stream().map(i -> i.doc.document().path().getFileName().toString()).distinct().toList();
        List<String> values = items.stream().map(i -> "\"" + i.claim.value().text() + "\"").distinct().toList();
        String message = docs.size() + " documents agree on " + describe(f) + ": " + String.join(", ", values)
                + " (" + why(f, items.get(items.size() - 1).frame) + ").";
        return findings.finding(infosFor(f)[0], describe(f), message,
                items.stream().map(i -> findings.evidence(i.claim)).toList(),
                items.stream().map(i -> i.claim.value().normalized()).distinct().toList(), 0.7);
    }

    /** One finding per pair of conflicting values: the pair compared, then one more place per document of each. */
    private static Finding contradiction(Pair p, List<Item> as, List<Item> bs, FindingFactory findings) {
        Frame f = p.a.frame;
        String message = docsOf(as) + gives(as) + " \"" + p.a.claim.value().text() + "\" but " + docsOf(bs) + gives(bs)
                + " \""
                + p.b.claim.value().text() + "\" for " + describe(f) + ": they cannot both be right (" + p.why
                + "; alignment " + String.format(java.util.Locale.ROOT, "%.1f", p.score) + ").";
        List<dev.claims.model.Evidence> evidence = new ArrayList<>();
        evidence.add(findings.evidence(p.a.claim));
        evidence.add(findings.evidence(p.b.claim));
        Set<String> seen = new HashSet<>(List.of(p.a.doc.id(), p.b.doc.id()));
        for (Item i : concat(as, bs)) {
            if (seen.add(i.doc.id()) && !participantsConflict(i.frame, p.a.frame)) {
                evidence.add(findings.evidence(i.claim));
            }
        }
        return findings.finding(infosFor(f)[1], describe(f), message, evidence,
                List.of(p.a.claim.value().normalized(), p.b.claim.value().normalized()), p.score);
    }

    private static List<Item> concat(List<Item> a, List<Item> b) {
        List<Item> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String gives(List<Item> items) {
        return items.stream().map(i -> i.doc.id()).distinct().count() == 1 ? " gives" : " give";
    }

    private static String docsOf(List<Item> items) {
        return Listing.of(items.stream().map(i -> i.doc.document().path().getFileName().toString())
                .distinct().toList());
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
