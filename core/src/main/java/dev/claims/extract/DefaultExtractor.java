package dev.claims.extract;

import dev.claims.knowledge.OfficeLexicon;
import dev.claims.citation.CitationExtractor;
import dev.claims.citation.NoteCitationExtractor;
import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs every registered {@link ClaimExtractor} and the citation extractor over a document, and numbers the claims
 * in document order. The per-document {@link DocumentAnalysis} (times, events, attribution, names) is computed once
 * and shared by every {@link AnalysisExtractor}; mentions are found from it too.
 *
 * <pre>{@code
 * Extractor defaults = new DefaultExtractor();
 * Extractor mine = new DefaultExtractor(Lexicons.defaults()
 *         .withOffices(OfficeLexicon.defaults().withEntriesFrom(Path.of("offices.json"))));
 * }</pre>
 */
public final class DefaultExtractor implements Extractor {
    private final List<ClaimExtractor> extractors;
    private final CitationExtractor citations;
    private final Lexicons lexicons;
    private final MentionFinder mentions;
    private final FrameBuilder frames = new FrameBuilder(dev.claims.knowledge.Knowledge.defaults());

    public DefaultExtractor() {
        this(Lexicons.defaults());
    }

    /** The registered extractors, each built with {@code lexicons} when it has a constructor taking them. */
    public DefaultExtractor(Lexicons lexicons) {
        this(registered(lexicons), new NoteCitationExtractor(), lexicons);
    }

    public DefaultExtractor(List<ClaimExtractor> extractors, CitationExtractor citations) {
        this(extractors, citations, Lexicons.defaults());
    }

    public DefaultExtractor(List<ClaimExtractor> extractors, CitationExtractor citations, Lexicons lexicons) {
        this.extractors = List.copyOf(extractors);
        this.citations = citations;
        this.lexicons = lexicons;
        this.mentions = new MentionFinder(lexicons.gazetteer(), lexicons.gazetteer().entityNames());
    }

    private static List<ClaimExtractor> registered(Lexicons lexicons) {
        List<ClaimExtractor> out = new ArrayList<>();
        for (ServiceLoader.Provider<ClaimExtractor> p : ServiceLoader.load(ClaimExtractor.class,
                DefaultExtractor.class.getClassLoader()).stream().toList()) {
            ClaimExtractor e;
            try {
                e = p.type().getConstructor(Lexicons.class).newInstance(lexicons);
            } catch (NoSuchMethodException noLexicons) {
                e = p.get();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException("cannot build claim extractor " + p.type().getName(), ex);
            }
            out.add(e);
        }
        out.sort(Comparator.comparing(ClaimExtractor::name));
        return out;
    }

    public List<ClaimExtractor> extractors() {
        return extractors;
    }

    /** A title the office lexicon knows is an office claim; the same words are not also a role claim. */
    private static List<Claim> withoutRolesOfKnownOffices(List<Claim> claims) {
        List<dev.claims.model.Span> offices = claims.stream().filter(c -> c.attribute().equals("office"))
                .map(Claim::span).toList();
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (!c.attribute().equals("role") || offices.stream().noneMatch(o -> o.start() < c.span().end()
                    && c.span().start() < o.end())) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public ExtractedDocument extract(Document document) {
        DocumentAnalysis analysis = DocumentAnalysis.of(document, lexicons);
        List<Claim> found = new ArrayList<>();
        for (ClaimExtractor e : extractors) {
            found.addAll(e instanceof AnalysisExtractor a ? a.extract(analysis) : e.extract(document));
        }
        found = withoutRolesOfKnownOffices(found);
        found.sort(Comparator.comparing(Claim::span).thenComparing(Claim::attribute).thenComparing(Claim::subject));
        List<Claim> numbered = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Claim c = found.get(i);
            numbered.add(new Claim("c" + (i + 1), c.documentId(), c.span(), c.sentence(), c.quote(), c.subject(),
                    c.attribute(), c.value(), c.time(), c.sources(), c.attribution()));
        }
        CitationExtractor.Result cited = citations.extract(document);
        java.util.Map<String, dev.claims.model.Frame> framed = frames.frames(analysis, numbered);
        java.util.Map<String, String> entries = frames.entryQuotes(analysis, numbered, framed);
        // a value no list names gets its subject from its frame: what its sentence says it is about; a timeline's
        // date line is quoted with the entry it dates
        for (int i = 0; i < numbered.size(); i++) {
            Claim c = numbered.get(i);
            dev.claims.model.Frame f = framed.get(c.id());
            boolean described = c.subject().isEmpty() && f != null && f.informative();
            if (described || entries.containsKey(c.id())) {
                numbered.set(i, new Claim(c.id(), c.documentId(), c.span(), c.sentence(),
                        entries.getOrDefault(c.id(), c.quote()), described ? f.describe() : c.subject(),
                        c.attribute(), c.value(), c.time(), c.sources(), c.attribution()));
            }
        }
        return new ExtractedDocument(document, numbered, mentions.find(analysis), cited.works(), cited.citations(),
                framed);
    }
}
