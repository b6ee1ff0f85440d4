package dev.claims;

import dev.claims.compare.ReferenceFacts;
import dev.claims.extract.Lexicons;
import dev.claims.load.LoadOptions;
import dev.claims.resolve.NameLexicon;
import java.util.List;

/**
 * Immutable checker settings; each {@code with...} returns a new instance, so options are safe to share.
 *
 * <pre>{@code
 * CheckerOptions opts = CheckerOptions.defaults().withThreads(2)
 *         .withLexicons(Lexicons.defaults().withOffices(OfficeLexicon.defaults().withEntriesFrom(myOffices)));
 * }</pre>
 *
 * @param load           loading limits and format override
 * @param threads        worker threads for reading and extraction (documents are independent until comparison)
 * @param lexicons       office lexicon, event triggers, gazetteer and attribution cues the extractors use
 * @param names          name aliases, transliterations and nicknames the resolver uses
 * @param referenceFacts trusted facts that claims are also checked against (empty: none)
 */
public record CheckerOptions(LoadOptions load, int threads, Lexicons lexicons, NameLexicon names,
                             List<ReferenceFacts> referenceFacts) {
    public CheckerOptions {
        referenceFacts = List.copyOf(referenceFacts);
    }

    public static CheckerOptions defaults() {
        return new CheckerOptions(LoadOptions.DEFAULTS, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Lexicons.defaults(), NameLexicon.defaults(), List.of());
    }

    public CheckerOptions withLoad(LoadOptions l) {
        return new CheckerOptions(l, threads, lexicons, names, referenceFacts);
    }

    public CheckerOptions withThreads(int n) {
        return new CheckerOptions(load, Math.max(1, n), lexicons, names, referenceFacts);
    }

    public CheckerOptions withLexicons(Lexicons l) {
        return new CheckerOptions(load, threads, l, names, referenceFacts);
    }

    public CheckerOptions withNames(NameLexicon n) {
        return new CheckerOptions(load, threads, lexicons, n, referenceFacts);
    }

    public CheckerOptions withReferenceFacts(List<ReferenceFacts> facts) {
        return new CheckerOptions(load, threads, lexicons, names, facts);
    }
}
