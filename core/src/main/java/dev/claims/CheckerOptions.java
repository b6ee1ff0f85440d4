package dev.claims;

import dev.claims.compare.ReferenceFacts;
import dev.claims.extract.Lexicons;
import dev.claims.knowledge.Packs;
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
 * @param threads        worker threads for reading and extraction (documents are independent until comparison),
 *                       and for running the comparison rules side by side
 * @param lexicons       office lexicon, event triggers, gazetteer and attribution cues the extractors use
 * @param names          name aliases, transliterations and nicknames the resolver uses
 * @param referenceFacts trusted facts that claims are also checked against (empty: none)
 * @param packs          the knowledge packs on: the default pack (general knowledge) and any optional ones
 *                       ({@link #withPacks}); the lexicons and names above are built from them
 */
public record CheckerOptions(LoadOptions load, int threads, Lexicons lexicons, NameLexicon names,
                             List<ReferenceFacts> referenceFacts, Packs packs) {
    public CheckerOptions {
        referenceFacts = List.copyOf(referenceFacts);
        packs = packs == null ? Packs.defaultOnly() : packs;
    }

    /** Options with the default pack only. */
    public CheckerOptions(LoadOptions load, int threads, Lexicons lexicons, NameLexicon names,
                          List<ReferenceFacts> referenceFacts) {
        this(load, threads, lexicons, names, referenceFacts, Packs.defaultOnly());
    }

    public static CheckerOptions defaults() {
        return new CheckerOptions(LoadOptions.DEFAULTS, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Lexicons.defaults(), NameLexicon.defaults(), List.of(), Packs.defaultOnly());
    }

    /**
     * These options with the knowledge packs {@code p} on: the lexicons and names are rebuilt from the packs' data,
     * so call this before adding a configuration's own offices, events or aliases.
     */
    public CheckerOptions withPacks(Packs p) {
        return new CheckerOptions(load, threads, Lexicons.of(p), NameLexicon.of(p), referenceFacts, p);
    }

    public CheckerOptions withLoad(LoadOptions l) {
        return new CheckerOptions(l, threads, lexicons, names, referenceFacts, packs);
    }

    public CheckerOptions withThreads(int n) {
        return new CheckerOptions(load, Math.max(1, n), lexicons, names, referenceFacts, packs);
    }

    public CheckerOptions withLexicons(Lexicons l) {
        return new CheckerOptions(load, threads, l, names, referenceFacts, packs);
    }

    public CheckerOptions withNames(NameLexicon n) {
        return new CheckerOptions(load, threads, lexicons, n, referenceFacts, packs);
    }

    public CheckerOptions withReferenceFacts(List<ReferenceFacts> facts) {
        return new CheckerOptions(load, threads, lexicons, names, facts, packs);
    }
}
