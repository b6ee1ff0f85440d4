package dev.claims.compare;

import dev.claims.model.Finding;
import dev.claims.progress.ProgressListener;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

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

    /** Runs the rules, reporting each one done to {@code progress}. */
    public List<Finding> compare(ResolvedCorpus corpus, ProgressListener progress) {
        FindingFactory factory = new FindingFactory(corpus);
        List<Finding> out = new ArrayList<>();
        progress.started(ProgressListener.Stage.COMPARE, rules.size());
        int done = 0;
        for (Rule rule : rules) {
            out.addAll(rule.check(corpus, factory));
            progress.advanced(ProgressListener.Stage.COMPARE, ++done, rules.size());
        }
        out.sort(null);
        // two rules saying the same of the same quotes (a named event's date by its lexicon and by its frame): once
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>(out.size());
        for (Finding f : out) {
            java.util.TreeSet<String> where = new java.util.TreeSet<>();
            f.evidence().forEach(e -> where.add(e.document() + "@" + e.span() + "=" + e.value()));
            if (seen.add(f.kind() + " " + where)) {
                kept.add(f);
            }
        }
        return List.copyOf(kept);
    }
}
