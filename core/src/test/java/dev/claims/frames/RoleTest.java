package dev.claims.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.Checker;
import dev.claims.knowledge.TitleGrammar;
import dev.claims.model.Claim;
import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles by the title grammar, and agreement on them across documents. */
class RoleTest {
    @TempDir
    Path dir;

    @Test
    void titleGrammarNormalises() {
        TitleGrammar g = TitleGrammar.defaults();
        assertEquals("lieutenant colonel", g.normalize("Lt. Col."));
        assertEquals("attorney general", g.normalize("former U.S. Attorney General"));
        assertEquals("chief of staff", g.normalize("Chief-of-Staff"));
        assertEquals("", g.normalize("the weather"));
        assertEquals("pilot", g.head("lunar module pilot"));
    }

    @Test
    void rolesAgreeAcrossDocuments() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The crew was Commander Anna Kovacs and Pilot Peter Lund.");
        Files.writeString(dir.resolve("b.txt"), "Anna Kovacs (mission commander) flew with Peter Lund, the pilot.");
        var x = Checker.withOptions(dev.claims.TestPacks.options()).extract(List.of(dir));
        assertEquals(List.of("Anna Kovacs=commander", "Peter Lund=pilot"), x.documents().get(0).claims().stream()
                .filter(c -> c.attribute().equals("role")).map(c -> c.subject() + "=" + c.value().normalized())
                .toList());
        List<Finding> agree = Checker.withOptions(dev.claims.TestPacks.options()).check(x).findings().stream()
                .filter(f -> f.rule().equals("role-agreement")).toList();
        assertEquals(List.of("Anna Kovacs: role commander", "Peter Lund: role pilot"),
                agree.stream().map(Finding::subject).toList());
    }
}
