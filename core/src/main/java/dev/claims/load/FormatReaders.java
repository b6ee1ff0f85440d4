package dev.claims.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link FormatReader}s on the class path, and the reasons for files in formats no reader here takes: a PDF or
 * Word file without its module, RTF, Apple Pages, old binary Word, images.
 *
 * <pre>{@code
 * FormatReaders.installed().unsupported("scan.png", bytes);  // Optional["a PNG image, not a text document; run OCR on it first"]
 * }</pre>
 */
final class FormatReaders {
    private static final FormatReaders INSTALLED = new FormatReaders(discover());

    private final List<FormatReader> readers;

    FormatReaders(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    static FormatReaders installed() {
        return INSTALLED;
    }

    private static List<FormatReader> discover() {
        List<FormatReader> found = new ArrayList<>();
        Iterator<FormatReader> it = ServiceLoader.load(FormatReader.class, FormatReaders.class.getClassLoader()).iterator();
        for (int guard = 0; guard < 1000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                // a broken plug-in is as good as none (its files get the "no reader" reason); the others still load
            }
        }
        return found;
    }

    /** The reader for this file, if one is installed. */
    Optional<FormatReader> readerFor(String fileName, byte[] head) {
        for (FormatReader r : readers) {
            if (r.reads(fileName, head)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Why a file in a format that is not text, and that no installed reader takes, is skipped; empty for other files. */
    Optional<String> unsupported(String fileName, byte[] head) {
        String ext = FormatReader.extension(fileName);
        if (FormatReader.startsWith(head, "%PDF-") || ext.equals("pdf")) {
            return Optional.of("a PDF file, and no PDF reader is installed (add dev.claims:claims-pdf to the class path,"
                    + " or use the claims command-line jar, which has it)");
        }
        if (ext.equals("docx") || ext.equals("odt") || ext.equals("fodt")) {
            return Optional.of((ext.equals("docx") ? "a Word (.docx)" : "an OpenDocument (.odt)")
                    + " file, and no reader for it is installed (add dev.claims:claims-office to the class path,"
                    + " or use the claims command-line jar, which has it)");
        }
        if (FormatReader.startsWith(head, "{\\rtf") || ext.equals("rtf")) {
            return Optional.of("an RTF document, which claims does not read; save it as .docx, .odt or plain text");
        }
        if (ext.equals("pages")) {
            return Optional.of("an Apple Pages document, which claims does not read; export it as .docx or PDF");
        }
        if (ext.equals("doc") && TextDecoder.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old binary Word document (.doc), which claims does not read; save it as .docx or PDF");
        }
        String image = image(ext, head);
        if (image != null) {
            return Optional.of("a " + image + " image, not a text document; run OCR on it first and read the text it gives");
        }
        return Optional.empty();
    }

    private static String image(String ext, byte[] head) {
        if (TextDecoder.startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (TextDecoder.startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (FormatReader.startsWith(head, "GIF8")) {
            return "GIF";
        }
        if (FormatReader.startsWith(head, "II*\0") || FormatReader.startsWith(head, "MM\0*")) {
            return "TIFF";
        }
        if (FormatReader.startsWith(head, "RIFF") && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return "WebP";
        }
        return switch (ext) {
            case "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "webp", "heic" -> ext.toUpperCase(java.util.Locale.ROOT);
            default -> null;
        };
    }
}
