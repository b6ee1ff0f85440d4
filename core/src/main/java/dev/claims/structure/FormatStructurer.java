package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.InputFormat;
import dev.claims.model.RawDocument;
import java.util.EnumMap;
import java.util.Map;

/** The default structurer: picks the structurer for the document's format. */
public final class FormatStructurer implements Structurer {
    private final Map<InputFormat, Structurer> byFormat = new EnumMap<>(InputFormat.class);
    private final Structurer fallback = new PlainTextStructurer();

    public FormatStructurer() {
        for (InputFormat f : InputFormat.values()) {
            byFormat.put(f, fallback);
        }
    }

    @Override
    public Document structure(RawDocument raw) {
        return byFormat.get(raw.format()).structure(raw);
    }
}
