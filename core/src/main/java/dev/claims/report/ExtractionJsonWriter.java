package dev.claims.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.model.Citation;
import dev.claims.model.BibEntry;
import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.LineMap;
import dev.claims.model.Mention;
import dev.claims.model.Note;
import dev.claims.model.OfficeValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Value;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes what {@code claims extract} found in each document as JSON (schemaVersion 1). */
public final class ExtractionJsonWriter {
    public void write(List<ExtractedDocument> documents, Writer out) throws IOException {
        JsonReportWriter.MAPPER.writeValue(out, toJson(documents));
        out.write('\n');
    }

    public static ObjectNode toJson(List<ExtractedDocument> documents) {
        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("schemaVersion", Report.SCHEMA_VERSION);
        ArrayNode docs = root.putArray("documents");
        for (ExtractedDocument ed : documents) {
            Document d = ed.document();
            LineMap lines = d.lineMap();
            ObjectNode n = docs.addObject();
            n.put("id", d.id()).put("path", d.path().toString()).put("format", d.format().id()).put("title", d.title());
            ArrayNode notes = n.putArray("notes");
            for (Note note : d.notes()) {
                ObjectNode nn = notes.addObject().put("number", note.label()).put("text", note.text())
                        .put("line", lines.line(note.span().start()));
                ed.citations().stream().filter(c -> c.noteLabel().equals(note.label())).findFirst()
                        .ifPresent(c -> citation(nn.putObject("citation"), c));
            }
            ArrayNode bib = n.putArray("bibliography");
            for (BibEntry b : d.bibliography()) {
                bib.addObject().put("text", b.text()).put("line", lines.line(b.span().start())).put("section", b.section());
            }
            structure(n, d, lines);
            ArrayNode claims = n.putArray("claims");
            for (Claim c : ed.claims()) {
                ObjectNode cn = claims.addObject();
                cn.put("id", c.id()).put("subject", c.subject()).put("attribute", c.attribute());
                ObjectNode vn = cn.putObject("value").put("type", c.value().type()).put("text", c.value().text())
                        .put("normalized", c.value().normalized());
                valueDetails(vn, c.value());
                if (c.time() != null) {
                    valueDetails(cn.putObject("time").put("text", c.time().text()).put("normalized", c.time().normalized()),
                            c.time());
                }
                dev.claims.model.Frame f = ed.frames().get(c.id());
                if (f != null) {
                    ObjectNode fn = cn.putObject("frame").put("predicate", f.predicate()).put("cue", f.cue())
                            .put("measure", f.measure()).put("dimension", f.dimension()).put("person", f.person());
                    f.designations().forEach(fn.putArray("designations")::add);
                    fn.put("occurrence", f.occurrence()).put("hedged", f.hedged()).put("reach", f.reach());
                }
                cn.put("quote", c.quote()).put("line", lines.line(c.span().start()))
                        .put("column", lines.column(c.span().start()));
                ArrayNode src = cn.putArray("sources");
                c.sources().forEach(src::add);
                if (!c.attribution().isAsserted()) {
                    cn.putObject("attribution").put("source", c.attribution().source())
                            .put("hedged", c.attribution().hedged()).put("cue", c.attribution().cue());
                }
            }
            ArrayNode mentions = n.putArray("mentions");
            for (Mention m : ed.mentions()) {
                ObjectNode mn = mentions.addObject().put("text", m.text()).put("kind", m.kind())
                        .put("line", lines.line(m.span().start())).put("column", lines.column(m.span().start()));
                if (!m.title().isEmpty()) {
                    mn.put("title", m.title());
                }
            }
        }
        return root;
    }

    /** What the structure stage found besides notes and bibliography: author, date, sentences, markers, noise. */
    private static void structure(ObjectNode n, Document d, LineMap lines) {
        if (d.author() != null) {
            n.put("author", d.author());
        }
        if (d.date() != null) {
            n.put("date", d.date());
        }
        ArrayNode warnings = n.putArray("warnings");
        d.warnings().forEach(warnings::add);
        ArrayNode sentences = n.putArray("sentences");
        for (dev.claims.model.Sentence s : d.sentences()) {
            ObjectNode sn = sentences.addObject().put("text", s.text()).put("line", lines.line(s.span().start()))
                    .put("column", lines.column(s.span().start()));
            ArrayNode m = sn.putArray("markers");
            s.markers().forEach(m::add);
        }
        ArrayNode markers = n.putArray("markers");
        for (dev.claims.model.Marker m : d.markers()) {
            markers.addObject().put("label", m.label()).put("line", lines.line(m.span().start()))
                    .put("column", lines.column(m.span().start()));
        }
        ArrayNode noise = n.putArray("noise");
        for (dev.claims.model.Noise x : d.noise()) {
            String t = x.span().of(d.text());
            noise.addObject().put("reason", x.reason()).put("line", lines.line(x.span().start()))
                    .put("text", t.length() > 120 ? t.substring(0, 119) + "…" : t);
        }
    }

    /** Typed details: a date's qualifier, precision and bounds; a quantity's amount, unit and qualifier; an office's lexicon status. */
    private static void valueDetails(ObjectNode n, Value v) {
        if (v instanceof DateValue d) {
            n.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
            if (!d.qualifier().isEmpty()) {
                n.put("qualifier", d.qualifier());
            }
            if (d.resolved()) {
                n.put("earliest", d.earliest().toString()).put("latest", d.latest().toString());
            }
        } else if (v instanceof QuantityValue q) {
            n.put("amount", q.amount().stripTrailingZeros().toPlainString()).put("unit", q.unit());
            if (!q.qualifier().isEmpty()) {
                n.put("qualifier", q.qualifier());
            }
        } else if (v instanceof OfficeValue o) {
            n.put("known", o.known());
        }
    }

    private static void citation(ObjectNode n, Citation c) {
        n.put("form", c.form()).put("resolution", c.resolution()).put("reason", c.reason()).put("locator", c.locator());
        if (c.work() != null) {
            dev.claims.model.Work w = c.work();
            n.put("work", w.title().isEmpty() ? w.url() : w.title());
            ArrayNode authors = n.putArray("authors");
            dev.claims.citation.WorkMatcher.people(w).forEach(p -> authors.add(p.family()));
            n.put("year", w.year());
        }
    }
}
