package dev.claims.compare;

import dev.claims.Checker;
import dev.claims.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Invented pages written to a folder and checked with the default pack: the findings of one rule. */
final class PageFindings {
    private PageFindings() {
    }

    static List<Finding> of(Path dir, Map<String, String> pages, String rule) throws IOException {
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Files.writeString(dir.resolve(p.getKey()), p.getValue());
        }
        return Checker.withDefaults().check(List.of(dir)).findings().stream()
                .filter(f -> f.rule().equals(rule)).toList();
    }
}
