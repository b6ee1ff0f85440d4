package dev.claims.compare;

import dev.claims.knowledge.PersonKeys;
import dev.claims.knowledge.TitleGrammar;
import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agreement on the titles and roles documents give a person ("Commander Neil Armstrong", "Neil Armstrong
 * (commander)", "ROLE: Mission commander."): the same person by surname, titles with the same head whose other words
 * one contains ("commander" ⊂ "mission commander"; "White House counsel" ~ "counsel"). A person holds many titles in
 * a life, so different titles are not reported as contradictions here; offices a knowledge pack knows are compared by
 * {@link OfficeRule}.
 */
public final class RoleAgreementRule implements Rule {
    static final RuleInfo AGREE = new RuleInfo("role-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give a person the same title, rank or role.",
            "Titles are read by the title grammar (heads such as commander, pilot, counsel, chief of staff) and "
                    + "normalised (abbreviations expanded, 'former' and articles dropped) before comparing.");

    private record Item(ExtractedDocument doc, Claim claim, String title, Set<String> words) {
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory findings) {
        TitleGrammar grammar = TitleGrammar.defaults();
        Map<String, List<Item>> byPerson = new TreeMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            for (Claim c : d.claims()) {
                if (c.attribute().equals("role")) {
                    String title = c.value().normalized();
                    byPerson.computeIfAbsent(PersonKeys.surname(c.subject()), k -> new ArrayList<>())
                            .add(new Item(d, c, title, new HashSet<>(Arrays.asList(title.split(" ")))));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : byPerson.entrySet()) {
            List<Item> items = e.getValue();
            boolean[] used = new boolean[items.size()];
            for (int a = 0; a < items.size(); a++) {
                if (used[a]) {
                    continue;
                }
                List<Item> cluster = new ArrayList<>(List.of(items.get(a)));
                String head = grammar.head(items.get(a).title);
                for (int b = a + 1; b < items.size(); b++) {
                    Item x = items.get(a);
                    Item y = items.get(b);
                    if (!used[b] && head.equals(grammar.head(y.title))
                            && (x.words.containsAll(y.words) || y.words.containsAll(x.words))) {
                        used[b] = true;
                        cluster.add(y);
                    }
                }
                if (cluster.stream().map(i -> i.doc.id()).distinct().count() >= 2) {
                    out.add(agreement(e.getKey(), cluster, findings));
                }
            }
        }
        return out;
    }

    private static Finding agreement(String person, List<Item> cluster, FindingFactory findings) {
        Item first = cluster.get(0);
        List<String> wordings = cluster.stream().map(i -> "\"" + i.claim.value().text() + "\"").distinct().toList();
        long docs = cluster.stream().map(i -> i.doc.id()).distinct().count();
        String subject = first.claim.subject() + ": role " + first.title;
        String message = docs + " documents give " + first.claim.subject() + " the title " + first.title + " (as "
                + String.join(", ", wordings) + "): the same person by surname '" + person
                + "', titles with the same head.";
        return findings.finding(AGREE, subject, message, cluster.stream().map(i -> findings.evidence(i.claim)).toList(),
                cluster.stream().map(Item::title).distinct().toList(), 0.7);
    }
}
