package dev.claims.generate;

import dev.claims.eval.GoldEvidence;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldRow;
import dev.claims.model.FindingKind;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Generates a synthetic corpus and its gold file, deterministically for a given {@link GeneratorOptions}.
 *
 * <p>Documents come in clusters of three to six that discuss the same two made-up officials (one Soviet, one
 * American) and cite the same three made-up books; every document also mentions one of a few real events with its
 * date, and some mention a real figure. Planted at the option's rates: a wrong office for the same year
 * (contradiction), a spelling variant of a name (variant), a shifted date or a million/billion slip (contradiction),
 * a note that gives another year than the bibliography and the other documents (contradiction, rule
 * {@code work-mismatch}). Everything else agrees, and the gold
 * file lists those agreements too.
 *
 * <pre>{@code
 * List<GeneratedDocument> docs = new ArrayList<>();
 * GoldFile gold = new CorpusGenerator().generate(GeneratorOptions.of(100, 7), docs::add);
 * }</pre>
 */
public final class CorpusGenerator {
    private static final String[] SUPERSCRIPTS = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    private static final int QUOTED_PER_SIDE = 3;
    /** The rule that reports a planted citation year: two descriptions of one work that disagree. */
    private static final String WORK_MISMATCH = "work-mismatch";

    private final FactBase facts;

    public CorpusGenerator() {
        this(FactBase.load());
    }

    public CorpusGenerator(FactBase facts) {
        this.facts = facts;
    }

    /** Generates every document into {@code sink}, in id order, and returns the gold file. */
    public GoldFile generate(GeneratorOptions options, Consumer<GeneratedDocument> sink) {
        return new Run(options, sink).run();
    }

    /** A statement of a document: one sentence, the book its note cites. */
    private record Statement(String sentence, SyntheticWork cites) {
    }

    /** A note planted to disagree with the bibliography entry of its work. */
    private record PlantedNote(String document, SyntheticWork work, String note, int marker) {
    }

    /** Where a shared fact (a real event or figure) is stated, by value, in document order. */
    private static final class Track {
        final Map<String, List<GoldEvidence>> byValue = new LinkedHashMap<>();
        final Set<String> wrongValues = new HashSet<>();
    }

    private final class Run {
        private final GeneratorOptions options;
        private final Consumer<GeneratedDocument> sink;
        private final Random random;
        private final Set<String> usedNames = new HashSet<>();
        private final Set<String> usedWorks = new HashSet<>();
        private final Map<String, Track> tracks = new TreeMap<>();
        private final List<GoldRow> rows = new ArrayList<>();
        private int index;
        private int planted;
        /** Per work of the current cluster: per document, the places that describe it correctly. */
        private final Map<SyntheticWork, Map<String, List<GoldEvidence>>> workQuotes = new LinkedHashMap<>();
        private final List<PlantedNote> plantedNotes = new ArrayList<>();
        /** The reading-list entry planted with a wrong year in the current cluster, or null. */
        private PlantedNote plantedEntry;
        /** Set while rendering the document that carries {@link #plantedEntry}: the work whose year to change. */
        private SyntheticWork entryToChange;

        Run(GeneratorOptions options, Consumer<GeneratedDocument> sink) {
            this.options = options;
            this.sink = sink;
            this.random = new Random(options.seed());
        }

        GoldFile run() {
            int cluster = 0;
            int remaining = options.documents();
            while (remaining > 0) {
                int size;
                if (remaining <= 6) {
                    size = remaining;
                } else {
                    size = 3 + random.nextInt(4);
                    if (remaining - size < 3) {
                        size = remaining - 3;
                    }
                }
                cluster(++cluster, size);
                remaining -= size;
            }
            sharedFactRows();
            return new GoldFile("claims generate --documents " + options.documents() + " --seed " + options.seed()
                    + ": " + rows.size() + " gold rows, " + planted + " planted discrepancies", rows);
        }

