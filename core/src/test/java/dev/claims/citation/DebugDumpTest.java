package dev.claims.citation;

import dev.claims.Checker;
import dev.claims.TestPaths;
import dev.claims.model.ExtractedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugDumpTest {
    @Test
    void dump() {
        var ex = Checker.withDefaults().extract(List.of(TestPaths.seeds()));
        for (ExtractedDocument d : ex.documents()) {
            System.out.println("== " + d.id() + " notes=" + d.document().notes().size() + " markers=" + d.document().markers().size());
            for (Work w : d.works()) {
                System.out.println(w.type() + " | " + w.authors() + " | ed " + w.editors() + " | " + w.title() + " | " + w.subtitle()
                        + " | c=" + w.container() + " v=" + w.volume() + " i=" + w.issue() + " | " + w.place() + " | " + w.publisher() + " | " + w.year() + " | p=" + w.pages() + " | " + w.url());
            }
        }
    }
}
