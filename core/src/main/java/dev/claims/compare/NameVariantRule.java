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

    /** Reads every capitalised word of every sentence. */
    @Override
    public int cost() {
        return 2;
    }

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
        out.addAll(writtenVariants(corpus, factory));
        return out;
    }

    /**
     * Spellings of one capitalised name one letter apart that the resolver did not merge ({@link WrittenNames#words}):
     * the first and last letters equal, neither an inflection of the other ("Germans"/"Germany" differ in the last
     * letter), and either both written in one document ("Litinov" beside "Litvinov") or, across documents, differing
     * only in a vowel ("Tehran"/"Teheran") and neither the surname of a person the corpus names (two people with
     * surnames a letter apart are common; a writer spelling one name two ways in one text is a slip).
     */
    static List<Finding> writtenVariants(ResolvedCorpus corpus, FindingFactory factory) {
        Map<String, ExtractedDocument> docs = corpus.byId();
        Map<String, List<WrittenNames.Word>> byWord = new java.util.TreeMap<>();
        for (ExtractedDocument d : corpus.documents()) {
            WrittenNames.words(d).forEach(w -> byWord.computeIfAbsent(w.written().key(), k -> new ArrayList<>()).add(w));
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        corpus.variants().forEach(v -> reported.add(pairKey(dev.claims.resolve.NameLexicon.fold(v.spellings().get(0)),
                dev.claims.resolve.NameLexicon.fold(v.spellings().get(1)))));
        Map<String, String> personBySurname = new java.util.HashMap<>();
        Map<String, Integer> peopleBySurname = new java.util.HashMap<>();
        for (dev.claims.resolve.EntityCluster c : corpus.entities()) {
            if (!c.kind().equals("person")) {
                continue;
            }
            c.mentions().stream().map(m -> dev.claims.resolve.NameLexicon.fold(
                            dev.claims.resolve.NameForm.parse(m.text()).surname())).distinct()
                    .forEach(s -> {
                        personBySurname.putIfAbsent(s, c.name());
                        peopleBySurname.merge(s, 1, Integer::sum);
                    });
        }
        // a word also written in lower case is a common word ("Revolution", "revolution"); a word of a person's name
        // written anywhere is not compared across documents ("Lyndon" beside "London")
        java.util.Set<String> candidates = new java.util.HashSet<>();
        byWord.forEach((key, ws) -> {
            if (ws.stream().anyMatch(WrittenNames.Word::inside)) {
                candidates.add(key);
            }
        });
        java.util.Set<String> lower = new java.util.HashSet<>();
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (ExtractedDocument d : corpus.documents()) {
            d.document().sentences().forEach(s -> lowerWords(s.text(), candidates, lower));
            d.mentions().stream().filter(m -> m.kind().equals("person")).forEach(m -> personWords.addAll(
                    List.of(NAME_PARTS.split(dev.claims.resolve.NameLexicon.fold(m.text())))));
        }
        List<String> names = byWord.keySet().stream().filter(k -> candidates.contains(k) && !lower.contains(k))
                .toList();
        List<Finding> out = new ArrayList<>();
        for (int[] pair : oneEditPairs(names)) {
            String a = names.get(pair[0]);
            String b = names.get(pair[1]);
            int edit = oneInnerEdit(a, b);
            if (edit < 0 || reported.contains(pairKey(a, b))) {
                continue;
            }
            List<WrittenNames.Word> wa = byWord.get(a);
            List<WrittenNames.Word> wb = byWord.get(b);
            java.util.Set<String> da = docsOfWords(wa);
            java.util.Set<String> db = docsOfWords(wb);
            boolean together = da.stream().anyMatch(db::contains);
            boolean person = personBySurname.containsKey(a) || personBySurname.containsKey(b);
            if (personBySurname.containsKey(a) && personBySurname.containsKey(b)
                    && !personBySurname.get(a).equals(personBySurname.get(b))
                    || peopleBySurname.getOrDefault(a, 0) > 1 || peopleBySurname.getOrDefault(b, 0) > 1) {
                continue; // two people named, or a surname shared by several: not one name
            }
            if (!together && (person || personWords.contains(a) || personWords.contains(b) || !vowelEdit(a, b, edit))) {
                continue;
            }
            // the spelling written more often first: it names the entity
            boolean aFirst = wa.size() >= wb.size();
            List<WrittenNames.Word> main = aFirst ? wa : wb;
            List<WrittenNames.Word> other = aFirst ? wb : wa;
            String sa = main.get(0).written().text();
            String sb = other.get(0).written().text();
            String entity = personBySurname.getOrDefault(a, personBySurname.getOrDefault(b, sa));
            String part = person ? "surname" : "name";
            List<Evidence> ev = new ArrayList<>();
            firstPerDocument(main).forEach(w -> ev.add(wordEvidence(w, docs, factory)));
            firstPerDocument(other).forEach(w -> ev.add(wordEvidence(w, docs, factory)));
            String why = together ? "both spellings are written in " + Listing.of(da.stream().filter(db::contains)
                    .toList()) + ", one letter apart: a spelling variant or typo"
                    : "one vowel apart: a spelling or transliteration variant";
            String msg = "\"" + sa + "\" (" + Listing.of(List.copyOf(aFirst ? da : db)) + ") and \"" + sb + "\" ("
                    + Listing.of(List.copyOf(aFirst ? db : da)) + ") spell the " + part + " of " + entity
                    + " differently: " + why + ".";
            String subject = entity + ": " + (person ? "surname spelled " : "spelled ")
                    + (sa.compareTo(sb) <= 0 ? sa + " / " + sb : sb + " / " + sa);
            out.add(factory.finding(VARIANT, subject, msg, ev, List.of(sa, sb), together ? 0.8 : 0.7));
        }
        return out;
    }

    /**
     * The pairs (i &lt; j, in order) of {@code words} that may be one letter apart: those sharing a word with one inner
     * letter left out, or one such word with the other word itself (a letter replaced leaves both the same when it is
     * left out; a letter inserted leaves the shorter word). Every pair {@link #oneInnerEdit} accepts is among them,
     * found through a hash table instead of by trying every pair.
     */
    static List<int[]> oneEditPairs(List<String> words) {
        Map<String, List<Integer>> byKey = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < 4) {
                continue;
            }
            byKey.computeIfAbsent(w, k -> new ArrayList<>(2)).add(i);
            for (int p = 1; p < w.length(); p++) {
                String key = w.substring(0, p) + w.substring(p + 1);
                List<Integer> at = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
                if (at.isEmpty() || at.get(at.size() - 1).intValue() != i) {
                    at.add(i);
                }
            }
        }
        java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
        for (List<Integer> at : byKey.values()) {
            for (int x = 0; x < at.size(); x++) {
                for (int y = x + 1; y < at.size(); y++) {
                    int i = Math.min(at.get(x), at.get(y));
                    int j = Math.max(at.get(x), at.get(y));
                    if (i != j) {
                        pairs.add(((long) i << 32) | j);
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>(pairs.size());
        pairs.forEach(k -> out.add(new int[] {(int) (k >>> 32), (int) (long) k}));
        return out;
    }

    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s.]+");

    /**
     * Adds to {@code out} the words of {@code text} among {@code wanted} written in lower case: whole words (runs of
     * letters) of five letters or more, every letter lower case.
     */
    static void lowerWords(String text, java.util.Set<String> wanted, java.util.Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 ? (c | 0x20) < 'a' || (c | 0x20) > 'z' : !Character.isLetter(text.codePointAt(i))) {
                i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            int letters = 0;
            boolean allLower = true;
            while (i < n) {
                c = text.charAt(i);
                if (c < 128) { // ASCII: a letter is a-z or A-Z, lower case a-z
                    if ((c | 0x20) < 'a' || (c | 0x20) > 'z') {
                        break;
                    }
                    allLower &= c >= 'a';
                    letters++;
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    break;
                }
                allLower &= Character.getType(cp) == Character.LOWERCASE_LETTER;
                letters++;
                i += Character.charCount(cp);
            }
            if (allLower && letters >= 5) {
                String w = text.substring(start, i);
                if (wanted.contains(w)) {
                    out.add(w);
                }
            }
        }
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static java.util.Set<String> docsOfWords(List<WrittenNames.Word> ws) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        ws.forEach(w -> out.add(w.written().documentId()));
        return out;
    }

    private static java.util.Collection<WrittenNames.Word> firstPerDocument(List<WrittenNames.Word> ws) {
        Map<String, WrittenNames.Word> first = new java.util.TreeMap<>();
        ws.forEach(w -> first.putIfAbsent(w.written().documentId(), w));
        return first.values().stream().limit(4).toList();
    }

    private static Evidence wordEvidence(WrittenNames.Word w, Map<String, ExtractedDocument> docs,
                                         FindingFactory factory) {
        ExtractedDocument d = docs.get(w.written().documentId());
        return factory.evidence(d.id(), w.written().span(), d.document().sentences().get(w.written().sentence()).text(),
                w.written().text());
    }

    /**
     * The position of the one letter inserted, deleted or replaced between two folded words of five letters or more
     * with the same first and last letters, where neither starts with the other; -1 when they are not so.
     */
    static int oneInnerEdit(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1 || a.charAt(0) != b.charAt(0)
                || a.charAt(a.length() - 1) != b.charAt(b.length() - 1) || a.startsWith(b) || b.startsWith(a)) {
            return -1;
        }
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        String ra = a.substring(a.length() == b.length() ? p + 1 : Math.min(a.length(), p + (a.length() > b.length() ? 1 : 0)));
        String rb = b.substring(a.length() == b.length() ? p + 1 : Math.min(b.length(), p + (b.length() > a.length() ? 1 : 0)));
        return ra.equals(rb) && p > 0 ? p : -1;
    }

    /** True when the letter inserted, deleted or replaced at {@code p} is a vowel (or y) on each side that has one. */
    static boolean vowelEdit(String a, String b, int p) {
        String vowels = "aeiouy";
        boolean va = p >= a.length() || a.length() < b.length() || vowels.indexOf(a.charAt(p)) >= 0;
        boolean vb = p >= b.length() || b.length() < a.length() || vowels.indexOf(b.charAt(p)) >= 0;
        return va && vb;
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
