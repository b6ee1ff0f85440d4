package dev.claims.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claims.eval.GoldEvidence;
import dev.claims.eval.GoldFile;
import dev.claims.eval.GoldRow;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link GoldFile} in the documented gold format, fields in a fixed order, so that the same gold file is
 * always the same bytes. {@code GoldFile.read} reads it back.
 */
public final class GoldWriter {
    public void write(GoldFile gold, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("description", gold.description());
        g.writeArrayFieldStart("rows");
        for (GoldRow r : gold.rows()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("kind", r.kind().id());
            if (r.rule() != null) {
                g.writeStringField("rule", r.rule());
            }
            if (r.subject() != null) {
                g.writeStringField("subject", r.subject());
            }
            if (r.note() != null) {
                g.writeStringField("note", r.note());
            }
            g.writeArrayFieldStart("evidence");
            for (GoldEvidence e : r.evidence()) {
                g.writeStartObject();
                g.writeStringField("document", e.document());
                g.writeStringField("quote", e.quote());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }
}
