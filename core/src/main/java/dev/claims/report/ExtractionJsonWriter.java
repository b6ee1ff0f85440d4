package dev.claims.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claims.citation.Citation;
import dev.claims.model.BibEntry;
import dev.claims.model.Claim;
import dev.claims.model.Document;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.LineMap;
import dev.claims.model.Note;
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
            ArrayNode claims = n.putArray("claims");
            for (Claim c : ed.claims()) {
                ObjectNode cn = claims.addObject();
                cn.put("id", c.id()).put("subject", c.subject()).put("attribute", c.attribute());
                cn.putObject("value").put("type", c.value().type()).put("text", c.value().text())
                        .put("normalized", c.value().normalized());
                if (c.time() != null) {
                    cn.putObject("time").put("text", c.time().text()).put("normalized", c.time().normalized());
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
        }
        return root;
    }

    private static void citation(ObjectNode n, Citation c) {
        n.put("form", c.form()).put("resolution", c.resolution()).put("reason", c.reason()).put("locator", c.locator());
        if (c.work() != null) {
            dev.claims.citation.Work w = c.work();
            n.put("work", w.title().isEmpty() ? w.url() : w.title());
            ArrayNode authors = n.putArray("authors");
            dev.claims.citation.WorkMatcher.people(w).forEach(p -> authors.add(p.family()));
            n.put("year", w.year());
        }
    }
}
