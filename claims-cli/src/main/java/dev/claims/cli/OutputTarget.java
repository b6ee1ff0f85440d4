package dev.claims.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a file or standard output, always UTF-8. */
final class OutputTarget {
    private OutputTarget() {
    }

    interface Body {
        void write(Writer w) throws IOException;
    }

    static void write(Path file, PrintStream stdout, Body body) throws IOException {
        if (file == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        } else {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
            }
        }
    }
}
