package dev.claims.citation;

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

    /** Distinct works in order of first description (documents in the given order; bibliographies before notes). */
    public static List<Entry> of(List<ExtractedDocument> documents) {
        List<List<Work>> clusters = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        java.util.Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (ExtractedDocument d : documents) {
            DocumentCitations dc = new DocumentCitations(d);
            List<Work> all = new ArrayList<>(dc.bibliography());
            all.addAll(dc.noteWorks());
            for (Work w : all) {
                if (w.title().isEmpty() && w.url().isEmpty()) {
                    continue;
                }
                int found = -1;
                List<String> keys = blockingKeys(w);
                java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
                keys.forEach(k -> candidates.addAll(index.getOrDefault(k, List.of())));
                for (int i : candidates) {
                    for (Work other : clusters.get(i)) {
                        if (WorkMatcher.sameWork(w, other)) {
                            found = i;
                            break;
                        }
                    }
                    if (found >= 0) {
                        break;
                    }
                }
                if (found < 0) {
                    clusters.add(new ArrayList<>());
                    docs.add(new ArrayList<>());
                    found = clusters.size() - 1;
                }
                for (String k : keys) {
                    List<Integer> list = index.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!list.contains(found)) {
                        list.add(found);
                    }
                }
                clusters.get(found).add(w);
                if (!docs.get(found).contains(d.id())) {
                    docs.get(found).add(d.id());
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            out.add(new Entry(merge(clusters.get(i)), clusters.get(i), docs.get(i)));
        }
        return out;
    }

    /**
     * Keys under which a work can only match works sharing one: its main title, its URL, and the two alphabetically
     * first significant words of its full title (two works whose titles are alike share at least one of these).
     */
    static List<String> blockingKeys(Work w) {
        List<String> keys = new ArrayList<>();
        String main = CitationText.titleKey(w.title());
        if (!main.isEmpty()) {
            keys.add("t:" + main);
        }
        if (!w.url().isEmpty()) {
            keys.add("u:" + WorkMatcher.normalizeUrl(w.url()));
        }
        List<String> words = new ArrayList<>(new java.util.TreeSet<>(CitationText.significantWords(
                WorkMatcher.fullTitleKey(w))));
        for (int i = 0; i < Math.min(2, words.size()); i++) {
            keys.add("w:" + words.get(i));
        }
        return keys;
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
