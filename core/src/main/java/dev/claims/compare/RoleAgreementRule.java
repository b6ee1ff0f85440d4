package dev.claims.compare;

import dev.claims.knowledge.PersonKeys;
import dev.claims.knowledge.TitleGrammar;
import dev.claims.model.Claim;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.OfficeValue;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The titles and roles documents give a person ("Commander Neil Armstrong", "Neil Armstrong (commander)", "ROLE:
 * Mission commander.").
 *
 * <ul>
 *   <li>{@code role-agreement}: the same person (by surname, and by given name when both documents write one), titles
 *       of one post: heads of one class ("agent" = "employee", "manager" = "director", {@code titles.tsv}) with the
 *       same rank ("deputy", "assistant"), whose other words one contains ("commander" ⊂ "mission commander", "aide" ⊂
 *       "White House aide", "campaign manager" ⊂ "director of the 1968 and 1972 election campaigns").</li>
 *   <li>{@code title-mismatch}: two ranks of one office ("Assistant Attorney General" against "Deputy Attorney
 *       General") given to the same person by full name, when both documents tell of the same moment: each names, in
 *       the title's paragraph, the same other person with the same title (the holder of the office both ranks are
 *       ranks of, for instance). A person holds many titles in a life, so different posts are never contradictions
 *       otherwise; offices a knowledge pack knows are compared by {@link OfficeRule}.</li>
 * </ul>
 */
public final class RoleAgreementRule implements Rule {
    static final RuleInfo AGREE = new RuleInfo("role-agreement", FindingKind.AGREEMENT, Severity.NOTE,
            "Documents give a person the same title, rank or role.",
            "Titles are read by the title grammar (heads such as commander, pilot, counsel, chief of staff) and "
                    + "normalised (abbreviations expanded, 'former' and articles dropped) before comparing.");
    static final RuleInfo MISMATCH = new RuleInfo("title-mismatch", FindingKind.CONTRADICTION, Severity.WARNING,
            "Documents give a person two ranks of one office at the same moment.",
            "A deputy, an assistant and the holder of an office are three posts. Both documents tell of the same "
                    + "moment (they name the same other person with the same title beside it): one of them names the "
                    + "wrong post.");

    /** A title as compared: its head class, its rank words and its other words (stemmed). */
    private record Item(ExtractedDocument doc, Claim claim, String title, String head, Set<String> rank,
                        Set<String> words, boolean office) {
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(AGREE, MISMATCH);
    }

    @Override
    public List<Finding> check(ResolvedCorpus corpus, FindingFactory findings) {
        TitleGrammar grammar = TitleGrammar.defaults();
        Map<String, List<Item>> byPerson = new TreeMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            for (Claim c : d.claims()) {
                boolean office = c.attribute().equals("office") && c.value() instanceof OfficeValue ov && !ov.known();
                if (c.attribute().equals("role") || office) {
                    Item item = item(grammar, d, c, office);
                    if (item != null) {
                        byPerson.computeIfAbsent(PersonKeys.surname(c.subject()), k -> new ArrayList<>()).add(item);
                    }
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
                for (int b = a + 1; b < items.size(); b++) {
                    Item y = items.get(b);
                    if (!used[b] && samePost(items.get(a), y) && samePerson(items.get(a), y)) {
                        used[b] = true;
                        cluster.add(y);
                    }
                }
                // offices alone are OfficeRule's to compare; a title agreeing with an office the lexicon does not know
                // ("president of the republic" and "Republic President") is this rule's
                if (cluster.stream().map(i -> i.doc.id()).distinct().count() >= 2
                        && cluster.stream().anyMatch(i -> !i.office)) {
                    out.add(agreement(e.getKey(), cluster, findings));
                }
            }
            mismatches(items, findings, out);
        }
        return out;
    }

    private static Item item(TitleGrammar grammar, ExtractedDocument d, Claim c, boolean office) {
        String title = office ? grammar.normalize(c.value().text()) : c.value().normalized();
        String head = grammar.head(title);
        if (title.isEmpty() || head.isEmpty()) {
            return null;
        }
        Set<String> rank = new TreeSet<>();
        Set<String> words = new HashSet<>();
        String core = grammar.core(title);
        String before = core.length() > head.length() ? core.substring(0, core.length() - head.length()).strip() : "";
        for (String w : before.isEmpty() ? new String[0] : before.split(" ")) {
            if (grammar.is("rank", w)) {
                rank.add(w);
            } else {
                words.add(stem(w));
            }
        }
        String complement = title.substring(core.length()).strip();
        for (String w : complement.isEmpty() ? new String[0] : complement.split(" ")) {
            if (!grammar.isComplement(w) && !w.equals("and") && !w.chars().allMatch(Character::isDigit)) {
                words.add(stem(w));
            }
        }
        return new Item(d, c, title, grammar.headClass(head), rank, words, office);
    }

    /** "campaigns" → "campaign", "nixon's" → "nixon". */
    private static String stem(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        if (x.endsWith("'s") || x.endsWith("\u2019s")) {
            x = x.substring(0, x.length() - 2);
        }
        return x.length() > 3 && x.endsWith("s") && !x.endsWith("ss") ? x.substring(0, x.length() - 1) : x;
    }

    private static boolean samePost(Item x, Item y) {
        return x.head.equals(y.head) && x.rank.equals(y.rank) && (within(x.words, y.words) || within(y.words, x.words));
    }

    /** Each word of {@code small} is in {@code large}, or a form of one there ("german" of "germany"). */
    private static boolean within(Set<String> small, Set<String> large) {
        for (String w : small) {
            if (!large.contains(w) && large.stream().noneMatch(v -> sameStem(v, w))) {
                return false;
            }
        }
        return true;
    }

    /** "germany" and "german", "russia" and "russian": the shorter but its last letter opens the longer. */
    private static boolean sameStem(String a, String b) {
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        return s.length() >= 5 && l.startsWith(s.substring(0, s.length() - 1));
    }

    /**
     * The same person: the same surname, and the same given name when both subjects write one, or a long given name
     * spelled one letter apart ("Vyacheslav", "Vyachevslav"; not "Jon", "Jan").
     */
    private static boolean samePerson(Item x, Item y) {
        String a = given(x.claim.subject());
        String b = given(y.claim.subject());
        return a.isEmpty() || b.isEmpty() || a.equals(b) || Math.min(a.length(), b.length()) >= MISSPELLABLE
                && a.charAt(0) == b.charAt(0) && ONE_EDIT.apply(a, b) == 1;
    }

    /** The shortest given name in which one letter more or less is read as a misspelling. */
    private static final int MISSPELLABLE = 6;
    private static final org.apache.commons.text.similarity.LevenshteinDistance ONE_EDIT =
            new org.apache.commons.text.similarity.LevenshteinDistance(1);

    private static String given(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space < 0 ? "" : n.substring(0, space).toLowerCase(Locale.ROOT);
    }

    /**
     * Two ranks of one office, for one person by full name, told beside the same titled person in both documents: one
     * finding per pair of titles, with every document that gives either.
     */
    private static void mismatches(List<Item> items, FindingFactory findings, List<Finding> out) {
        Map<String, List<Item[]>> byPair = new TreeMap<>();
        Map<String, String> besideByPair = new TreeMap<>();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                if (x.doc.id().equals(y.doc.id()) || x.rank.equals(y.rank) || !x.head.equals(y.head)
                        || !x.words.equals(y.words) || !fullName(x.claim.subject())
                        || !x.claim.subject().equals(y.claim.subject())) {
                    continue;
                }
                String beside = sharedCompany(x, y);
                if (beside == null) {
                    continue;
                }
                if (x.title.compareTo(y.title) > 0) {
                    Item t = x;
                    x = y;
                    y = t;
                }
                String key = x.claim.subject() + "|" + x.title + "|" + y.title;
                byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item[] {x, y});
                besideByPair.putIfAbsent(key, beside);
            }
        }
        for (Map.Entry<String, List<Item[]>> e : byPair.entrySet()) {
            java.util.LinkedHashMap<String, Item> left = new java.util.LinkedHashMap<>();
            java.util.LinkedHashMap<String, Item> right = new java.util.LinkedHashMap<>();
            for (Item[] pair : e.getValue()) {
                left.putIfAbsent(pair[0].doc.id(), pair[0]);
                right.putIfAbsent(pair[1].doc.id(), pair[1]);
            }
            Item x = bestDated(left.values());
            Item y = bestDated(right.values());
            String message = String.join(", ", left.keySet()) + (left.size() > 1 ? " call " : " calls ")
                    + x.claim.subject() + " \"" + x.claim.value().text() + "\" and " + String.join(", ", right.keySet())
                    + " \"" + y.claim.value().text() + "\": two ranks of one office. The same person by full name '"
                    + x.claim.subject() + "'; the same moment: both tell it beside " + besideByPair.get(e.getKey()) + ".";
            // the evidence: on each side the mention dated most finely (the others are named in the message)
            List<dev.claims.model.Evidence> evidence = List.of(findings.evidence(x.claim), findings.evidence(y.claim));
            out.add(findings.finding(MISMATCH, x.claim.subject() + ": title", message, evidence,
                    List.of(x.title, y.title), 0.6));
        }
    }

    private static Item bestDated(java.util.Collection<Item> items) {
        Item best = null;
        int bestRank = -1;
        for (Item i : items) {
            dev.claims.model.DateValue t = i.claim.time();
            int rank = t == null || !t.resolved() ? 0 : t.precision() == dev.claims.model.DatePrecision.DAY ? 3
                    : t.precision() == dev.claims.model.DatePrecision.MONTH ? 2 : 1;
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean fullName(String subject) {
        return subject.strip().indexOf(' ') > 0;
    }

    /**
     * A person (other than the subject) with the same title that both documents name in the paragraph of their
     * title claims: "Elliot Richardson, attorney general"; or null.
     */
    private static String sharedCompany(Item x, Item y) {
        Map<String, String> left = company(x);
        for (Map.Entry<String, String> e : company(y).entrySet()) {
            if (e.getValue().equals(left.get(e.getKey()))) {
                return e.getKey() + " as " + e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> company(Item item) {
        TitleGrammar grammar = TitleGrammar.defaults();
        Map<String, String> out = new TreeMap<>();
        int paragraph = paragraph(item.doc, item.claim.sentence());
        String self = PersonKeys.surname(item.claim.subject());
        for (Claim c : item.doc.claims()) {
            if ((c.attribute().equals("role") || c.attribute().equals("office")) && fullName(c.subject())
                    && !PersonKeys.surname(c.subject()).equals(self)
                    && paragraph(item.doc, c.sentence()) == paragraph) {
                String t = c.attribute().equals("role") ? c.value().normalized() : grammar.normalize(c.value().text());
                if (!t.isEmpty()) {
                    out.put(c.subject(), t);
                }
            }
        }
        return out;
    }

    private static int paragraph(ExtractedDocument d, int sentence) {
        List<dev.claims.model.Sentence> ss = d.document().sentences();
        return sentence >= 0 && sentence < ss.size() ? ss.get(sentence).paragraph() : -1;
    }

    private static Finding agreement(String person, List<Item> cluster, FindingFactory findings) {
        Item first = cluster.get(0);
        List<String> wordings = cluster.stream().map(i -> "\"" + i.claim.value().text() + "\"").distinct().toList();
        long docs = cluster.stream().map(i -> i.doc.id()).distinct().count();
        boolean given = cluster.stream().allMatch(i -> !given(i.claim.subject()).isEmpty());
        List<String> spellings = cluster.stream().map(i -> given(i.claim.subject())).filter(g -> !g.isEmpty())
                .distinct().toList();
        String by = !given ? "" : spellings.size() == 1 ? "given name and "
                : "given name (spelled '" + String.join("', '", spellings) + "') and ";
        String subject = first.claim.subject() + ": role " + first.title;
        String message = docs + " documents give " + first.claim.subject() + " the title " + first.title + " (as "
                + String.join(", ", wordings) + "): the same person by " + by
                + "surname '" + person + "', titles of one post (head '" + first.head + "', one's other words within "
                + "the other's).";
        return findings.finding(AGREE, subject, message, cluster.stream().map(i -> findings.evidence(i.claim)).toList(),
                cluster.stream().map(Item::title).distinct().toList(), 0.7);
    }
}
