package dev.claims.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Small corpora the CI tests share. */
final class Corpora {
    static final String SAYS_16 = "The United States recognized the Soviet Union on November 16, 1933.\n";
    static final String SAYS_17 = "The United States recognized the Soviet Union on November 17, 1933.\n";

    private Corpora() {
    }

    /** {@code folder/a.txt} and {@code folder/b.txt} dating the recognition a day apart: one date-mismatch. */
    static Path contradiction(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.txt"), SAYS_16);
        Files.writeString(folder.resolve("b.txt"), SAYS_17);
        return folder;
    }
}
