package dev.claims.office;

import dev.claims.load.FormatReader;

/** A reader that takes the files with one extension (a .docx is a zip like any other; its name says what it is). */
abstract class ByExtension implements FormatReader {
    private final String name;
    private final String extension;

    ByExtension(String name, String extension) {
        this.name = name;
        this.extension = extension;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean reads(String fileName, byte[] head) {
        return FormatReader.extension(fileName).equals(extension);
    }
}
