package dev.claims.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides which close spellings of a surname name one person: the context test that comes after string similarity
 * and name structure ({@link EntityResolver#closeSurname}).
 *
 * <p>Two close spellings are linked when
 * <ol>
 *   <li>they are written in one document (an in-document variant or typo: "Litinov" beside "Litvinov"); or</li>
 *   <li>one of them is written in a single document only (a typo or one author's spelling). It joins the close
 *       spelling it is written beside, else the only close well-attested spelling, else the most similar one
 *       (Jaro-Winkler; a tie joins none); or</li>
 *   <li>both are well attested (each in {@value #WELL_ATTESTED_DOCUMENTS} or more documents), in separate documents,
 *       and their context agrees: the documents state an office of the same class for both at overlapping times
 *       ({@link HeldOffice}; only an office at least half of a spelling's documents with an office agree on, see
 *       {@link #attestedOffices}), or both spellings are named beside the same other entity, one that goes with these
 *       documents rather than with the corpus (see {@link #sharedEntity}).</li>
 * </ol>
 * Otherwise they stay two people ("Marganov" in three documents, "Margenov" in three others, different offices and
 * company: two officials, not a spelling variant).
 *
 * <pre>{@code
 * SurnameLinker linker = new SurnameLinker(docsBySurname, namesByDocument, officesBySurname, EntityResolver::closeSurname);
 * linker.context("litvinov", "litvinoff");  // Optional["office foreign-minister"] when both held it in 1933
 * UnionFind<String> groups = linker.link(closePairs);
 * }</pre>
 *
 * <p>Cost: each close pair looks only at the documents of its two spellings; co-mention counts are made once.
 */
final class SurnameLinker {
    /**
     * A spelling written in fewer documents is taken on its spelling alone, as before: the common case of a typo or
     * one author's transliteration ("Litinov" in one document) has no context of its own to compare.
     */
    static final int WELL_ATTESTED_DOCUMENTS = 2;
    /**
     * An entity named in more than this share of the corpus's documents says nothing about who is meant (a head of
     * state, the capital every document names).
     */
    static final double MAX_SHARED_ENTITY_CORPUS_SHARE = 0.5;
    /**
     * At least this share of the documents naming a shared entity must be documents of the two spellings: the entity
     * goes with this person (a colleague, a city they worked in), not with the corpus at large (one of five cities
     * that hundreds of documents name).
     */
    static final double MIN_SHARED_ENTITY_AFFINITY = 0.5;

    /**
     * An office counts as a spelling's context when at least this share of the documents that state an office of it
     * state one of that class: one document's office may be the very error the checker is there to find (a wrong
     * office planted among right ones), and must not make two people one.
     */
    static final double MIN_OFFICE_AGREEMENT = 0.5;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final Map<String, Set<String>> docsBySurname;
    private final Map<String, Set<String>> namesByDocument;
    private final Map<String, List<HeldOffice>> officesBySurname;
    private final BiPredicate<String, String> close;
    private final Map<String, Integer> documentFrequency = new TreeMap<>();
    private final Map<String, List<HeldOffice>> attested = new TreeMap<>();

    /**
     * @param docsBySurname    folded surname → the documents that write it
     * @param namesByDocument  document → keys of every entity it names ("person:litvinov", "place:moscow")
     * @param officesBySurname folded surname → offices stated of a person with that surname
     * @param close            whether two folded surnames are close spellings (other people's close spellings of the
     *                         tested name are not taken as shared company)
     */
    SurnameLinker(Map<String, Set<String>> docsBySurname, Map<String, Set<String>> namesByDocument,
                  Map<String, List<HeldOffice>> officesBySurname, BiPredicate<String, String> close) {
        this.docsBySurname = docsBySurname;
        this.namesByDocument = namesByDocument;
        this.officesBySurname = officesBySurname;
        this.close = close;
        for (Set<String> names : namesByDocument.values()) {
            names.forEach(n -> documentFrequency.merge(n, 1, Integer::sum));
        }
    }

    private Set<String> docs(String surname) {
        return docsBySurname.getOrDefault(surname, Set.of());
    }

    boolean wellAttested(String surname) {
        return docs(surname).size() >= WELL_ATTESTED_DOCUMENTS;
    }

    boolean writtenTogether(String a, String b) {
        return !Collections.disjoint(docs(a), docs(b));
    }

    /** Links close pairs of folded surnames (each pair two elements) by the rules of the class comment. */
    UnionFind<String> link(List<List<String>> closePairs) {
        UnionFind<String> groups = new UnionFind<>();
        docsBySurname.keySet().forEach(groups::add);
        Map<String, Set<String>> weakPartners = new TreeMap<>();
        List<List<String>> weakPairs = new ArrayList<>();
        // single-document spellings written beside a well-attested close spelling: linked to it here, and to no other
        Set<String> attached = new TreeSet<>();
        for (List<String> p : closePairs) {
            String a = p.get(0);
            String b = p.get(1);
            if (writtenTogether(a, b)) {
                groups.union(a, b);
                if (wellAttested(a) != wellAttested(b)) {
                    attached.add(wellAttested(a) ? b : a);
                }
            } else if (wellAttested(a) && wellAttested(b)) {
                if (context(a, b).isPresent()) {
                    groups.union(a, b);
                }
            } else if (wellAttested(a) || wellAttested(b)) {
                String weak = wellAttested(a) ? b : a;
                weakPartners.computeIfAbsent(weak, k -> new TreeSet<>()).add(weak.equals(a) ? b : a);
            } else {
                weakPairs.add(p);
            }
        }
        for (var e : weakPartners.entrySet()) {
            String weak = e.getKey();
            if (attached.contains(weak)) {
                continue;
            }
            chooseTarget(weak, e.getValue(), groups).ifPresent(t -> {
                groups.union(weak, t);
                attached.add(weak);
            });
        }
        for (List<String> p : weakPairs) {
            String a = p.get(0);
            String b = p.get(1);
            // two typos in one document each: one name, unless each already joined a different person
            if (!(attached.contains(a) && attached.contains(b)) || groups.find(a).equals(groups.find(b))) {
                groups.union(a, b);
            }
        }
        return groups;
    }

    /** The one well-attested spelling a single-document spelling joins: the only person, else the most similar. */
    private static Optional<String> chooseTarget(String weak, Set<String> partners, UnionFind<String> groups) {
        Map<String, String> byPerson = new TreeMap<>();
        for (String p : partners) {
            String root = groups.find(p);
            String best = byPerson.get(root);
            if (best == null || JW.apply(weak, p) > JW.apply(weak, best)) {
                byPerson.put(root, p);
            }
        }
        if (byPerson.size() == 1) {
            return Optional.of(byPerson.values().iterator().next());
        }
        List<String> ranked = new ArrayList<>(byPerson.values());
        ranked.sort((x, y) -> Double.compare(JW.apply(weak, y), JW.apply(weak, x)));
        return JW.apply(weak, ranked.get(0)) > JW.apply(weak, ranked.get(1)) ? Optional.of(ranked.get(0))
                : Optional.empty();
    }

    /**
     * Why two spellings written in separate documents may be one person: "office CLASS" when their documents state an
     * office of one class for both at overlapping times, "named with KEY" when both are named beside one entity that
     * goes with them; empty when their context does not support it.
     */
    Optional<String> context(String a, String b) {
        for (HeldOffice x : attestedOffices(a)) {
            for (HeldOffice y : attestedOffices(b)) {
                if (x.officeClass().equals(y.officeClass()) && x.overlaps(y)) {
                    return Optional.of("office " + x.officeClass());
                }
            }
        }
        return sharedEntity(a, b).map(k -> "named with " + k);
    }

    /** The offices stated of a spelling whose class at least {@value #MIN_OFFICE_AGREEMENT} of its documents state. */
    List<HeldOffice> attestedOffices(String surname) {
        return attested.computeIfAbsent(surname, s -> {
            List<HeldOffice> all = officesBySurname.getOrDefault(s, List.of());
            Map<String, Set<String>> docsByClass = new TreeMap<>();
            Set<String> docs = new TreeSet<>();
            for (HeldOffice o : all) {
                docsByClass.computeIfAbsent(o.officeClass(), k -> new TreeSet<>()).add(o.documentId());
                docs.add(o.documentId());
            }
            return all.stream()
                    .filter(o -> docsByClass.get(o.officeClass()).size() >= MIN_OFFICE_AGREEMENT * docs.size())
                    .toList();
        });
    }

    /**
     * An entity named in a document of each spelling, that is not a spelling of the tested name itself, is named in at
     * most {@value #MAX_SHARED_ENTITY_CORPUS_SHARE} of the corpus's documents, and at least
     * {@value #MIN_SHARED_ENTITY_AFFINITY} of whose documents are documents of the two spellings.
     */
    Optional<String> sharedEntity(String a, String b) {
        Set<String> docsA = docs(a);
        Set<String> docsB = docs(b);
        Set<String> namedWithA = new TreeSet<>();
        docsA.forEach(d -> namedWithA.addAll(namesByDocument.getOrDefault(d, Set.of())));
        Set<String> shared = new TreeSet<>();
        docsB.forEach(d -> namesByDocument.getOrDefault(d, Set.of()).stream().filter(namedWithA::contains)
                .forEach(shared::add));
        int corpus = namesByDocument.size();
        for (String key : shared) {
            if (key.startsWith(EntityResolver.PERSON_KEY)) {
                String surname = key.substring(EntityResolver.PERSON_KEY.length());
                if (close.test(surname, a) || close.test(surname, b)) {
                    continue;
                }
            }
            int df = documentFrequency.getOrDefault(key, 0);
            long withThem = 0;
            for (String d : docsA) {
                withThem += namesByDocument.getOrDefault(d, Set.of()).contains(key) ? 1 : 0;
            }
            for (String d : docsB) {
                withThem += namesByDocument.getOrDefault(d, Set.of()).contains(key) ? 1 : 0;
            }
            if (df <= MAX_SHARED_ENTITY_CORPUS_SHARE * corpus && withThem >= MIN_SHARED_ENTITY_AFFINITY * df) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
