package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The works a corpus cites, de-duplicated across documents with {@link WorkMatcher#sameWork}: each distinct work once,
 * described by its fullest description, blanks filled from the others, with the documents that cite it.
 *
 * <pre>{@code
 * List<CorpusWorks.Entry> works = CorpusWorks.of(extraction.documents());
 * works.get(0).work().title();     // "Recognition of Russia"
 * works.get(0).documentIds();      // ["000_15c50b5358dc4dcb.txt"]
 * }</pre>
 */
public final class CorpusWorks {
    private CorpusWorks() {
    }

    /**
     * One distinct work.
     *
     * @param work         the merged description
     * @param descriptions every description of it in the corpus, in document order
     * @param documentIds  the documents describing it, in order, without repeats
     */
    public record Entry(Work work, List<Work> descriptions, List<String> documentIds) {
        public Entry {
            descriptions = List.copyOf(descriptions);
            documentIds = List.copyOf(documentIds);
        }
    }

    /**
     * A title word found in more clusters than this is too common to find look-alike titles through: comparing with
     * all of them would make de-duplication quadratic in large corpora about one subject. Titles that differ only by
     * such words still meet through the exact title, author and year keys.
     */
    private static final int COMMON_WORD_CLUSTERS = 200;

    /**
     * Distinct works in order of first description (documents in the given order; bibliographies before notes).
     * Works are blocked by title and URL keys, and within a cluster each distinct description is compared once, so
     * a work cited the same way by thousands of documents costs one comparison per new wording, not per document.
     */
    public static List<Entry> of(List<ExtractedDocument> documents) {
        Clusters clusters = new Clusters();
        for (ExtractedDocument d : documents) {
            DocumentCitations dc = new DocumentCitations(d);
            List<Work> all = new ArrayList<>(dc.bibliography());
            all.addAll(dc.noteWorks());
            for (Work w : all) {
                if (!w.title().isEmpty() || !w.url().isEmpty()) {
                    clusters.add(d.id(), w);
                }
            }
        }
        return clusters.entries();
    }

    /** The clusters of works built so far, with the indexes that find a new work's cluster. */
    private static final class Clusters {
        private final List<List<Work>> clusters = new ArrayList<>();
        private final List<List<Work>> distinct = new ArrayList<>();
        private final List<java.util.LinkedHashSet<String>> docs = new ArrayList<>();
        private final java.util.Map<String, Integer> bySignature = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.LinkedHashSet<Integer>> index = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.LinkedHashSet<Integer>> wordIndex = new java.util.HashMap<>();
        private final List<java.util.Set<String>> clusterWords = new ArrayList<>();

        /** Files work {@code w} of document {@code doc} in its cluster, a new one when no cluster holds it. */
        void add(String doc, Work w) {
            String signature = signature(w);
            Integer known = bySignature.get(signature);
            int found = known == null ? -1 : known;
            if (found < 0) {
                List<String> keys = blockingKeys(w);
                List<String> words = titleWords(w);
                java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
                lookupKeys(w).forEach(k -> candidates.addAll(index.getOrDefault(k, new java.util.LinkedHashSet<>())));
                // clusters sharing most of the title's significant words (all but one of a short title, three
                // quarters of a long one): titles alike enough for WorkMatcher.titleSimilarity to reach 0.9 by word
                // overlap or by a typo or two do; equal main or full titles meet through the exact keys above
                int need = words.size() <= 3 ? Math.max(1, words.size() - 1) : (3 * words.size() + 3) / 4;
                // prefix filtering: a cluster sharing `need` of the words shares one of the rarest
                // words.size() - need + 1 of them, so only those words' clusters are looked at
                List<String> rarest = new ArrayList<>(words);
                rarest.sort(java.util.Comparator.comparingInt(
                        (String x) -> wordIndex.getOrDefault(x, new java.util.LinkedHashSet<>()).size()));
                for (String word : rarest.subList(0, Math.max(0, words.size() - need + 1))) {
                    java.util.Set<Integer> postings = wordIndex.getOrDefault(word, new java.util.LinkedHashSet<>());
                    if (postings.size() > COMMON_WORD_CLUSTERS) {
                        continue; // a word this common does not discriminate; exact keys still apply
                    }
                    for (int c : postings) {
                        if (!candidates.contains(c) && sharedWords(words, clusterWords.get(c)) >= need) {
                            candidates.add(c);
                        }
                    }
                }
                for (int i : candidates) {
                    if (distinct.get(i).stream().anyMatch(other -> WorkMatcher.sameWork(w, other))) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    clusters.add(new ArrayList<>());
                    distinct.add(new ArrayList<>());
                    clusterWords.add(new java.util.HashSet<>());
                    docs.add(new java.util.LinkedHashSet<>());
                    found = clusters.size() - 1;
                }
                for (String k : keys) {
                    index.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(found);
                }
                for (String word : words) {
                    wordIndex.computeIfAbsent(word, x -> new java.util.LinkedHashSet<>()).add(found);
                }
                distinct.get(found).add(w);
                clusterWords.get(found).addAll(words);
                bySignature.put(signature, found);
            }
            clusters.get(found).add(w);
            docs.get(found).add(doc);
        }

        List<Entry> entries() {
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                out.add(new Entry(merge(clusters.get(i)), clusters.get(i), new ArrayList<>(docs.get(i))));
            }
            return out;
        }
    }

    /** Everything {@link WorkMatcher#sameWork} looks at: two works with one signature are the same work. */
    private static String signature(Work w) {
        StringBuilder sb = new StringBuilder();
        for (String f : new String[] {w.title(), w.subtitle(), w.url(), w.year(), w.publisher()}) {
            sb.append(f).append('\u0001');
        }
        for (PersonName p : w.authors()) {
            sb.append(p.family()).append(',').append(p.given()).append(';');
        }
        sb.append('\u0001');
        for (PersonName p : w.editors()) {
            sb.append(p.family()).append(',').append(p.given()).append(';');
        }
        return sb.toString();
    }

    /**
     * Exact keys a work is filed under: each title key (main title, full title) alone, with each author's family
     * name, with its year (or as undated), and as authorless; and its URL.
     */
    static List<String> blockingKeys(Work w) {
        List<String> keys = new ArrayList<>();
        List<PersonName> people = WorkMatcher.people(w);
        for (String t : titleKeys(w)) {
            keys.add("t:" + t);
            for (PersonName p : people) {
                keys.add("tf:" + t + "|" + NameParser.familyKey(p));
            }
            keys.add(w.year().isEmpty() ? "tn:" + t : "ty:" + t + "|" + w.year());
            if (people.isEmpty()) {
                keys.add("tp:" + t);
            }
        }
        if (!w.url().isEmpty()) {
            keys.add("u:" + WorkMatcher.normalizeUrl(w.url()));
        }
        return keys;
    }

    /**
     * The keys under which a work with the same title can be the same work ({@link WorkMatcher#sameWork}): by the same
     * author family; by the same year or an undated description (author variants and different authors both need the
     * years to agree); or by a description without authors. A work without authors or year meets every work of its
     * title. Works whose titles merely resemble each other meet through their shared title words (see {@link #of}).
     */
    static List<String> lookupKeys(Work w) {
        List<String> keys = new ArrayList<>();
        List<PersonName> people = WorkMatcher.people(w);
        for (String t : titleKeys(w)) {
            if (people.isEmpty() || w.year().isEmpty()) {
                keys.add("t:" + t);
                continue;
            }
            for (PersonName p : people) {
                keys.add("tf:" + t + "|" + NameParser.familyKey(p));
            }
            keys.add("ty:" + t + "|" + w.year());
            keys.add("tn:" + t);
            keys.add("tp:" + t);
        }
        if (!w.url().isEmpty()) {
            keys.add("u:" + WorkMatcher.normalizeUrl(w.url()));
        }
        return keys;
    }

    private static List<String> titleKeys(Work w) {
        List<String> out = new ArrayList<>();
        String main = CitationText.titleKey(w.title());
        if (!main.isEmpty()) {
            out.add(main);
        }
        String full = WorkMatcher.fullTitleKey(w);
        if (!full.isEmpty() && !full.equals(main)) {
            out.add(full);
        }
        return out;
    }

    private static int sharedWords(List<String> words, java.util.Set<String> clusterWords) {
        int n = 0;
        for (String w : words) {
            n += clusterWords.contains(w) ? 1 : 0;
        }
        return n;
    }

    /** The distinct significant words of a work's full title. */
    private static List<String> titleWords(Work w) {
        return List.copyOf(new java.util.LinkedHashSet<>(CitationText.significantWords(WorkMatcher.fullTitleKey(w))));
    }

    /** The fullest description, its blanks filled from the others in order. */
    static Work merge(List<Work> ws) {
        Work best = ws.get(0);
        for (Work w : ws) {
            if (filled(w) > filled(best)) {
                best = w;
            }
        }
        String[] f = fields(best);
        List<PersonName> authors = best.authors();
        List<PersonName> editors = best.editors();
        for (Work w : ws) {
            String[] g = fields(w);
            for (int k = 0; k < f.length; k++) {
                if (f[k].isEmpty()) {
                    f[k] = g[k];
                }
            }
            if (authors.isEmpty() && editors.isEmpty()) {
                authors = w.authors();
                editors = w.editors();
            }
        }
        return new Work(best.type(), authors, editors, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
                f[10], f[11], best.raw(), best.span());
    }

    private static String[] fields(Work w) {
        return new String[] {w.title(), w.subtitle(), w.container(), w.volume(), w.issue(), w.place(), w.publisher(),
            w.year(), w.pages(), w.url(), w.doi(), w.isbn()};
    }

    private static int filled(Work w) {
        int n = w.authors().size() + w.editors().size() > 0 ? 1 : 0;
        for (String s : fields(w)) {
            n += s.isEmpty() ? 0 : 1;
        }
        return n;
    }
}
