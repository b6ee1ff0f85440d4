package dev.claims.resolve;

import dev.claims.knowledge.TsvResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Clusters mentions of people, places and organisations across documents, and reports the spelling variants it
 * merged.
 *
 * <p>Never similarity alone: for people the surname must match closely (same first letter, Levenshtein distance
 * at most one per five letters, Jaro-Winkler ≥ 0.88), and the first given names must then be equal, initials of each
 * other, transliterations or nicknames of each other ({@link NameLexicon}), or near spellings; otherwise they are
 * different people ("Franklin" and "Elliott" Roosevelt). A bare surname joins the one full name with that surname in
 * its document, else the one in the corpus, else stays apart as ambiguous. Aliases ("FDR") are resolved through the
 * alias data and are not reported as variants.
 *
 * <p>Nor similarity and structure alone: two close surname spellings that are each written in several documents,
 * never together, are one person only when their context agrees: an office of one class at overlapping times
 * ({@link HeldOffice}), or an entity named beside both that is not named throughout the corpus. A spelling written in
 * one document, or beside the other in one document, is merged on spelling and structure (see {@link SurnameLinker}).
 *
 * <pre>{@code
 * EntityResolver.Result r = new EntityResolver(NameLexicon.defaults()).resolve(mentions, offices);
 * r.clusters();  // "Maxim Litvinov" with mentions "Maksim Maksimovich Litvinov", "Litinov", "Litvinov", ...
 * r.variants();  // surname Litinov/Litvinov (spelling), given name Maksim/Maxim (transliteration)
 * }</pre>
 *
 * <p>Cost: mentions are grouped by folded surname, and only distinct surnames with the same first letter are
 * compared, so the work grows with the number of distinct names, not with the square of the mentions. The context
 * test reads only the documents of the two spellings of each close pair.
 */
public final class EntityResolver {
    /** Clusters, variants, and the cluster key of each input mention (by identity). */
    public record Result(List<EntityCluster> clusters, List<SpellingVariant> variants,
                         Map<EntityMention, String> keys) {
        public String keyOf(EntityMention m) {
            return keys.get(m);
        }
    }

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();
    private static final int MAX_EVIDENCE_DOCS = 4;
    /** Prefix of a person's cluster key, and of a person's key among the entities a document names. */
    static final String PERSON_KEY = "person:";

    private final NameLexicon lexicon;

