package dev.claims.compare;

import dev.claims.model.Finding;
import dev.claims.progress.ProgressListener;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Stage 5: runs every rule over the resolved corpus and returns the findings sorted. */
public final class Comparer {
    private final List<Rule> rules;

    public Comparer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All rules registered as services, in a stable order. */
    public static List<Rule> registeredRules() {
        return ServiceLoader.load(Rule.class, Comparer.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(r -> r.getClass().getName()))
                .toList();
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> compare(ResolvedCorpus corpus) {
        return compare(corpus, ProgressListener.NONE);
    }

    /** Runs each rule's {@link Rule#prepare} on {@code documents} in the calling thread, the costliest first. */
    public void prepare(List<dev.claims.model.ExtractedDocument> documents) {
        for (int i : costliestFirst()) {
            rules.get(i).prepare(documents);
        }
    }

    /** The rules' indexes, the costliest first ({@link Rule#cost}), in their order among equals. */
    private List<Integer> costliestFirst() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt((Integer i) -> -rules.get(i).cost()));
        return order;
    }

    /** Runs the rules, reporting each one done to {@code progress}. */
    public List<Finding> compare(ResolvedCorpus corpus, ProgressListener progress) {
        return compare(corpus, progress, 1);
    }

    /**
     * Runs the rules on up to {@code threads} threads (rules are independent and read the corpus only; the audits
     * several rules share run once), reporting each one done to {@code progress} from the calling thread. The
     * findings do not depend on the number of threads: each rule's are taken in the rules' order, then sorted.
     */
    public List<Finding> compare(ResolvedCorpus corpus, ProgressListener progress, int threads) {
        FindingFactory factory = new FindingFactory(corpus);
        List<Finding> out = new ArrayList<>();
        progress.started(ProgressListener.Stage.COMPARE, rules.size());
        int done = 0;
        if (threads <= 1 || rules.size() <= 1) {
            for (Rule rule : rules) {
                out.addAll(rule.check(corpus, factory));
                progress.advanced(ProgressListener.Stage.COMPARE, ++done, rules.size());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, rules.size()), r -> {
                Thread t = new Thread(r, "claims-compare");
                t.setDaemon(true);
                return t;
            });
            try {
                // the costliest first, so no thread is left alone with a long rule at the end
                List<Future<List<Finding>>> futures = new ArrayList<>(java.util.Collections.nCopies(rules.size(),
                        (Future<List<Finding>>) null));
                for (int i : costliestFirst()) {
                    Rule rule = rules.get(i);
                    futures.set(i, pool.submit(() -> rule.check(corpus, factory)));
                }
                for (Future<List<Finding>> f : futures) {
                    out.addAll(f.get());
                    progress.advanced(ProgressListener.Stage.COMPARE, ++done, rules.size());
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        out.sort(null);
        // two rules saying the same of the same quotes (a named event's date by its lexicon and by its frame): once
        // (kind, set of (document, start, end, value)): compared as values, no text built per piece of evidence
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>(out.size());
        List<java.util.Set<Quoted>> wheres = new ArrayList<>(out.size());
        for (Finding f : out) {
            java.util.Set<Quoted> where = new java.util.HashSet<>();
            for (dev.claims.model.Evidence e : f.evidence()) {
                where.add(new Quoted(e.document(), e.span().start(), e.span().end(), e.value()));
            }
            if (seen.add(List.of(f.kind(), where))) {
                kept.add(f);
                wheres.add(where);
            }
        }
        return List.copyOf(withoutSubsumedAgreements(kept, wheres));
    }

    /**
     * Agreements whose quotes another agreement already holds, each with the same value ("recognized in 1933" in two
     * documents, inside the same event's agreement across five): the larger one says it all. {@code wheres} holds
     * each finding's (document, start, end, value) set.
     */
    private static List<Finding> withoutSubsumedAgreements(List<Finding> findings,
                                                           List<java.util.Set<Quoted>> wheres) {
        java.util.Map<Quoted, List<Integer>> holding = new java.util.HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).kind() == dev.claims.model.FindingKind.AGREEMENT) {
                for (Quoted w : wheres.get(i)) {
                    holding.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            if (!subsumed(i, findings, wheres, holding)) {
                out.add(findings.get(i));
            }
        }
        return out;
    }

    /** A piece of evidence as the merging of findings compares it: where it quotes, and the value it gives. */
    private record Quoted(String document, int start, int end, String value) {
    }

    private static boolean subsumed(int i, List<Finding> findings, List<java.util.Set<Quoted>> wheres,
                                    java.util.Map<Quoted, List<Integer>> holding) {
        java.util.Set<Quoted> where = wheres.get(i);
        if (findings.get(i).kind() != dev.claims.model.FindingKind.AGREEMENT || where.isEmpty()) {
            return false;
        }
        for (int j : holding.get(where.iterator().next())) {
            if (j != i && wheres.get(j).size() > where.size() && wheres.get(j).containsAll(where)) {
                return true;
            }
        }
        return false;
    }
}
