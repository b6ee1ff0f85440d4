package dev.claims.compare;

import dev.claims.knowledge.Packs;

import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ClaimGroup;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the dates documents give for the same event (claim groups with attribute "date"), by precision and
 * range, after converting Old Style dates ({@link CalendarNormalizer}).
 *
 * <ul>
 *   <li>{@code date-agreement}: "1933" and "November 16, 1933" agree (a note says which is more precise); an O.S./N.S.
 *       pair agrees with a calendar note. All agreeing documents are in one finding.</li>
 *   <li>{@code date-mismatch}: two dates that cannot be the same time, e.g. two full dates one day apart.</li>
 *   <li>{@code range-mismatch}: ranges or starts that disagree, e.g. "1921-1923" against "by 1920 … under way"; a
 *       period one document has under way at a time before another has it begin ("their war with Japan" said of
 *       1934 against "declaring war on the Japan on August 8" [1945]). Being under way within the stated range is
 *       neither an agreement nor a contradiction.</li>
 * </ul>
 * Vague values (seasons, decades, "early …") agree but never contradict on their own. Two values from one document
 * contradict only when both are full dates. Dates the extractor only found mentioned in a sentence about the subject
 * (attribute {@value #MENTIONED}) may support an agreement but never decide a contradiction. A full date that the
 * note cited for it gives as another day within a month ({@link NoteDates}) is a {@code date-mismatch} warning.
 */
public final class DateRule implements Rule, UsesPacks {
    static final RuleInfo AGREE = new RuleInfo("date-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give compatible dates for the same event.",
            "Two or more documents date the same event consistently, possibly at different precision or in different "
                    + "calendars; the finding notes which is more precise.");
    static final RuleInfo MISMATCH = new RuleInfo("date-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents give different dates for the same event.",
            "The dates cannot denote the same time, even allowing for precision and the Julian calendar. Check the "
                    + "sources of each document: at least one dates the event wrongly.");
    static final RuleInfo RANGE = new RuleInfo("range-mismatch", FindingKind.CONTRADICTION, Severity.ERROR,
            "Documents disagree on when a period began or ended.",
            "The ranges (or a range and a 'by'/'since' date) overlap at most partly: they disagree on the start or the "
                    + "end of the period. Or one document has the period under way at a time (its own date or the one "
                    + "just before it) before another has it begin: check which time the first means.");

    private final CalendarNormalizer calendar;

    public DateRule() {
        this(CalendarNormalizer.defaults());
    }

    public DateRule(CalendarNormalizer calendar) {
        this.calendar = calendar;
    }

    @Override
    public Rule withPacks(Packs packs) {
        return new DateRule(CalendarNormalizer.of(packs));
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH, RANGE);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<String, ClaimGroup> mentioned = new java.util.HashMap<>();
        for (ClaimGroup group : corpus.groups()) {
            if (group.attribute().equals(MENTIONED)) {
                mentioned.put(group.key(), group);
            }
        }
        java.util.Map<String, dev.claims.model.ExtractedDocument> docs = corpus.byId();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ClaimGroup group : corpus.groups()) {
            if (group.attribute().equals("date")) {
                checkGroup(group, mentioned.get(group.key()), factory, out);
                checkNotes(group.subject(), group.claims(), docs, factory, out, seen);
            }
        }
        for (dev.claims.model.ExtractedDocument d : corpus.documents()) {
            // a named event the body dates by its frame ("the “Iron Curtain” speech on March 6, 1946"), whatever
            // lexicon the corpus has
            for (Claim c : d.claims()) {
                dev.claims.model.Frame f = d.frames().get(c.id());
                if (f != null && f.predicate().startsWith(EVENT) && f.reach() == 0) {
                    String name = f.predicate().substring(EVENT.length());
                    checkNotes(name, List.of(c), docs, factory, out, seen);
                }
            }
        }
        return out;
    }

    private static final String EVENT = "event:";

    /** A full date in the body against another full date, a few days off, in the note it cites for it. */
    private static void checkNotes(String subject, List<Claim> claims,
                                   java.util.Map<String, dev.claims.model.ExtractedDocument> docs,
                                   FindingFactory factory, List<Finding> out, java.util.Set<String> seen) {
        for (Claim c : claims) {
            dev.claims.model.ExtractedDocument d = docs.get(c.documentId());
            if (d == null) {
                continue;
            }
            for (NoteDates.NoteDate nd : NoteDates.conflicting(d.document(), c, subject)) {
                if (!seen.add(c.documentId() + "\u0000" + nd.note().label() + "\u0000" + c.value().normalized())) {
                    continue;
                }
                String msg = c.documentId() + " dates it \"" + c.value().text() + "\" (" + c.value().normalized()
                        + ") but note " + nd.note().label() + ", which it cites for this, gives \"" + nd.text() + "\" ("
                        + nd.date() + "): the body and its source disagree." + HedgePolicy.suffix(List.of(c));
                List<Evidence> ev = List.of(factory.evidence(c),
                        factory.evidence(c.documentId(), nd.note().span(), nd.note().text(), nd.text()));
                Finding f = factory.finding(MISMATCH, subject + ": date", msg, ev,
                        List.of(c.value().normalized(), nd.date().toString()), HedgePolicy.confidence(0.7, List.of(c)));
                out.add(f.withSeverity(Severity.WARNING));
            }
        }
    }

    /** Dates the extractor found in a sentence about a subject without tying them to it: agreement-only support. */
    static final String MENTIONED = "mentioned-date";

    /** The compared items of a group: resolved dates, calendar-normalised. */
    List<Consensus.Item<DateRange>> items(ClaimGroup group, boolean weak) {
        List<Consensus.Item<DateRange>> items = new ArrayList<>();
        for (Claim c : group.claims()) {
            if (c.value() instanceof DateValue dv) {
                Optional<DateRange> r = DateRange.of(dv);
                if (r.isPresent()) {
                    DateRange n = calendar.normalize(group.subject(), r.get());
                    String norm = dv.normalized() + (n.calendarNote().isEmpty() ? "" : " O.S.")
                            + switch (n.shape()) {
                                case BY -> " (by)";
                                case SINCE -> " (since)";
                                case START -> " (began)";
                                case ONGOING -> " (ongoing)";
                                default -> "";
                            };
                    items.add(new Consensus.Item<>(c, n, norm, n.precisionRank(), weak));
                }
            }
        }
        return items;
    }

    private void checkGroup(ClaimGroup group, ClaimGroup mentioned, FindingFactory factory, List<Finding> out) {
        List<Consensus.Item<DateRange>> items = items(group, false);
        if (mentioned != null) {
            items.addAll(items(mentioned, true));
        }
        if (items.size() < 2) {
            return;
        }
        Consensus<DateRange> consensus = new Consensus<>(items, DateRule::conflict, DateRange::agrees);
        String subject = group.subject() + ": date";
        List<Consensus.Item<DateRange>> agreeing = consensus.agreement();
        List<Consensus.Conflict<DateRange>> conflicts = consensus.conflicts();
        if (!agreeing.isEmpty() && !disputed(agreeing, conflicts)) {
            out.add(agreement(subject, agreeing, factory));
        }
        for (Consensus.Conflict<DateRange> c : conflicts) {
            Finding f = contradiction(subject, c, factory);
            if (f != null) {
                out.add(f);
            }
        }
    }

    /**
     * True when a document taking part in the agreement also states a value that conflicts with an agreeing value
     * ("1921-1923" agrees with "into 1923" on the end, but the same document says "by 1920" for the start): the
     * contradiction is reported and the partial agreement is not.
     */
    static boolean disputed(List<Consensus.Item<DateRange>> agreeing, List<Consensus.Conflict<DateRange>> conflicts) {
        java.util.Set<String> values = new java.util.HashSet<>();
        java.util.Set<String> docs = new java.util.HashSet<>();
        agreeing.forEach(i -> {
            values.add(i.normalized());
            docs.add(i.claim().documentId());
        });
        for (Consensus.Conflict<DateRange> c : conflicts) {
            boolean leftIn = c.left().stream().anyMatch(i -> values.contains(i.normalized()));
            boolean rightIn = c.right().stream().anyMatch(i -> values.contains(i.normalized()));
            if (leftIn && c.right().stream().anyMatch(i -> docs.contains(i.claim().documentId()))
                    || rightIn && c.left().stream().anyMatch(i -> docs.contains(i.claim().documentId()))) {
                return true;
            }
        }
        return false;
    }

    /** Conflicts of vague values are not reported: a season or decade alone never decides a contradiction. */
    static Optional<String> conflict(DateRange a, DateRange b) {
        Optional<String> why = a.conflict(b);
        if (why.isPresent() && (a.vague() && a.shape() != DateRange.Shape.BY || b.vague() && b.shape() != DateRange.Shape.BY
                || a.value().precision() == DatePrecision.DECADE || b.value().precision() == DatePrecision.DECADE)) {
            return Optional.empty();
        }
        return why;
    }

    private static Finding agreement(String subject, List<Consensus.Item<DateRange>> agreeing, FindingFactory factory) {
        List<Consensus.Item<DateRange>> evidenceItems = Consensus.perDocument(agreeing);
        List<Claim> claims = evidenceItems.stream().map(Consensus.Item::claim).toList();
        TreeSet<String> docs = claims.stream().map(Claim::documentId).collect(Collectors.toCollection(TreeSet::new));
        int finest = agreeing.stream().mapToInt(Consensus.Item::precisionRank).min().orElse(0);
        List<String> precise = new ArrayList<>();
        List<String> coarse = new ArrayList<>();
        for (Consensus.Item<DateRange> i : evidenceItems) {
            String s = i.claim().documentId() + " \"" + i.claim().value().text() + "\"";
            (i.precisionRank() == finest ? precise : coarse).add(s);
        }
        StringBuilder msg = new StringBuilder(docs.size() + " documents give compatible dates: ")
                .append(Listing.of(precise));
        if (!coarse.isEmpty()) {
            msg.append("; less precisely ").append(Listing.of(coarse));
        }
        msg.append('.');
        agreeing.stream().map(i -> i.value().calendarNote()).filter(n -> !n.isEmpty()).distinct()
                .forEach(n -> msg.append(" Calendar: ").append(n).append('.'));
        List<Evidence> ev = claims.stream().map(factory::evidence).toList();
        List<String> values = agreeing.stream().map(Consensus.Item::normalized).distinct().toList();
        double confidence = HedgePolicy.confidence(docs.size() >= 3 ? 0.95 : 0.9, claims);
        return factory.finding(AGREE, subject, msg + HedgePolicy.suffix(claims), ev, values, confidence);
    }

    private static Finding contradiction(String subject, Consensus.Conflict<DateRange> c, FindingFactory factory) {
        List<Claim> left = c.left().stream().map(Consensus.Item::claim).toList();
        List<Claim> right = c.right().stream().map(Consensus.Item::claim).toList();
        TreeSet<String> docs = new TreeSet<>();
        left.forEach(x -> docs.add(x.documentId()));
        right.forEach(x -> docs.add(x.documentId()));
        DateRange a = c.left().get(0).value();
        DateRange b = c.right().get(0).value();
        if (docs.size() < 2 && !(a.value().precision() == DatePrecision.DAY && b.value().precision() == DatePrecision.DAY)) {
            return null;
        }
        boolean range = !c.reason().equals("date") || !pointLike(a) || !pointLike(b);
        RuleInfo info = range ? RANGE : MISMATCH;
        List<Claim> all = new ArrayList<>(left);
        all.addAll(right);
        String what = switch (c.reason()) {
            case "start" -> a.ongoing(b) ? "it cannot be under way before it began" : "they disagree on when it began";
            case "end" -> "they disagree on when it ended";
            default -> "the dates cannot denote the same time";
        };
        String msg = side(left) + " but " + side(right) + ": " + what + "." + HedgePolicy.suffix(all);
        List<Evidence> ev = new ArrayList<>(all.stream().map(factory::evidence).toList());
        double base = a.ongoing(b) ? 0.6 // dated by the narrative time, not by the text itself
                : a.value().precision() == DatePrecision.DAY && b.value().precision() == DatePrecision.DAY ? 0.9
                : range ? 0.75 : 0.8;
        Finding f = factory.finding(info, subject, msg, ev,
                List.of(c.left().get(0).normalized(), c.right().get(0).normalized()), HedgePolicy.confidence(base, all));
        return f.withSeverity(HedgePolicy.severity(info.severity(), all));
    }

    private static boolean pointLike(DateRange r) {
        return r.shape() == DateRange.Shape.POINT || r.shape() == DateRange.Shape.START;
    }

    private static String side(Collection<Claim> claims) {
        String docs = Listing.of(claims.stream().map(Claim::documentId).distinct().toList());
        Claim first = claims.iterator().next();
        String q = first.value() instanceof DateValue dv ? dv.qualifier() : "";
        String value = "\"" + first.value().text() + "\" (" + first.value().normalized() + ")";
        String has = claims.size() > 1 ? " have" : " has";
        return switch (q) {
            case DateValue.ONGOING -> docs + has + " it under way in " + value;
            case DateValue.BEGAN -> docs + has + " it begin " + value;
            default -> docs + " " + (claims.size() > 1 ? "date" : "dates") + " it \"" + (q.isEmpty() ? "" : q + " ")
                    + first.value().text() + "\" (" + first.value().normalized() + ")";
        };
    }
}
