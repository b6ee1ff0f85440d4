package dev.claims.extract;

import dev.claims.values.NumberParser;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a document that every extractor then reads: per-sentence {@link SentenceAnalysis} (times with their
 * running context, events and their dates, attribution cues, people) and the document's {@link NameIndex}. A sentence
 * without a time of its own takes the time of the sentence before it in its paragraph, or, for a line of a timeline,
 * infobox or list ({@link dev.claims.model.UnitLayout}), of the sentence before it in the same line, else of the
 * date heading above it. Patterns
 * are compiled once (static); each sentence is scanned once per kind of expression, and the work is linear in the
 * document's length.
 *
 * <pre>{@code
 * DocumentAnalysis a = DocumentAnalysis.of(document, Lexicons.defaults());
 * a.sentences().get(0).times();       // time expressions of the first sentence
 * a.names().resolve("Litvinov", "");  // "Maksim Maksimovich Litvinov"
 * }</pre>
 */
public final class DocumentAnalysis {
    /** Qualifiers that relate a date to a period ("since 1933") rather than place the sentence at it. */
    private static final java.util.Set<String> RELATIONAL = dev.claims.knowledge.WordList.of("relational-qualifiers.txt");

    /** Index lines of encyclopedia exports: "[kw]...", "[g]...", "[c]...", "[p]...", and "Term;Term[Term]" lines. */
    private static final Pattern INDEX_LINE = Pattern.compile(
            "^\\s{0,4}(?:\\[(?:kw|g|c|p)\\].{0,400}|[^.\\n]{1,120};[^\\n]{0,200}\\[[^\\]\\n]{1,120}\\]\\s{0,4})$");
    /** Index terms running into a body line: "... in world affairs. [kw]United States ...", "... issues. Term;Term[Term]". */
    private static final Pattern INDEX_TAIL = Pattern.compile(
            "\\[(?:kw|g|c|p)\\].{0,400}$|(?<=[.!?]\\s)[^.;\\n]{1,80};[^\\n]{0,200}\\[[^\\]\\n]{1,120}\\]\\s{0,4}$");
    private static final NumberParser NUMBERS = new NumberParser();
    private static final TimeExpressionParser TIMES = new TimeExpressionParser(NUMBERS);
    private static final EventLinker LINKER = new EventLinker();

    private final Document document;
    private final Lexicons lexicons;
    private final List<SentenceAnalysis> sentences;
    private final NameIndex names;
    /** Each sentence's tokens, made on first use (several extractors read them). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<dev.claims.knowledge.Tokens.Token>> tokens;

    private DocumentAnalysis(Document document, Lexicons lexicons, List<SentenceAnalysis> sentences, NameIndex names) {
        this.document = document;
        this.lexicons = lexicons;
        this.sentences = List.copyOf(sentences);
        this.names = names;
        this.tokens = new java.util.concurrent.atomic.AtomicReferenceArray<>(this.sentences.size());
    }

    /** The tokens of sentence {@code i}'s (masked) text, as {@link dev.claims.knowledge.Tokens#of} gives them. */
    public List<dev.claims.knowledge.Tokens.Token> tokens(int i) {
        List<dev.claims.knowledge.Tokens.Token> t = tokens.get(i);
        if (t == null) {
            t = List.copyOf(dev.claims.knowledge.Tokens.of(sentences.get(i).text()));
            tokens.set(i, t);
        }
        return t;
    }