    public EntityResolver(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A mention with its parsed form. */
    private record Entry(EntityMention mention, NameForm form, boolean aliased, String aliasName) {
    }

    /** Clusters mentions with no offices as context: only co-mentioned entities can link spellings far apart. */
    public Result resolve(List<EntityMention> mentions) {
        return resolve(mentions, List.of());
    }

    /** Clusters mentions, with the offices the documents state of named people as context. */
    public Result resolve(List<EntityMention> mentions, List<HeldOffice> offices) {
        Map<EntityMention, String> keys = new IdentityHashMap<>();
        List<EntityCluster> clusters = new ArrayList<>();
        List<SpellingVariant> variants = new ArrayList<>();
        Map<String, List<Entry>> byKind = new TreeMap<>();
        for (EntityMention m : mentions) {
            Optional<NameLexicon.Alias> alias = lexicon.alias(m.text());
            String kind = alias.map(NameLexicon.Alias::kind).orElse(m.kind());
            NameForm form = kind.equals("person")
                    ? NameForm.parse(alias.map(NameLexicon.Alias::canonical).orElse(m.text()))
                    : new NameForm(List.of(), alias.map(NameLexicon.Alias::canonical).orElse(stripArticle(m.text())));
            if (form.surname().isEmpty()) {
                continue;
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new Entry(m, form, alias.isPresent(), alias.map(NameLexicon.Alias::canonical).orElse(null)));
        }
        Map<String, Set<String>> namesByDocument = new HashMap<>();
        Map<String, String> folded = new HashMap<>();
        byKind.forEach((kind, entries) -> entries.forEach(e -> namesByDocument
                .computeIfAbsent(e.mention().documentId(), k -> new HashSet<>())
                .add(kind + ":" + folded.computeIfAbsent(e.form().surname(), NameLexicon::fold))));
        Map<String, List<HeldOffice>> officesBySurname = new HashMap<>();
        Map<String, String> surnameOf = new HashMap<>();
        for (HeldOffice o : offices) {
            String surname = surnameOf.computeIfAbsent(o.person(), p -> NameLexicon.fold(
                    NameForm.parse(lexicon.alias(p).map(NameLexicon.Alias::canonical).orElse(p)).surname()));
            if (!surname.isEmpty()) {
                officesBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(o);
            }
        }
        for (var e : byKind.entrySet()) {
            if (e.getKey().equals("person")) {
                clusterPeople(e.getValue(), namesByDocument, officesBySurname, clusters, variants, keys);
            } else {
                clusterNames(e.getKey(), e.getValue(), clusters, variants, keys);
            }
        }
        clusters.sort(Comparator.comparing(EntityCluster::key));
        variants.sort(Comparator.comparing(SpellingVariant::clusterKey).thenComparing(SpellingVariant::part)
                .thenComparing(v -> String.join("|", v.spellings())));
        return new Result(List.copyOf(clusters), List.copyOf(variants), keys);
    }

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^(?i:the)\\s+");
    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("[’']s$");

    private static String stripArticle(String s) {
        return POSSESSIVE_END.matcher(LEADING_THE.matcher(s.strip()).replaceFirst("")).replaceAll("");
    }

    private static final List<List<String>> SURNAME_ENDINGS = TsvResource.rows("/dev/claims/resolve/surname-endings.tsv", 1)
            .stream().map(r -> List.of(r[0].split("\\|"))).toList();

    /** True when two folded surnames differ only in endings that spell one another (Petrov/Petroff). */
    static boolean sameEndingVariant(String a, String b) {
        for (List<String> set : SURNAME_ENDINGS) {
            for (String x : set) {
                if (!a.endsWith(x)) {
                    continue;
                }
                for (String y : set) {
                    if (!x.equals(y) && b.endsWith(y)) {
                        String sa = a.substring(0, a.length() - x.length());
                        if (sa.length() >= 3 && sa.equals(b.substring(0, b.length() - y.length()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The most two spellings of one surname differ in length: by an ending pair, or by the edits allowed. */
    private static final int MAX_ENDING_LENGTH_GAP = SURNAME_ENDINGS.stream().mapToInt(set -> set.stream()
            .mapToInt(String::length).max().orElse(0) - set.stream().mapToInt(String::length).min().orElse(0))
            .max().orElse(0);

    /** Bounded Levenshtein by threshold (early exit): most pairs of a block are far apart. */
    private static final LevenshteinDistance[] BOUNDED = new LevenshteinDistance[8];

    static {
        for (int t = 1; t < BOUNDED.length; t++) {
            BOUNDED[t] = new LevenshteinDistance(t);
        }
    }

    /** Whether two names are within {@code max} edits; cheap when they are not. */
    private static boolean withinEdits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int d = max < BOUNDED.length ? BOUNDED[max].apply(a, b) : LEV.apply(a, b);
        return d >= 0 && d <= max;
    }

    /** True when two folded surnames are spellings of one name: close spellings or transliterated endings. */
    static boolean closeSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // both kinds of spelling keep the first letter (an ending pair keeps a stem of three letters or more) and
        // differ in length by at most an ending pair's or the edits' allowance: most pairs stop here
        int min = Math.min(a.length(), b.length());
        int maxEdits = Math.max(1, min / 5);
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)
                || Math.abs(a.length() - b.length()) > Math.max(MAX_ENDING_LENGTH_GAP, maxEdits)) {
            return false;
        }
        if (sameEndingVariant(a, b)) {
            return true;
        }
        // a plural ("Roosevelts") or a Slavic feminine form ("Ivanova", a wife or daughter) is not a spelling
        if (min < 4 || endsWithOneMore(a, b, 's') || endsWithOneMore(b, a, 's') || endsWithOneMore(a, b, 'a')
                || endsWithOneMore(b, a, 'a')) {
            return false;
        }
        return withinEdits(a, b, maxEdits) && JW.apply(a, b) >= 0.88;
    }

    /** True when {@code longer} is {@code shorter} and then {@code c}: {@code (shorter + c).equals(longer)}. */
    private static boolean endsWithOneMore(String shorter, String longer, char c) {
        return longer.length() == shorter.length() + 1 && longer.charAt(shorter.length()) == c
                && longer.startsWith(shorter);
    }

    /** True when two folded names are close spellings of one name, not merely similar names. */
    static boolean closeSpelling(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        if (min < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.startsWith(shorter) && longer.length() - shorter.length() <= 2) {
            return false; // "Austrian"/"Austria", "Germans"/"German": inflections, not spellings
        }
        int maxEdits = Math.max(1, min / 5);
        return LEV.apply(a, b) <= maxEdits && JW.apply(a, b) >= 0.88;
    }

    /**
     * True when two written person names can denote one person by the same tests clustering uses: close surnames, and
     * first given names equal, initials, transliterations, nicknames or near spellings (or missing on one side).
     */
    public boolean samePerson(String a, String b) {
        NameForm fa = NameForm.parse(lexicon.alias(a).map(NameLexicon.Alias::canonical).orElse(a));
        NameForm fb = NameForm.parse(lexicon.alias(b).map(NameLexicon.Alias::canonical).orElse(b));
        if (fa.surname().isEmpty() || fb.surname().isEmpty()
                || !closeSurname(NameLexicon.fold(fa.surname()), NameLexicon.fold(fb.surname()))) {
            return false;
        }
        if (!fa.hasGiven() || !fb.hasGiven()) {
            return true;
        }
        String ga = givenKey(fa);
        String gb = givenKey(fb);
        if (fa.firstIsInitial() || fb.firstIsInitial()) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return givenRelation(ga, gb).isPresent();
    }

    // ---- people ----

    private void clusterPeople(List<Entry> entries, Map<String, Set<String>> namesByDocument,
                               Map<String, List<HeldOffice>> officesBySurname, List<EntityCluster> clusters,
                               List<SpellingVariant> variants, Map<EntityMention, String> keys) {
        Map<String, List<Entry>> bySurname = new TreeMap<>();
        Map<String, Set<String>> docsBySurname = new TreeMap<>();
        for (Entry e : entries) {
            String s = NameLexicon.fold(e.form().surname());
            bySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            docsBySurname.computeIfAbsent(s, k -> new HashSet<>()).add(e.mention().documentId());
        }
        Map<Character, List<String>> blocks = new TreeMap<>();
        for (String s : bySurname.keySet()) {
            blocks.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
        }
        List<List<String>> closePairs = new ArrayList<>();
        for (List<String> block : blocks.values()) {
            // by length, so each name meets only names short or long enough to be a spelling of it
            List<String> byLength = new ArrayList<>(block);
            byLength.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < byLength.size(); i++) {
                String a = byLength.get(i);
                int reach = Math.max(MAX_ENDING_LENGTH_GAP, Math.max(1, a.length() / 5));
                for (int j = i + 1; j < byLength.size() && byLength.get(j).length() - a.length() <= reach; j++) {
                    String b = byLength.get(j);
                    if (closeSurname(a, b)) {
                        closePairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
                    }
                }
            }
        }
        closePairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
        UnionFind<String> surnames = new SurnameLinker(docsBySurname, namesByDocument, officesBySurname,
                EntityResolver::closeSurname).link(closePairs);
        for (List<String> group : surnames.groups()) {
            List<Entry> members = new ArrayList<>();
            group.forEach(s -> members.addAll(bySurname.get(s)));
            clusterSurnameGroup(members, clusters, variants, keys);
        }
    }

    private void clusterSurnameGroup(List<Entry> members, List<EntityCluster> clusters,
                                     List<SpellingVariant> variants, Map<EntityMention, String> keys) {
        // union full first names by relation; initials attach to a unique full name; bare surnames later
        UnionFind<String> given = new UnionFind<>();
        List<String> initials = new ArrayList<>();
        for (Entry e : members) {
            if (!e.form().hasGiven()) {
                continue;
            }
            String g = givenKey(e.form());
            if (e.form().firstIsInitial()) {
                initials.add(g);
            } else {
                given.add(g);
            }
        }
        List<String> fulls = new ArrayList<>(given.elements());
        for (int i = 0; i < fulls.size(); i++) {
            for (int j = i + 1; j < fulls.size(); j++) {
                if (givenRelation(fulls.get(i), fulls.get(j)).isPresent()) {
                    given.union(fulls.get(i), fulls.get(j));
                }
            }
        }
        for (String ini : new TreeSet<>(initials)) {
            List<String> roots = given.groups().stream()
                    .filter(gr -> gr.stream().anyMatch(f -> f.length() > 1 && f.charAt(0) == ini.charAt(0)))
                    .map(gr -> gr.get(0)).toList();
            given.add(ini);
            if (roots.size() == 1) {
                given.union(ini, roots.get(0));
            }
        }
        Map<String, List<Entry>> byRoot = new TreeMap<>();
        List<Entry> bare = new ArrayList<>();
        for (Entry e : members) {
            if (e.form().hasGiven()) {
                byRoot.computeIfAbsent(given.find(givenKey(e.form())), k -> new ArrayList<>()).add(e);
            } else {
                bare.add(e);
            }
        }
        List<Entry> ambiguous = new ArrayList<>();
        for (Entry e : bare) {
            List<String> inDoc = byRoot.entrySet().stream()
                    .filter(en -> en.getValue().stream().anyMatch(x -> x.mention().documentId().equals(e.mention().documentId())))
                    .map(Map.Entry::getKey).toList();
            String target = inDoc.size() == 1 ? inDoc.get(0)
                    : inDoc.isEmpty() && byRoot.size() == 1 ? byRoot.keySet().iterator().next() : null;
            if (target != null) {
                byRoot.get(target).add(e);
            } else {
                ambiguous.add(e);
            }
        }
        for (List<Entry> cluster : byRoot.values()) {
            emitPerson(cluster, false, clusters, variants, keys);
        }
        if (!ambiguous.isEmpty()) {
            emitPerson(ambiguous, !byRoot.isEmpty(), clusters, variants, keys);
        }
    }

    private static String givenKey(NameForm f) {
        String g = NameLexicon.fold(f.first()).replace(".", "");
        return f.firstIsInitial() ? g.substring(0, 1) : g;
    }

    /** How two folded first names relate, or empty when they are different names. */
    private Optional<String> givenRelation(String a, String b) {
        Optional<NameLexicon.Relation> rel = lexicon.givenNameRelation(a, b);
        if (rel.isPresent()) {
            return Optional.of(switch (rel.get()) {
                case SAME -> "same";
                case TRANSLITERATION -> "transliteration";
                case NICKNAME -> "nickname";
            });
        }
        if (a.length() >= 4 && b.length() >= 4 && a.charAt(0) == b.charAt(0) && LEV.apply(a, b) <= 2
                && JW.apply(a, b) >= 0.9) {
            return Optional.of("spelling");
        }
        return Optional.empty();
    }

    private void emitPerson(List<Entry> cluster, boolean ambiguous, List<EntityCluster> clusters,
                            List<SpellingVariant> variants, Map<EntityMention, String> keys) {
        String name = displayName(cluster);
        String key = PERSON_KEY + NameLexicon.fold(name) + (ambiguous ? " (ambiguous)" : "");
        String shown = ambiguous ? name + " (ambiguous)" : name;
        List<EntityMention> ms = sortedMentions(cluster);
        ms.forEach(m -> keys.put(m, key));
        clusters.add(new EntityCluster(key, shown, "person", ms));
        if (ambiguous) {
            return;
        }
        List<Entry> written = cluster.stream().filter(e -> !e.aliased()).toList();
        addVariants(key, name, "surname", written, e -> e.form().surname(), "spelling", variants);
        addVariants(key, name, "given name",
                written.stream().filter(e -> e.form().hasGiven() && !e.form().firstIsInitial()).toList(),
                e -> e.form().first(), null, variants);
    }

    /** The alias data's name, else the full form written in most documents, then most often, then smallest. */
    private static String displayName(List<Entry> cluster) {
        for (Entry e : cluster) {
            if (e.aliased()) {
                return cluster.stream().filter(Entry::aliased).map(Entry::aliasName).sorted().findFirst().orElseThrow();
            }
        }
        boolean anyGiven = cluster.stream().anyMatch(e -> e.form().hasGiven());
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> docs = new TreeMap<>();
        for (Entry e : cluster) {
            if (!anyGiven || e.form().hasGiven()) {
                String d = anyGiven ? e.form().given().get(0) + " " + e.form().surname() : e.form().surname();
                counts.merge(d, 1, Integer::sum);
                docs.computeIfAbsent(d, k -> new TreeSet<>()).add(e.mention().documentId());
            }
        }
        return counts.keySet().stream()
                .max(Comparator.<String>comparingInt(k -> docs.get(k).size()).thenComparingInt(counts::get)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElseThrow();
    }

    private static List<EntityMention> sortedMentions(List<Entry> cluster) {
        List<EntityMention> ms = new ArrayList<>(cluster.stream().map(Entry::mention).toList());
        ms.sort(Comparator.comparing(EntityMention::documentId).thenComparing(EntityMention::span));
        return ms;
    }

    private void addVariants(String key, String entity, String part, List<Entry> entries,
                             java.util.function.Function<Entry, String> spelling, String fixedRelation,
                             List<SpellingVariant> out) {
        Map<String, List<EntityMention>> bySpelling = new TreeMap<>();
        Map<String, String> written = new HashMap<>();
        for (Entry e : entries) {
            String s = spelling.apply(e);
            String f = NameLexicon.fold(s);
            written.putIfAbsent(f, s);
            bySpelling.computeIfAbsent(f, k -> new ArrayList<>()).add(e.mention());
        }
        List<String> forms = new ArrayList<>(bySpelling.keySet());
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String a = forms.get(i);
                String b = forms.get(j);
                String relation = fixedRelation != null ? fixedRelation : givenRelation(a, b).orElse(null);
                if (relation == null || relation.equals("same")) {
                    continue;
                }
                double confidence = switch (relation) {
                    case "transliteration" -> 0.9;
                    case "nickname" -> 0.6;
                    default -> 0.85;
                };
                out.add(new SpellingVariant(key, entity, part, List.of(written.get(a), written.get(b)), relation,
                        List.of(evidence(bySpelling.get(a)), evidence(bySpelling.get(b))), confidence));
            }
        }
    }

    /** The first mention of a spelling in each document, for a few documents. */
    private static List<EntityMention> evidence(List<EntityMention> ms) {
        Map<String, EntityMention> first = new TreeMap<>();
        for (EntityMention m : ms) {
            first.merge(m.documentId(), m, (x, y) -> x.span().compareTo(y.span()) <= 0 ? x : y);
        }
        return first.values().stream().limit(MAX_EVIDENCE_DOCS).toList();
    }

    // ---- places and organisations ----

    private void clusterNames(String kind, List<Entry> entries, List<EntityCluster> clusters,
                              List<SpellingVariant> variants, Map<EntityMention, String> keys) {
        Map<String, List<Entry>> byName = new TreeMap<>();
        for (Entry e : entries) {
            byName.computeIfAbsent(NameLexicon.fold(e.form().surname()), k -> new ArrayList<>()).add(e);
        }
        UnionFind<String> names = new UnionFind<>();
        Map<Character, List<String>> blocks = new TreeMap<>();
        for (String n : byName.keySet()) {
            names.add(n);
            blocks.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(n);
        }
        for (List<String> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (closeSpelling(block.get(i), block.get(j))) {
                        names.union(block.get(i), block.get(j));
                    }
                }
            }
        }
        for (List<String> group : names.groups()) {
            List<Entry> cluster = new ArrayList<>();
            group.forEach(n -> cluster.addAll(byName.get(n)));
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, Set<String>> docs = new TreeMap<>();
            for (Entry e : cluster) {
                counts.merge(e.form().surname(), 1, Integer::sum);
                docs.computeIfAbsent(e.form().surname(), k -> new TreeSet<>()).add(e.mention().documentId());
            }
            String name = counts.keySet().stream()
                    .max(Comparator.<String>comparingInt(k -> docs.get(k).size()).thenComparingInt(counts::get)
                            .thenComparing(Comparator.<String>reverseOrder()))
                    .orElseThrow();
            String key = kind + ":" + NameLexicon.fold(name);
            List<EntityMention> ms = sortedMentions(cluster);
            ms.forEach(m -> keys.put(m, key));
            clusters.add(new EntityCluster(key, name, kind, ms));
            addVariants(key, name, "name", cluster.stream().filter(e -> !e.aliased()).toList(),
                    e -> e.form().surname(), "spelling", variants);
        }
    }
}