        private void cluster(int cluster, int size) {
            workQuotes.clear();
            plantedNotes.clear();
            plantedEntry = null;
            List<SyntheticPerson> people = List.of(person("soviet"), person("american"));
            List<SyntheticWork> works = new ArrayList<>();
            Set<String> authors = new HashSet<>();
            while (works.size() < 3) {
                SyntheticWork w = work();
                if (authors.add(w.surname())) {
                    works.add(w);
                }
            }
            int[] wrongDoc = new int[people.size()];
            int[] variantDoc = new int[people.size()];
            boolean[] variantSurname = new boolean[people.size()];
            for (int p = 0; p < people.size(); p++) {
                wrongDoc[p] = size >= 3 && random.nextDouble() < options.officeConflictRate() ? random.nextInt(size) : -1;
                variantDoc[p] = -1;
                if (size >= 3 && random.nextDouble() < options.variantRate()) {
                    int d = random.nextInt(size);
                    variantDoc[p] = d == wrongDoc[p] ? (d + 1) % size : d;
                    variantSurname[p] = random.nextBoolean();
                }
            }
            // per person: evidence of documents stating the correct office with the canonical name, the wrong one,
            // and the variant spelling
            List<List<GoldEvidence>> agreeing = new ArrayList<>();
            List<GoldEvidence> wrong = new ArrayList<>();
            List<GoldEvidence> variant = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                agreeing.add(new ArrayList<>());
                wrong.add(null);
                variant.add(null);
            }
            for (int d = 0; d < size; d++) {
                index++;
                DocumentStyle style = style();
                String id = String.format(Locale.ROOT, "%06d-%s.%s", index, style.slug, style.extension);
                List<Statement> statements = new ArrayList<>();
                for (int p = 0; p < people.size(); p++) {
                    SyntheticPerson person = people.get(p);
                    boolean isVariant = variantDoc[p] == d;
                    boolean isWrong = wrongDoc[p] == d;
                    String name = isVariant ? person.variantName(variantSurname[p]) : person.name();
                    String sentence = person.sentence(name, isWrong ? person.wrongOffice() : person.office());
                    statements.add(new Statement(sentence, works.get(random.nextInt(works.size()))));
                    if (isWrong) {
                        wrong.set(p, new GoldEvidence(id, sentence));
                    } else if (isVariant) {
                        variant.set(p, new GoldEvidence(id, name));
                    } else {
                        agreeing.get(p).add(new GoldEvidence(id, sentence));
                    }
                }
                if (random.nextDouble() < 0.8) {
                    statements.add(new Statement(eventSentence(id), works.get(random.nextInt(works.size()))));
                }
                if (random.nextDouble() < 0.4) {
                    statements.add(new Statement(quantitySentence(id), works.get(random.nextInt(works.size()))));
                }
                entryToChange = null;
                if (plantedEntry == null && (style == DocumentStyle.ENCYCLOPEDIA || style == DocumentStyle.HTML)
                        && random.nextDouble() < options.citationErrorRate()) {
                    entryToChange = works.get(random.nextInt(works.size()));
                }
                String text = render(id, style, statements, works);
                sink.accept(new GeneratedDocument(id, text));
            }
            citationRows();
            for (int p = 0; p < people.size(); p++) {
                personRows(cluster, people.get(p), agreeing.get(p), wrong.get(p), variant.get(p), variantSurname[p]);
            }
        }

        private void personRows(int cluster, SyntheticPerson person, List<GoldEvidence> agreeing, GoldEvidence wrong,
                                GoldEvidence variant, boolean variantSurname) {
            String prefix = String.format(Locale.ROOT, "c%05d-%s", cluster, person.surname().toLowerCase(Locale.ROOT));
            String subject = person.name() + ": office in " + person.year();
            if (agreeing.size() >= 2) {
                rows.add(new GoldRow(prefix + "-office-agreement", FindingKind.AGREEMENT, null, subject,
                        agreeing.size() + " documents: " + person.office(), first(agreeing, QUOTED_PER_SIDE)));
            }
            if (wrong != null && !agreeing.isEmpty()) {
                planted++;
                List<GoldEvidence> ev = new ArrayList<>();
                ev.add(wrong);
                ev.addAll(first(agreeing, QUOTED_PER_SIDE));
                rows.add(new GoldRow(prefix + "-office-contradiction", FindingKind.CONTRADICTION, null, subject,
                        "planted: " + person.wrongOffice() + " instead of " + person.office(), ev));
            }
            if (variant != null && !agreeing.isEmpty()) {
                planted++;
                List<GoldEvidence> ev = new ArrayList<>();
                ev.add(variant);
                for (GoldEvidence a : first(agreeing, 2)) {
                    ev.add(new GoldEvidence(a.document(), person.name()));
                }
                rows.add(new GoldRow(prefix + "-name-variant", FindingKind.VARIANT, null, person.name(),
                        "planted: " + variant.quote() + (variantSurname ? " (surname)" : " (given name)"), ev));
            }
        }

