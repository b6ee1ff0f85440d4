package dev.claims;

import dev.claims.extract.Lexicons;
import dev.claims.knowledge.Packs;

/**
 * The knowledge the seed-based tests assert today's figures with: the default pack plus the {@code soviet} pack.
 * Tests of the default pack alone use {@link Packs#defaultOnly()} and say so.
 */
public final class TestPacks {
    /** The default and the soviet pack. */
    public static final Packs SOVIET = Packs.of(java.util.List.of("soviet"));

    private TestPacks() {
    }

    /** The lexicons of the default and the soviet pack (built once). */
    public static Lexicons lexicons() {
        return Holder.LEXICONS;
    }

    /** Default options with the soviet pack on. */
    public static CheckerOptions options() {
        return CheckerOptions.defaults().withPacks(SOVIET);
    }

    private static final class Holder {
        static final Lexicons LEXICONS = Lexicons.of(SOVIET);
    }
}
