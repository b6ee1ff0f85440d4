package dev.claims.resolve;

import dev.claims.knowledge.OfficeLexicon;
import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Mention;
import dev.claims.model.NameValue;
import dev.claims.model.OfficeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage 4, the default resolver: clusters entity mentions across documents ({@link EntityResolver}) and groups
 * claims by blocking key, so that only claims about the same entity or event and attribute are ever compared.
 *
 * <p>Blocking keys: for claims about a person (offices, names) the person's cluster key ("person:maxim litvinov");
 * for every other claim the subject after the subject-alias data ("subject:nazi-soviet pact"). The attribute is the
 * second half of the key. Claims without a subject are not grouped. Grouping is one pass over the claims (hashing),
 * so its cost grows with their number. The office claims are also the context that decides whether two spellings
 * of a surname far apart are one person ({@link HeldOffice}, classed by the office lexicon).
 *
 * <pre>{@code
 * ResolvedCorpus corpus = new SubjectResolver().resolve(extracted);
 * corpus.groups();    // ClaimGroup("person:maxim litvinov", "Maxim Litvinov", "office", [...])
 * corpus.variants();  // Litinov/Litvinov, Maksim/Maxim
 * }</pre>
 */
public final class SubjectResolver implements Resolver {
    private final NameLexicon lexicon;
    private final OfficeLexicon offices;

    public SubjectResolver() {
        this(NameLexicon.defaults());
    }

    public SubjectResolver(NameLexicon lexicon) {
        this(lexicon, OfficeLexicon.defaults());
    }

    /** A resolver whose office context classes offices by {@code offices} (the shipped lexicon with a user's entries). */
    public SubjectResolver(NameLexicon lexicon, OfficeLexicon offices) {
        this.lexicon = lexicon;
        this.offices = offices;
    }

    @Override
    public ResolvedCorpus resolve(List<ExtractedDocument> documents) {
        // documents already in id order stay the same list (a comparer may have prepared its audits with it)
        List<ExtractedDocument> sorted = byId(documents);
        List<EntityMention> mentions = new ArrayList<>();
        List<HeldOffice> held = new ArrayList<>();
        Map<String, String> classes = new HashMap<>();
        Map<Claim, EntityMention> claimMentions = new IdentityHashMap<>();
        for (ExtractedDocument d : sorted) {
            Set<String> seen = new HashSet<>();
            for (Mention m : d.mentions()) {
                mentions.add(new EntityMention(m.documentId(), m.text(), m.kind(), m.span(), m.sentence(), m.title()));
                seen.add(m.sentence() + "\u0000" + NameLexicon.fold(m.text()));
            }
            for (Claim c : d.claims()) {
                if (isAboutPerson(c)) {
                    EntityMention em = new EntityMention(c.documentId(), c.subject(), "person", c.span(), c.sentence(),
                            c.value().text());
                    claimMentions.put(c, em);
                    if (c.value() instanceof OfficeValue o) {
                        held.add(new HeldOffice(c.documentId(), c.subject(),
                                classes.computeIfAbsent(o.canonical(), this::officeClass), c.time()));
                    }
                    if (seen.add(c.sentence() + "\u0000" + NameLexicon.fold(c.subject()))) {
                        mentions.add(em);
                    }
                }
            }
        }
        EntityResolver.Result entities = new EntityResolver(lexicon).resolve(mentions, held);
        Map<String, String> display = new TreeMap<>();
        entities.clusters().forEach(c -> display.put(c.key(), c.name()));
        // claims whose person mention was deduplicated against a real mention: resolve through that mention
        Map<String, String> keyByDocName = new TreeMap<>();
        for (EntityMention m : mentions) {
            String k = entities.keyOf(m);
            if (k != null) {
                keyByDocName.putIfAbsent(m.documentId() + "\u0000" + m.sentence() + "\u0000" + NameLexicon.fold(m.text()), k);
                keyByDocName.putIfAbsent(m.documentId() + "\u0000" + NameLexicon.fold(m.text()), k);
            }
        }

        Map<String, List<Claim>> byKey = new TreeMap<>();
        Map<String, String> subjects = new TreeMap<>();
        for (ExtractedDocument d : sorted) {
            for (Claim c : d.claims()) {
                if (c.subject() == null || c.subject().isBlank()) {
                    continue; // a claim about nothing named cannot be matched to another document's claim
                }
                String key;
                String subject;
                EntityMention em = claimMentions.get(c);
                String person = em == null ? null : entities.keyOf(em);
                if (em != null && person == null) {
                    String f = NameLexicon.fold(c.subject());
                    person = keyByDocName.get(c.documentId() + "\u0000" + c.sentence() + "\u0000" + f);
                    if (person == null) {
                        person = keyByDocName.get(c.documentId() + "\u0000" + f);
                    }
                }
                if (person != null) {
                    key = person;
                    subject = display.getOrDefault(person, c.subject());
                } else {
                    subject = lexicon.canonicalSubject(c.subject());
                    key = "subject:" + NameLexicon.fold(subject);
                }
                String groupKey = key + "\u0000" + c.attribute();
                byKey.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(c);
                subjects.putIfAbsent(groupKey, subject);
            }
        }
        List<ClaimGroup> groups = new ArrayList<>();
        byKey.forEach((k, claims) -> {
            claims.sort(Comparator.comparing(Claim::documentId).thenComparing(Claim::span));
            String[] parts = k.split("\u0000", 2);
            groups.add(new ClaimGroup(parts[0], subjects.get(k), parts[1], claims));
        });
        return new ResolvedCorpus(sorted, groups, entities.clusters(), entities.variants());
    }

    /** {@code documents} in id order, as an unmodifiable list: the same list when it is one already in that order. */
    public static List<ExtractedDocument> byId(List<ExtractedDocument> documents) {
        for (int i = 1; i < documents.size(); i++) {
            if (documents.get(i - 1).id().compareTo(documents.get(i).id()) > 0) {
                List<ExtractedDocument> sorted = new ArrayList<>(documents);
                sorted.sort(Comparator.comparing(ExtractedDocument::id));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(documents);
    }

    /** The office lexicon's class of a canonical office, else the office itself ("office:" and its folded name). */
    private String officeClass(String canonical) {
        return offices.entry(canonical).map(OfficeLexicon.Entry::officeClass).filter(c -> !c.isBlank())
                .orElse("office:" + NameLexicon.fold(canonical));
    }

    private static boolean isAboutPerson(Claim c) {
        return c.value() instanceof OfficeValue || c.value() instanceof NameValue || c.attribute().equals("office");
    }
}