        /**
         * A planted note disagrees with its own document's bibliography (one row; across documents each document is
         * represented by its bibliography, which is right). A planted reading-list entry disagrees with the other
         * documents of the cluster that describe the same work (one row: the wrong entry, then their descriptions).
         */
        private void citationRows() {
            for (PlantedNote p : plantedNotes) {
                List<GoldEvidence> ev = new ArrayList<>();
                ev.add(new GoldEvidence(p.document(), p.note()));
                workQuotes.getOrDefault(p.work(), Map.of()).getOrDefault(p.document(), List.of()).stream()
                        .filter(e -> !e.quote().equals(p.note())).distinct().limit(QUOTED_PER_SIDE).forEach(ev::add);
                rows.add(new GoldRow(p.document().replaceAll("\\..*$", "") + "-note-" + p.marker(),
                        FindingKind.CONTRADICTION, WORK_MISMATCH, p.work().surname() + ", " + p.work().title(),
                        "planted: note " + p.marker() + " gives another year than the bibliography", ev));
            }
            if (plantedEntry != null) {
                PlantedNote p = plantedEntry;
                List<GoldEvidence> ev = new ArrayList<>();
                ev.add(new GoldEvidence(p.document(), p.note()));
                workQuotes.getOrDefault(p.work(), Map.of()).entrySet().stream()
                        .filter(d -> !d.getKey().equals(p.document())).limit(QUOTED_PER_SIDE)
                        .forEach(d -> d.getValue().stream().distinct().forEach(ev::add));
                if (ev.size() >= 2) {
                    planted++;
                    rows.add(new GoldRow(p.document().replaceAll("\\..*$", "") + "-entry-year",
                            FindingKind.CONTRADICTION, WORK_MISMATCH, p.work().surname() + ", " + p.work().title(),
                            "planted: the reading-list entry gives another year than the other documents", ev));
                }
            }
        }

