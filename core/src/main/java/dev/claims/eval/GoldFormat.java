package dev.claims.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.claims.ClaimsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two gold formats {@code claims eval} reads, told apart by the shape of the JSON.
 *
 * <pre>{@code
 * {"description": "...", "rows": [...]}    // CROSS_DOC: expected findings (GoldFile, fixtures/gold/README.md)
 * [{"id": "A01", "verdict": "AGREE", ...}]  // VERDICT_ROWS: rows judged AGREE or CONTRADICT (RowGold)
 * }</pre>
 */
public enum GoldFormat {
    /** An object with {@code rows} of expected findings: {@link GoldFile}. */
    CROSS_DOC,
    /** An array of rows with quotes and a verdict, and {@code traps.json} beside it: {@link RowGold}. */
    VERDICT_ROWS;

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Reads only the first token of {@code file}: an array is {@link #VERDICT_ROWS}, an object {@link #CROSS_DOC}. */
    public static GoldFormat detect(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser p = FACTORY.createParser(r)) {
            return of(file, p.nextToken());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ClaimsException(file, "gold file is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ClaimsException(file, "cannot read gold file: " + e.getMessage());
        }
    }

    /** The format of gold JSON given as text; {@code source} only names the origin in errors. */
    public static GoldFormat detect(Path source, String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return of(source, p.nextToken());
        } catch (IOException e) {
            throw new ClaimsException(source, "gold file is not valid JSON: " + e.getMessage());
        }
    }

    private static GoldFormat of(Path source, JsonToken first) {
        if (first == JsonToken.START_ARRAY) {
            return VERDICT_ROWS;
        }
        if (first == JsonToken.START_OBJECT) {
            return CROSS_DOC;
        }
        throw new ClaimsException(source, "gold file must be a JSON object with \"rows\" or an array of rows");
    }
}
