package dev.claims.structure;

import dev.claims.ClaimsException;
import dev.claims.model.Document;
import dev.claims.model.RawDocument;
import dev.claims.structure.Structurer;

/**
 * Wraps the structure stage and refuses a document with more notes than {@code Limits.maxNotes()}: it throws a
 * {@link ClaimsException} naming the file, the count and the option that raises the limit, which the
 * {@link dev.claims.Checker} records as that document being skipped (the others go on).
 *
 * <pre>{@code
 * Structurer s = new NoteLimit(new FormatStructurer(), limits.maxNotes());
 * }</pre>
 */
public final class NoteLimit implements Structurer {
    private final Structurer delegate;
    private final int maxNotes;

    public NoteLimit(Structurer delegate, int maxNotes) {
        this.delegate = delegate;
        this.maxNotes = maxNotes;
    }

    /**
     * @throws ClaimsException when the structured document has more than the allowed number of notes
     */
    @Override
    public Document structure(RawDocument raw) {
        Document d = delegate.structure(raw);
        if (d.notes().size() > maxNotes) {
            throw new ClaimsException(raw.path(), problem(d.notes().size(), maxNotes));
        }
        return d;
    }

    /** The one-sentence reason used when a document is refused. */
    public static String problem(int notes, int maxNotes) {
        return "too many notes: " + notes + " exceeds the limit of " + maxNotes + " (raise it with --max-notes)";
    }
}
