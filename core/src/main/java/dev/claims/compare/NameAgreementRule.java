package dev.claims.compare;

import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Documents that write one name of an organisation, a committee, a craft's designation or a named thing in forms that
 * are the same name ({@link WrittenNames}), with the reason they were judged the same:
 *
 * <ul>
 *   <li>{@code name-agreement}: the forms differ only in case, a hyphen for a space, a legal-form suffix
 *       ({@code legal-forms.txt}: "GmbH", "Inc.") or an acronym in brackets after the name ("Deutsche Zeppelin
 *       Reederei (DZR)" and "Deutsche Zeppelin-Reederei GmbH"); designations of letters and one number written with a
 *       space and with a hyphen ("LZ 129", "LZ-129": never "LZ 130"); or a formal name of the form "X on/of Y" of four
 *       words or more that another document writes with one more inner word ("Select Committee on Presidential
 *       Activities" and "Select Committee on Presidential Campaign Activities"), with lower confidence.</li>
 *   <li>{@code thing-name-agreement}: two or more documents give one described thing the same name ("the lunar
 *       module, Eagle", "Lunar Module (LM) “Eagle”", "the LM, dubbed “Eagle”": an acronym a document defines stands for
 *       its words).</li>
 * </ul>
 * Names written identically everywhere are not reported: there is nothing to judge.
 */
public final class NameAgreementRule implements Rule {
    static final RuleInfo FORMS = new RuleInfo("name-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents write one name in forms that differ only in spelling conventions.",
            "The forms differ only in case, hyphens, a legal-form suffix, an acronym in brackets or one omitted word; "
                    + "standardise the form, or check that one entity is meant.");
    static final RuleInfo THING = new RuleInfo("thing-name-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give one described thing the same name.",
            "The description (or an acronym a document defines for it) and the name are the same in each document.");
    private static final int MAX_EVIDENCE_DOCS = 4;
    /** The words that join a body's kind to its field in a formal name ("Committee on X", "Department of X"). */
    private static final Set<String> FORMAL_CONNECTORS = Set.of("of", "on", "for");

    /** Reads every run of capitalised words of every sentence. */
    @Override
    public int cost() {
        return 2;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(FORMS, THING);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        Map<String, ExtractedDocument> docs = corpus.byId();
        List<Finding> out = new ArrayList<>();
        Map<String, List<WrittenNames.Run>> runs = new TreeMap<>();
        Map<String, List<WrittenNames.Written>> designations = new TreeMap<>();
        Map<String, String> acronyms = new TreeMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            WrittenNames.runs(d).forEach(r -> runs.computeIfAbsent(r.written().key(), k -> new ArrayList<>()).add(r));
            WrittenNames.designations(d).forEach(w -> designations.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(w));
            WrittenNames.acronyms(d).forEach(acronyms::putIfAbsent);
        }
        runs.forEach((key, rs) -> forms(key, rs, docs, factory).ifPresent(out::add));
        Map<String, List<WrittenNames.Run>> bodies = new TreeMap<>();
        runs.forEach((key, rs) -> {
            if (rs.get(0).words().size() < OMITTED_MIN_WORDS - 1) {
                return; // too short to be a formal name with a word left out, or the longer form of one
            }
            // a run holding a person's name is a title and a name ("Commissar for Foreign Affairs Maxim X"), not a body
            List<WrittenNames.Run> kept = rs.stream().filter(r -> docs.get(r.written().documentId()).mentions().stream()
                    .noneMatch(m -> m.kind().equals("person") && m.span().overlaps(r.written().span()))).toList();
            if (!kept.isEmpty()) {
                bodies.put(key, kept);
            }
        });
        out.addAll(omittedWords(bodies, docs, factory));
        designations.forEach((key, ws) -> {
            Map<String, List<WrittenNames.Written>> byForm = byForm(ws, w -> w.text().replace('\u00a0', ' '));
            if (byForm.size() >= 2 && documents(ws).size() >= 2) {
                List<String> forms = new ArrayList<>(byForm.keySet());
                String msg = describe(byForm) + " write one designation: the letters and the number are the same, "
                        + "joined by a space in one form and a hyphen in the other.";
                out.add(factory.finding(FORMS, key + ": designation written " + String.join(" / ", forms), msg,
                        evidence(byForm, docs, factory), forms, 0.9));
            }
        });
        Map<String, List<WrittenNames.Written>> namings = new TreeMap<>();
        Map<String, WrittenNames.Naming> first = new HashMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            for (WrittenNames.Naming n : WrittenNames.namings(d, acronyms)) {
                namings.computeIfAbsent(n.written().key(), k -> new ArrayList<>()).add(n.written());
                first.putIfAbsent(n.written().key(), n);
            }
        }
        namings.forEach((key, ws) -> {
            Set<String> inDocs = documents(ws);
            if (inDocs.size() >= 2) {
                WrittenNames.Naming n = first.get(key);
                Map<String, List<WrittenNames.Written>> all = new TreeMap<>(Map.of(n.name(), ws));
                String msg = and(List.copyOf(inDocs)) + " name the " + n.description() + " \"" + n.name()
                        + "\" (the description, or an acronym a document defines for it, followed by the name).";
                out.add(factory.finding(THING, "the " + n.description() + ": named " + n.name(), msg,
                        evidence(all, docs, factory), List.of(n.name()), 0.8));
            }
        });
        return out;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[,\\s]+$");
    /** The fewest words of the longer form of a formal name another document writes with one word left out. */
    private static final int OMITTED_MIN_WORDS = 5;

    /** A finding when several documents write one key in two or more forms. */
    private static java.util.Optional<Finding> forms(String key, List<WrittenNames.Run> rs,
                                                     Map<String, ExtractedDocument> docs, FindingFactory factory) {
        if (rs.stream().map(r -> r.written().text()).distinct().limit(2).count() < 2
                && rs.stream().map(WrittenNames.Run::acronym).distinct().limit(2).count() < 2
                || rs.stream().map(r -> r.written().documentId()).distinct().limit(2).count() < 2) {
            return java.util.Optional.empty(); // one form, or one document: most names of a corpus, decided at once
        }
        Map<String, List<WrittenNames.Written>> byForm = new TreeMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> bare = new TreeSet<>();
        Set<String> legal = new TreeSet<>();
        Set<String> acronymsWritten = new TreeSet<>();
        for (WrittenNames.Run r : rs) {
            String form = SPACES.matcher(r.written().text()).replaceAll(" ") + (r.acronym().isEmpty() ? "" : " (" + r.acronym() + ")");
            byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(r.written());
            String core = r.legalForm().isEmpty() ? r.written().text()
                    : r.written().text().substring(0, r.written().text().length() - r.legalForm().length());
            bare.add(SPACES.matcher(TRAILING.matcher(core).replaceAll("")).replaceAll(" "));
            legal.add(r.legalForm().replace(".", "").toLowerCase(Locale.ROOT));
            if (!r.acronym().isEmpty()) {
                acronymsWritten.add(r.acronym());
            }
        }
        if (byForm.size() < 2 || documents(rs.stream().map(WrittenNames.Run::written).toList()).size() < 2) {
            return java.util.Optional.empty();
        }
        if (legal.size() > 1) {
            reasons.add("a legal-form suffix (" + String.join(", ", legal.stream().filter(l -> !l.isEmpty())
                    .map(l -> rs.stream().map(WrittenNames.Run::legalForm).filter(f -> f.replace(".", "")
                            .equalsIgnoreCase(l)).findFirst().orElse(l)).toList()) + ")");
        }
        Set<String> dashless = new TreeSet<>();
        Set<String> cased = new TreeSet<>();
        for (String b : bare) {
            dashless.add(b.replace('-', ' '));
            cased.add(b.toLowerCase(Locale.ROOT));
        }
        if (dashless.size() < bare.size()) {
            reasons.add("a hyphen for a space");
        }
        if (cased.size() < bare.size()) {
            reasons.add("capital letters");
        }
        if (reasons.isEmpty()) {
            return java.util.Optional.empty(); // an acronym added to one spelling is not a different form
        }
        if (!acronymsWritten.isEmpty()) {
            reasons.add("an acronym in brackets (" + String.join(", ", acronymsWritten) + ")");
        }
        List<String> forms = new ArrayList<>(byForm.keySet());
        String msg = describe(byForm) + " write one name: the forms differ only in " + String.join("; ", reasons) + ".";
        return java.util.Optional.of(factory.finding(FORMS, key + ": written " + String.join(" / ", forms), msg,
                evidence(byForm, docs, factory), forms, 0.9));
    }

    /**
     * Formal names "X on/of Y" of four words or more that another document writes with one more word inside
     * (neither the first nor the last word, nor a connector).
     */
    private static List<Finding> omittedWords(Map<String, List<WrittenNames.Run>> runs,
                                              Map<String, ExtractedDocument> docs, FindingFactory factory) {
        List<Finding> out = new ArrayList<>();
        for (var e : runs.entrySet()) {
            List<String> longer = e.getValue().get(0).words();
            if (longer.size() < OMITTED_MIN_WORDS) {
                continue;
            }
            for (int i = 1; i < longer.size() - 1; i++) {
                String dropped = longer.get(i);
                if (WrittenNames.CONNECTORS.contains(dropped)) {
                    continue;
                }
                List<String> shorter = new ArrayList<>(longer);
                shorter.remove(i);
                if (shorter.stream().noneMatch(FORMAL_CONNECTORS::contains) || shorter.contains("and")
                        || WrittenNames.CONNECTORS.contains(shorter.get(0))
                        || WrittenNames.CONNECTORS.contains(shorter.get(i - 1)) && i < shorter.size()
                        && WrittenNames.CONNECTORS.contains(shorter.get(i))) {
                    continue;
                }
                List<WrittenNames.Run> other = runs.get(String.join(" ", shorter));
                if (other == null) {
                    continue;
                }
                List<WrittenNames.Written> all = new ArrayList<>();
                e.getValue().forEach(r -> all.add(r.written()));
                other.forEach(r -> all.add(r.written()));
                Set<String> longDocs = documents(e.getValue().stream().map(WrittenNames.Run::written).toList());
                Set<String> shortDocs = documents(other.stream().map(WrittenNames.Run::written).toList());
                if (longDocs.equals(shortDocs) && longDocs.size() == 1 || documents(all).size() < 2) {
                    continue;
                }
                Map<String, List<WrittenNames.Written>> byForm = byForm(all, w -> SPACES.matcher(w.text()).replaceAll(" "));
                List<String> forms = new ArrayList<>(byForm.keySet());
                String word = dropped;
                String msg = describe(byForm) + " write one formal name: one form omits the word \"" + word
                        + "\" and is otherwise word for word the other. Probably one body; check.";
                out.add(factory.finding(FORMS, e.getKey() + ": written " + String.join(" / ", forms), msg,
                        evidence(byForm, docs, factory), forms, 0.6));
            }
        }
        return out;
    }

    private static Set<String> documents(List<WrittenNames.Written> ws) {
        Set<String> out = new TreeSet<>();
        ws.forEach(w -> out.add(w.documentId()));
        return out;
    }

    private static Map<String, List<WrittenNames.Written>> byForm(List<WrittenNames.Written> ws,
                                                                 java.util.function.Function<WrittenNames.Written, String> form) {
        Map<String, List<WrittenNames.Written>> out = new TreeMap<>();
        ws.forEach(w -> out.computeIfAbsent(form.apply(w), k -> new ArrayList<>()).add(w));
        return out;
    }

    /** "\"LZ 129\" (01, 02) and \"LZ-129\" (07)". */
    private static String describe(Map<String, List<WrittenNames.Written>> byForm) {
        List<String> parts = new ArrayList<>();
        byForm.forEach((form, ws) -> parts.add("\"" + form + "\" (" + Listing.of(List.copyOf(documents(ws))) + ")"));
        return and(parts);
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first place of each form in each document, for a few documents per form. */
    private static List<Evidence> evidence(Map<String, List<WrittenNames.Written>> byForm,
                                           Map<String, ExtractedDocument> docs, FindingFactory factory) {
        List<Evidence> out = new ArrayList<>();
        byForm.forEach((form, ws) -> {
            Map<String, WrittenNames.Written> firstInDoc = new TreeMap<>();
            ws.forEach(w -> firstInDoc.merge(w.documentId(), w, (a, b) -> a.span().compareTo(b.span()) <= 0 ? a : b));
            firstInDoc.values().stream().limit(MAX_EVIDENCE_DOCS).forEach(w -> out.add(factory.evidence(w.documentId(),
                    w.span(), docs.get(w.documentId()).document().sentences().get(w.sentence()).text(), w.text())));
        });
        return out;
    }
}
