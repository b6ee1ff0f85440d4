package dev.claims.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claims.Checker;
import dev.claims.CheckerOptions;
import dev.claims.ClaimsException;
import dev.claims.Extraction;
import dev.claims.extract.DefaultExtractor;
import dev.claims.load.FileSystemLoader;
import dev.claims.load.LoadResult;
import dev.claims.model.Document;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.LineMap;
import dev.claims.model.RawDocument;
import dev.claims.structure.CompanionBibliography;
import dev.claims.structure.FormatStructurer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the citation checks against a citation gold file: for each document, the markers, notes and bibliography
 * entries counted as a renderer shows them, and the real problems in it.
 *
 * <pre>{@code
 * [{"file": "07-report.md", "companion": "corpus/07-readme.md", "format": "markdown-footnotes",
 *   "markers": 7, "notes": 7, "bibliography": 8,
 *   "problems": [{"rule": "unresolved-short-citation", "where": "[^5] (line 833)", "detail": "…"}]}]
 * }</pre>
 *
 * <p>Each document is checked alone, joined to its companion (the file holding its bibliography) when it has one.
 * A count is right when it is within a tenth of the gold count (so exact below ten). A problem is found when a
 * finding of its rule has evidence on one of the lines its {@code where} names; the gold's {@code citation-conflict}
 * (one work described twice with different facts) is found by {@code citation-conflict}, {@code name-conflict} or
 * {@code work-mismatch}. Every other citation finding, and every {@code name-conflict} or {@code work-mismatch}, is
 * an extra finding: on a clean document, a false one.
 */