        /** A reading-list or bibliography entry, changed when it is the planted one. */
        private String entry(String id, SyntheticWork w, String open, String close) {
            if (w.equals(entryToChange)) {
                entryToChange = null;
                String wrong = w.withYear(w.year() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5)))
                        .bibliography(open, close);
                plantedEntry = new PlantedNote(id, w, wrong, 0);
                return wrong;
            }
            String text = w.bibliography(open, close);
            quote(id, w, text);
            return text;
        }

        private void quote(String document, SyntheticWork work, String text) {
            workQuotes.computeIfAbsent(work, k -> new TreeMap<>()).computeIfAbsent(document, k -> new ArrayList<>())
                    .add(new GoldEvidence(document, text));
        }

        private String eventSentence(String id) {
            FactBase.Event e = facts.events().get(random.nextInt(facts.events().size()));
            Track track = tracks.computeIfAbsent("date\u0000" + e.key(), k -> new Track());
            LocalDate date = e.date();
            if (track.wrongValues.size() < options.maxWrongPerFact() && random.nextDouble() < options.dateConflictRate()) {
                LocalDate shifted;
                do {
                    shifted = shift(date);
                } while (shifted.equals(date) || track.wrongValues.contains(shifted.toString()));
                track.wrongValues.add(shifted.toString());
                date = shifted;
                planted++;
            }
            String sentence = pick(e.templates()).replace("{date}", formatDate(date));
            track.byValue.computeIfAbsent(e.key() + "=" + date, k -> new ArrayList<>()).add(new GoldEvidence(id, sentence));
            return sentence;
        }

        private String quantitySentence(String id) {
            FactBase.Quantity q = facts.quantities().get(random.nextInt(facts.quantities().size()));
            Track track = tracks.computeIfAbsent("amount\u0000" + q.key(), k -> new Track());
            String scale = q.scale();
            if (track.wrongValues.isEmpty() && options.maxWrongPerFact() > 0
                    && random.nextDouble() < options.quantityConflictRate()) {
                scale = q.wrongScale();
                track.wrongValues.add(scale);
                planted++;
            }
            String sentence = pick(q.templates()).replace("{amount}", q.amount() + " " + scale);
            track.byValue.computeIfAbsent(q.key() + "=$" + q.amount() + " " + scale, k -> new ArrayList<>())
                    .add(new GoldEvidence(id, sentence));
            return sentence;
        }

        /** Agreement rows for values stated by two or more documents, contradiction rows for each pair of values. */
        private void sharedFactRows() {
            for (Map.Entry<String, Track> t : tracks.entrySet()) {
                String[] kv = t.getKey().split("\u0000", 2);
                String attribute = kv[0];
                List<Map.Entry<String, List<GoldEvidence>>> values = new ArrayList<>(t.getValue().byValue.entrySet());
                values.sort(Map.Entry.comparingByKey());
                for (Map.Entry<String, List<GoldEvidence>> v : values) {
                    if (v.getValue().size() >= 2) {
                        rows.add(new GoldRow(kv[1] + "-" + attribute + "-agreement-" + v.getKey().split("=", 2)[1]
                                .replace(' ', '-'), FindingKind.AGREEMENT, null, kv[1] + ": " + attribute,
                                v.getValue().size() + " documents: " + v.getKey(), first(v.getValue(), QUOTED_PER_SIDE)));
                    }
                }
                for (int i = 0; i < values.size(); i++) {
                    for (int j = i + 1; j < values.size(); j++) {
                        List<GoldEvidence> ev = new ArrayList<>(first(values.get(i).getValue(), QUOTED_PER_SIDE));
                        ev.addAll(first(values.get(j).getValue(), QUOTED_PER_SIDE));
                        rows.add(new GoldRow(kv[1] + "-" + attribute + "-contradiction-"
                                + values.get(i).getKey().split("=", 2)[1].replace(' ', '-') + "-vs-"
                                + values.get(j).getKey().split("=", 2)[1].replace(' ', '-'),
                                FindingKind.CONTRADICTION, null, kv[1] + ": " + attribute,
                                values.get(i).getKey() + " vs " + values.get(j).getKey(), ev));
                    }
                }
            }
        }

        private LocalDate shift(LocalDate date) {
            return switch (random.nextInt(3)) {
                case 0 -> date.plusDays(random.nextBoolean() ? 1 + random.nextInt(9) : -1 - random.nextInt(9));
                case 1 -> date.plusMonths(random.nextBoolean() ? 1 : -1);
                default -> date.plusYears(random.nextBoolean() ? 1 : -1);
            };
        }

        private String formatDate(LocalDate d) {
            String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return random.nextInt(3) == 0 ? d.getDayOfMonth() + " " + month + " " + d.getYear()
                    : month + " " + d.getDayOfMonth() + ", " + d.getYear();
        }

        private DocumentStyle style() {
            int r = random.nextInt(100);
            return r < 35 ? DocumentStyle.ESSAY : r < 60 ? DocumentStyle.ENCYCLOPEDIA : r < 80 ? DocumentStyle.WIKI
                    : DocumentStyle.HTML;
        }

        private SyntheticPerson person(String nationality) {
            FactBase.NameParts np = facts.names().get(nationality);
            for (int attempt = 0; ; attempt++) {
                List<String> given = pick(np.given());
                List<String> ending = pick(np.endings());
                String stem = pick(np.roots()) + (attempt >= 10 ? pick(np.roots()).toLowerCase(Locale.ROOT) : "")
                        + pick(np.middles());
                if (attempt >= 40) {
                    stem = stem + pick(np.roots()).toLowerCase(Locale.ROOT);
                }
                String surname = stem + ending.get(0);
                String surnameVariant = stem + ending.get(1);
                if (usedNames.contains(surname) || usedNames.contains(surnameVariant)) {
                    continue;
                }
                usedNames.add(surname);
                usedNames.add(surnameVariant);
                List<String> offices = facts.offices().get(nationality);
                int o = random.nextInt(offices.size());
                int w = (o + 1 + random.nextInt(offices.size() - 1)) % offices.size();
                int year = facts.officeYearFrom() + random.nextInt(facts.officeYearTo() - facts.officeYearFrom() + 1);
                return new SyntheticPerson(given.get(0), given.get(1), surname, surnameVariant, offices.get(o),
                        offices.get(w), year, pick(facts.cities().get(nationality)), pick(facts.officeTemplates()));
            }
        }

        private SyntheticWork work() {
            FactBase.NameParts np = facts.names().get("american");
            FactBase.WorkParts wp = facts.works();
            for (int attempt = 0; ; attempt++) {
                String surname = pick(np.roots()) + (attempt >= 10 ? pick(np.roots()).toLowerCase(Locale.ROOT) : "")
                        + pick(np.middles()) + pick(np.endings()).get(0);
                String title = pick(wp.topics()) + ": " + pick(wp.subjects()) + ", " + pick(wp.periods());
                if (attempt >= 20) {
                    // the title space is small: a further volume keeps distinct works distinct at any corpus size
                    title = title + ", vol. " + (2 + random.nextInt(Math.max(2, usedWorks.size())));
                }
                // distinct works get distinct titles: two books with one title, publisher and year would be one work
                // cited with two authors, a planted name-conflict the gold does not list
                if (usedNames.contains(surname) || usedWorks.contains(title)) {
                    continue;
                }
                usedWorks.add(title);
                List<String> place = pick(wp.places());
                int year = wp.yearFrom() + random.nextInt(wp.yearTo() - wp.yearFrom() + 1);
                return new SyntheticWork(pick(np.given()).get(0), surname, title, place.get(0), place.get(1), year);
            }
        }

        private String render(String id, DocumentStyle style, List<Statement> statements, List<SyntheticWork> works) {
            String title = pick(facts.works().subjects()) + " and " + pick(facts.works().topics());
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            List<List<Object>> paragraphs = layout(statements);
            return switch (style) {
                case ESSAY -> essay(id, title, paragraphs, works);
                case ENCYCLOPEDIA -> encyclopedia(id, title, paragraphs, works);
                case WIKI -> wiki(id, title, paragraphs);
                case HTML -> html(id, title, paragraphs, works);
            };
        }

        /** Four to six paragraphs: each item is a filler sentence (String) or a {@link Statement}. */
        private List<List<Object>> layout(List<Statement> statements) {
            int count = 4 + random.nextInt(3);
            List<List<Object>> paragraphs = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                List<Object> items = new ArrayList<>();
                List<String> pool = new ArrayList<>(facts.fillers());
                java.util.Collections.shuffle(pool, random);
                items.addAll(pool.subList(0, Math.min(pool.size(), 3 + random.nextInt(5))));
                paragraphs.add(items);
            }
            for (int s = 0; s < statements.size(); s++) {
                List<Object> items = paragraphs.get(s % (count - 1));
                items.add(1 + random.nextInt(items.size()), statements.get(s));
            }
            return paragraphs;
        }

        private String essay(String id, String title, List<List<Object>> paragraphs, List<SyntheticWork> works) {
            StringBuilder sb = new StringBuilder("\n\n").append(title).append("\n\n\n\n");
            SyntheticWork author = work();
            sb.append(author.given()).append(' ').append(author.surname()).append("\n\n");
            Set<SyntheticWork> cited = new HashSet<>();
            boolean plantError = random.nextDouble() < options.citationErrorRate();
            int marker = 0;
            for (List<Object> paragraph : paragraphs) {
                List<String> notes = new ArrayList<>();
                StringBuilder body = new StringBuilder();
                for (Object item : paragraph) {
                    if (body.length() > 0) {
                        body.append(' ');
                    }
                    if (item instanceof Statement s) {
                        marker++;
                        body.append(s.sentence()).append(superscript(marker));
                        int page = 10 + random.nextInt(390);
                        String note;
                        if (cited.add(s.cites())) {
                            SyntheticWork w = s.cites();
                            if (plantError) {
                                plantError = false;
                                planted++;
                                // only the year: one fact differs, so each pair of places disagrees on one field
                                SyntheticWork changed = w.withYear(w.year() + (random.nextBoolean() ? 1 : -1)
                                        * (1 + random.nextInt(5)));
                                note = changed.fullNote("*", page);
                                plantedNotes.add(new PlantedNote(id, w, note, marker));
                            } else {
                                note = w.fullNote("*", page);
                                quote(id, w, note);
                            }
                        } else {
                            note = s.cites().shortNote(page);
                        }
                        notes.add(superscript(marker) + " " + note);
                    } else {
                        body.append((String) item);
                    }
                }
                sb.append(body).append("\n\n");
                for (String n : notes) {
                    sb.append(n).append("\n\n");
                }
            }
            sb.append("BIBLIOGRAPHY\n\nBOOKS\n\n");
            List<SyntheticWork> sorted = new ArrayList<>(works);
            sorted.sort(java.util.Comparator.comparing(SyntheticWork::surname));
            for (SyntheticWork w : sorted) {
                sb.append(w.bibliography("*", "*")).append("\n\n");
                quote(id, w, w.bibliography("*", "*"));
            }
            return sb.toString();
        }

        private String encyclopedia(String id, String title, List<List<Object>> paragraphs, List<SyntheticWork> works) {
            StringBuilder sb = new StringBuilder(title).append("\n\n").append(pick(facts.fillers()))
                    .append("\n\n\nSummary of Event\n\n");
            for (List<Object> paragraph : paragraphs) {
                sb.append(plain(id, paragraph, "")).append("\n\n");
            }
            sb.append("Further Reading\n\n");
            List<SyntheticWork> sorted = new ArrayList<>(works);
            sorted.sort(java.util.Comparator.comparing(SyntheticWork::surname));
            for (SyntheticWork w : sorted) {
                sb.append("  • ").append(entry(id, w, "", "")).append(' ').append(pick(facts.fillers())).append('\n');
            }
            return sb.toString();
        }

        private String wiki(String id, String title, List<List<Object>> paragraphs) {
            StringBuilder sb = new StringBuilder("Changes\n\nJump to: navigation, search\n").append(title)
                    .append("\n__NOTOC__\n");
            for (int p = 0; p < paragraphs.size(); p++) {
                if (p > 0) {
                    sb.append("====").append(pick(facts.works().topics())).append("====\n");
                }
                sb.append(plain(id, paragraphs.get(p), "wiki")).append('\n');
            }
            sb.append("[[Category:Soviet-American relations]] [[Category:Diplomatic history]]\n");
            return sb.toString();
        }

        private String html(String id, String title, List<List<Object>> paragraphs, List<SyntheticWork> works) {
            StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>")
                    .append(title).append("</title></head>\n<body>\n<h1>").append(title).append("</h1>\n");
            for (List<Object> paragraph : paragraphs) {
                sb.append("<p>").append(plain(id, paragraph, "")).append("</p>\n");
            }
            sb.append("<h2>Sources</h2>\n<ul>\n");
            for (SyntheticWork w : works) {
                sb.append("<li>").append(entry(id, w, "<i>", "</i>")).append("</li>\n");
            }
            sb.append("</ul>\n</body>\n</html>\n");
            return sb.toString();
        }

        /** A paragraph's sentences; in wiki style each statement is followed by a {@code <ref>} with its note. */
        private String plain(String id, List<Object> paragraph, String mode) {
            StringBuilder sb = new StringBuilder();
            for (Object item : paragraph) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                if (item instanceof Statement s) {
                    sb.append(s.sentence());
                    if (mode.equals("wiki")) {
                        String note = s.cites().fullNote("''", 10 + random.nextInt(390));
                        sb.append("<ref>").append(note).append("</ref>");
                        quote(id, s.cites(), note);
                    }
                } else {
                    sb.append((String) item);
                }
            }
            return sb.toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private static List<GoldEvidence> first(List<GoldEvidence> list, int n) {
        return List.copyOf(list.subList(0, Math.min(n, list.size())));
    }

    static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(SUPERSCRIPTS[c - '0']);
        }
        return sb.toString();
    }
}
