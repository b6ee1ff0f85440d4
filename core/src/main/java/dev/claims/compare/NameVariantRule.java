package dev.claims.compare;

import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Sentence;
import dev.claims.model.Severity;
import dev.claims.resolve.EntityMention;
import dev.claims.resolve.ResolvedCorpus;
import dev.claims.resolve.SpellingVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reports each spelling variant the resolver merged ({@link ResolvedCorpus#variants()}): one {@code name-variant}
 * finding per pair of spellings of one part of one entity's name, with evidence for each spelling.
 *
 * <p>Example: "Litinov" (001) and "Litvinov" (000, 001, 003), surname of Maxim Litvinov, a spelling variant; "Harry"
 * and "Henry" Hopkins, a nickname pair, reported with lower confidence because it may also be two people.
 */
public final class NameVariantRule implements Rule {
    static final RuleInfo VARIANT = new RuleInfo("name-variant", FindingKind.VARIANT, Severity.NOTE,
            "A name is spelled differently across or within documents.",
            "The spellings were resolved to one entity (by surname, given names, transliteration and nickname data). "
                    + "Standardise the spelling, or check whether two entities were meant.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(VARIANT);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory factory) {
        Map<String, ExtractedDocument> docs = corpus.byId();
        List<Finding> out = new ArrayList<>();
        for (SpellingVariant v : corpus.variants()) {
            List<Evidence> ev = new ArrayList<>();
            for (List<EntityMention> side : v.evidence()) {
                for (EntityMention m : side) {
                    ev.add(factory.evidence(m.documentId(), m.span(), quote(docs.get(m.documentId()), m), m.text()));
                }
            }
            String a = v.spellings().get(0);
            String b = v.spellings().get(1);
            String why = switch (v.relation()) {
                case "transliteration" -> "two transliterations of one name";
                case "nickname" -> "one is a common diminutive of the other: probably one person named two ways, "
                        + "possibly two people; check";
                default -> "a spelling variant or typo";
            };
            String msg = "\"" + a + "\" (" + docsOf(v.evidence().get(0)) + ") and \"" + b + "\" ("
                    + docsOf(v.evidence().get(1)) + ") spell the " + v.part() + " of " + v.entity() + " differently: "
                    + why + ".";
            String subject = v.entity() + ": " + v.part() + " spelled " + a + " / " + b;
            out.add(factory.finding(VARIANT, subject, msg, ev, List.of(a, b), v.confidence()));
        }
        return out;
    }

    private static String docsOf(List<EntityMention> ms) {
        return Listing.of(ms.stream().map(EntityMention::documentId).distinct().toList());
    }

    static String quote(ExtractedDocument d, EntityMention m) {
        if (d != null && m.sentence() >= 0 && m.sentence() < d.document().sentences().size()) {
            Sentence s = d.document().sentences().get(m.sentence());
            if (s.span().contains(m.span())) {
                return s.text();
            }
        }
        return m.text();
    }
}