public final class CitationGoldScorer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");
    private static final Set<String> WORK_CONTRADICTIONS = Set.of("name-conflict", "work-mismatch");
    private static final Set<String> CONFLICT_RULES = Set.of("citation-conflict", "name-conflict", "work-mismatch");

    /** One real problem the gold records. */
    public record Problem(String rule, String where, List<Integer> lines) {
        public Problem {
            lines = List.copyOf(lines);
        }
    }

    /** One gold document: where it is, what a renderer counts, its problems. */
    public record GoldDocument(String file, Path path, Path companion, String format, int markers, int notes,
                               int bibliography, List<Problem> problems) {
        public GoldDocument {
            problems = List.copyOf(problems);
        }
    }

    /** What the checker made of one gold document. */
    public record DocumentScore(GoldDocument gold, int markers, int notes, int bibliography, List<Problem> found,
                                List<Problem> missed, List<Finding> extra) {
        public DocumentScore {
            found = List.copyOf(found);
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }

        /** Whether markers, notes and bibliography entries are all counted right. */
        public boolean countsRight() {
            return near(markers, gold.markers()) && near(notes, gold.notes()) && near(bibliography, gold.bibliography());
        }

        public boolean clean() {
            return gold.problems().isEmpty();
        }
    }

    /** The scores of every document, in gold order. */
    public record Result(List<DocumentScore> documents) {
        public Result {
            documents = List.copyOf(documents);
        }

        public int countsRight() {
            return (int) documents.stream().filter(DocumentScore::countsRight).count();
        }

        public int problems() {
            return documents.stream().mapToInt(d -> d.gold().problems().size()).sum();
        }

        public int found() {
            return documents.stream().mapToInt(d -> d.found().size()).sum();
        }

        public int cleanDocuments() {
            return (int) documents.stream().filter(DocumentScore::clean).count();
        }

        /** Findings on the documents the gold calls clean. */
        public int cleanFindings() {
            return documents.stream().filter(DocumentScore::clean).mapToInt(d -> d.extra().size()).sum();
        }

        public int extraFindings() {
            return documents.stream().mapToInt(d -> d.extra().size()).sum();
        }
    }

    private final CheckerOptions options;

    public CitationGoldScorer(CheckerOptions options) {
        this.options = options;
    }

    /** Within a tenth of the gold count, rounded down (exact below ten). */
    static boolean near(int got, int gold) {
        return Math.abs(got - gold) <= gold / 10;
    }

    /**
     * Reads a citation gold file; each {@code file} and {@code companion} is looked up by its file name in
     * {@code corpus}.
     *
     * @throws ClaimsException naming the gold file when it cannot be read or a record lacks a field
     */
    public static List<GoldDocument> read(Path goldFile, Path corpus) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(goldFile));
        } catch (IOException e) {
            throw new ClaimsException(goldFile, "cannot read citation gold file: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new ClaimsException(goldFile, "a citation gold file is a JSON array of documents");
        }
        List<GoldDocument> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode d = root.get(i);
            String file = text(goldFile, d, "file", i);
            Path companion = d.hasNonNull("companion")
                    ? corpus.resolve(Path.of(d.get("companion").asText()).getFileName().toString()) : null;
            List<Problem> problems = new ArrayList<>();
            for (JsonNode p : d.path("problems")) {
                String where = p.path("where").asText("");
                List<Integer> lines = new ArrayList<>();
                Matcher m = LINE.matcher(where);
                while (m.find()) {
                    lines.add(Integer.parseInt(m.group(1)));
                }
                problems.add(new Problem(text(goldFile, p, "rule", i), where, lines));
            }
            out.add(new GoldDocument(file, corpus.resolve(file), companion, d.path("format").asText(""),
                    count(goldFile, d, "markers", i), count(goldFile, d, "notes", i),
                    count(goldFile, d, "bibliography", i), problems));
        }
        return out;
    }

    private static String text(Path file, JsonNode node, String field, int index) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new ClaimsException(file, "document " + (index + 1) + " has no '" + field + "'");
        }
        return node.get(field).asText();
    }

    private static int count(Path file, JsonNode node, String field, int index) {
        if (!node.path(field).canConvertToInt()) {
            throw new ClaimsException(file, "document " + (index + 1) + " has no count '" + field + "'");
        }
        return node.get(field).asInt();
    }

    /** Checks every gold document alone (with its companion) and scores it. */
    public Result score(List<GoldDocument> gold) {
        List<DocumentScore> out = new ArrayList<>();
        for (GoldDocument g : gold) {
            out.add(score(g));
        }
        return new Result(out);
    }

    private DocumentScore score(GoldDocument g) {
        Document doc = structure(g.path());
        if (g.companion() != null) {
            doc = join(doc, g.companion());
        }
        ExtractedDocument ed = new DefaultExtractor(options.lexicons()).extract(doc);
        List<Finding> findings = Checker.withOptions(options).check(new Extraction(List.of(ed), List.of())).findings();
        LineMap lines = doc.lineMap();
        List<Finding> extra = new ArrayList<>();
        List<Problem> missed = new ArrayList<>(g.problems());
        List<Problem> found = new ArrayList<>();
        for (Finding f : findings) {
            if (!relevant(f)) {
                continue;
            }
            Problem hit = missed.stream().filter(p -> matches(p, f, lines)).findFirst().orElse(null);
            if (hit == null) {
                extra.add(f);
            } else {
                missed.remove(hit);
                found.add(hit);
            }
        }
        return new DocumentScore(g, ed.document().markers().size(), ed.document().notes().size(),
                ed.document().bibliography().size(), found, missed, extra);
    }

    /** The document joined to its companion: a BibTeX database, or any document the loader reads. */
    private Document join(Document doc, Path companion) {
        if (companion.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".bib")) {
            String bib;
            try {
                bib = Files.readString(companion);
            } catch (IOException e) {
                throw new ClaimsException(companion, "cannot read: " + e.getMessage());
            }
            try {
                return CompanionBibliography.join(doc, companion, bib, CompanionBibliography.bibtexEntries(bib));
            } catch (IllegalArgumentException e) {
                throw new ClaimsException(companion, e.getMessage());
            }
        }
        Document c = structure(companion);
        return CompanionBibliography.join(doc, companion, c.text(), CompanionBibliography.entries(c));
    }

    private Document structure(Path file) {
        LoadResult loaded = new FileSystemLoader(options.load()).load(List.of(file));
        if (loaded.documents().isEmpty()) {
            String why = loaded.skipped().isEmpty() ? "not read" : loaded.skipped().get(0).problem();
            throw new ClaimsException(file, why);
        }
        RawDocument raw = loaded.documents().get(0);
        return new FormatStructurer().structure(raw);
    }

    static boolean relevant(Finding f) {
        return f.kind() == FindingKind.CITATION
                || f.kind() == FindingKind.CONTRADICTION && WORK_CONTRADICTIONS.contains(f.rule());
    }

    static boolean matches(Problem p, Finding f, LineMap lines) {
        boolean rule = p.rule().equals(f.rule()) || p.rule().equals("citation-conflict") && CONFLICT_RULES.contains(f.rule());
        if (!rule) {
            return false;
        }
        for (Evidence e : f.evidence()) {
            int first = lines.line(e.span().start());
            int last = lines.line(Math.max(e.span().start(), e.span().end() - 1));
            for (int line : p.lines()) {
                if (line >= first && line <= last) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The scores as a Markdown table (one row per document, got/gold for each count), the totals, then each missed
     * problem and each extra finding with its line.
     */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("| document | form | markers | notes | bibliography | counts | problems found | other findings |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (DocumentScore d : r.documents()) {
            GoldDocument g = d.gold();
            b.append("| ").append(g.file()).append(" | ").append(g.format())
                    .append(" | ").append(d.markers()).append('/').append(g.markers())
                    .append(" | ").append(d.notes()).append('/').append(g.notes())
                    .append(" | ").append(d.bibliography()).append('/').append(g.bibliography())
                    .append(" | ").append(d.countsRight() ? "right" : "wrong")
                    .append(" | ").append(d.found().size()).append('/').append(g.problems().size())
                    .append(" | ").append(d.extra().size()).append(d.clean() ? " (clean)" : "").append(" |\n");
        }
        b.append('\n').append("counts right in ").append(r.countsRight()).append(" of ").append(r.documents().size())
                .append(" documents; ").append(r.found()).append(" of ").append(r.problems()).append(" problems found; ")
                .append(r.cleanFindings()).append(" findings on the ").append(r.cleanDocuments())
                .append(" clean documents; ").append(r.extraFindings()).append(" findings matching no problem in all\n");
        for (DocumentScore d : r.documents()) {
            for (Problem p : d.missed()) {
                b.append("missed: ").append(d.gold().file()).append(' ').append(p.rule()).append(' ').append(p.where()).append('\n');
            }
            for (Finding f : d.extra()) {
                Evidence e = f.evidence().get(0);
                b.append("extra: ").append(d.gold().file()).append(':').append(e.line()).append(' ').append(f.rule())
                        .append(": ").append(f.message()).append('\n');
            }
        }
        return b.toString();
    }
}
