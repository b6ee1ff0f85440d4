package dev.claims.office;

import dev.claims.load.FormatReader;

/** A reader that takes the files with its extensions (a .docx is a zip like any other; its name says what it is). */
abstract class ByExtension implements FormatReader {
    private final String name;
    private final java.util.Set<String> extensions;

    ByExtension(String name, String... extensions) {
        this.name = name;
        this.extensions = java.util.Set.of(extensions);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean reads(String fileName, byte[] head) {
        return extensions.contains(FormatReader.extension(fileName));
    }
}