    public static DocumentAnalysis of(Document document, Lexicons lexicons) {
        PersonNames people = new PersonNames(lexicons.gazetteer(), lexicons.offices().titleWords());
        List<String> texts = new ArrayList<>();
        List<List<PersonNames.Candidate>> runs = new ArrayList<>(); // each sentence's runs, read once, decided twice
        NameIndex names = new NameIndex();
        Map<Integer, Integer> maskedLines = new HashMap<>();
        for (Sentence s : document.sentences()) {
            String text = masked(document.text(), s, maskedLines);
            texts.add(text);
            List<PersonNames.Candidate> candidates = people.candidates(text);
            runs.add(candidates);
            for (PersonNames.Found f : people.decide(text, candidates, null)) {
                names.add(f.name(), f.title());
            }
        }
        Map<EventLexicon.Event, Boolean> contextOk = new HashMap<>();
        TimeAnchor anchor = new TimeAnchor();
        // "forty-five years ago" counts back from the document's own date line, read once
        DateValue documentDate = TIMES.documentDate(document.date());
        List<SentenceAnalysis> out = new ArrayList<>();
        DateValue paragraphTime = null;
        int paragraph = -1;
        for (int i = 0; i < document.sentences().size(); i++) {
            Sentence s = document.sentences().get(i);
            String text = texts.get(i);
            if (s.paragraph() != paragraph || s.layout().first() == i) {
                // each entry, field or item of a line-oriented layout starts afresh: the line before does not date it
                paragraph = s.paragraph();
                paragraphTime = null;
            }
            List<TimeMention> times = new ArrayList<>(TIMES.find(text, s.paragraph(), anchor, documentDate));
            List<EventLexicon.Occurrence> events = lexicons.events().find(text, e -> e.context() == null
                    || contextOk.computeIfAbsent(e, k -> k.context().matcher(document.text()).find()));
            Map<TimeMention, EventLexicon.Occurrence> links = new HashMap<>();
            for (int k = 0; k < times.size(); k++) {
                TimeMention t = times.get(k);
                if (!t.value().resolved()) {
                    continue;
                }
                EventLexicon.Occurrence e = LINKER.eventFor(t, times, events, text);
                if (e != null && !t.anchoredInParagraph()) {
                    // a year carried over from another paragraph is too weak to date an event, but the event's key
                    // may know the year
                    TimeMention dated = EventKeyYear.of(t, e);
                    if (dated == null) {
                        continue;
                    }
                    if (anchor.lastIn(s.paragraph()) == t.value()) {
                        anchor.resolved(dated.value(), s.paragraph()); // "... on August 8. ... the next day": August 9
                    }
                    t = dated;
                    times.set(k, t);
                }
                if (e != null) {
                    links.put(t, e);
                }
            }
            DateValue time = null;
            for (TimeMention t : times) {
                if (t.value().resolved()) {
                    time = t.value();
                    break;
                }
            }
            if (time == null) {
                time = paragraphTime != null ? paragraphTime : headingTime(out, s);
            } else if (!RELATIONAL.contains(time.qualifier())) {
                // "since 1933", "by 1920" say when something began or held, not the time the next sentence tells of
                paragraphTime = time;
            }
            out.add(new SentenceAnalysis(i, s, text, times, events, links, lexicons.attribution().find(text),
                    people.decide(text, runs.get(i), names), time, anchor.year()));
        }
        return new DocumentAnalysis(document, lexicons, out, names);
    }

    /** The time of the date heading that dates {@code s} ("July 16, 1969" above "06:32 AM EDT: …"), or null. */
    private static DateValue headingTime(List<SentenceAnalysis> before, Sentence s) {
        int heading = s.layout().datedBy();
        return heading >= 0 && heading < before.size() ? before.get(heading).time() : null;
    }

    /** The sentence text with characters that lie on index lines of the original text replaced by spaces. */
    static String masked(String original, Sentence s) {
        return masked(original, s, new HashMap<>());
    }

    /**
     * As {@link #masked(String, Sentence)}, with {@code lines} caching, per line start in {@code original}, where the
     * masking of that line starts (-1: none), so a line that holds many sentences is matched once per document.
     */
    static String masked(String original, Sentence s, Map<Integer, Integer> lines) {
        String text = s.text();
        char[] chars = null;
        int start = s.span().start();
        // the start of the sentence's line, looked for no more than 4000 characters back
        int lineStart = Math.max(start - 4000, original.lastIndexOf('\n', start - 1) + 1);
        int pos = lineStart;
        while (pos < s.span().end()) {
            int nl = original.indexOf('\n', pos);
            int lineEnd = nl < 0 ? original.length() : nl;
            Integer cached = lines.get(pos);
            int from = -1;
            if (cached != null) {
                from = cached;
            } else if (lineEnd - pos <= 8000 && original.lastIndexOf('[', lineEnd - 1) >= pos) {
                // both patterns need a "[": most lines are passed over without a match tried
                String line = original.substring(pos, lineEnd);
                if (INDEX_LINE.matcher(line).matches()) {
                    from = pos;
                } else {
                    Matcher tail = INDEX_TAIL.matcher(line);
                    if (tail.find()) {
                        from = pos + tail.start();
                    }
                }
            }
            lines.put(pos, from);
            if (from >= 0) {
                int k = firstAtOrAfter(s, text.length(), from);
                for (; k < text.length() && s.offset(k) < lineEnd; k++) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[k] = ' ';
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return chars == null ? text : new String(chars);
    }

    public Document document() {
        return document;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public List<SentenceAnalysis> sentences() {
        return sentences;
    }

    public NameIndex names() {
        return names;
    }

    public NumberParser numbers() {
        return NUMBERS;
    }

    /** The first cleaned position of {@code s} whose original offset is at or after {@code from} (offsets ascend). */
    private static int firstAtOrAfter(Sentence s, int length, int from) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.offset(mid) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
