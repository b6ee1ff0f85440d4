package dev.claims.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claims.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

/** The report's JSON Schema (docs/report.schema.json) and the official SARIF 2.1.0 schema, loaded once. */
final class Schemas {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema report;
    private static JsonSchema sarif;

    private Schemas() {
    }

    static synchronized JsonSchema report() throws IOException {
        if (report == null) {
            JsonNode schema = MAPPER.readTree(Files.readString(TestPaths.root().resolve("docs/report.schema.json")));
            report = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        }
        return report;
    }

    static synchronized JsonSchema sarif() throws IOException {
        if (sarif == null) {
            try (InputStream in = Schemas.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
                sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(in));
            }
        }
        return sarif;
    }

    /** Validation messages, sorted, empty when valid. */
    static Set<String> problems(JsonSchema schema, JsonNode json) {
        Set<String> out = new TreeSet<>();
        for (ValidationMessage m : schema.validate(json)) {
            out.add(m.getMessage());
        }
        return out;
    }

    static String render(ReportWriter writer, Report report, ReportContext ctx) {
        StringWriter w = new StringWriter();
        try {
            writer.write(report, w, ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
