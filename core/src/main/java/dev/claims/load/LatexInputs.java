package dev.claims.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LaTeX files that other LaTeX files read with {@code \input{…}} or {@code \include{…}}: the LaTeX reader reads
 * them in place, so the loader lists them as parts instead of reading them a second time as documents of their own.
 *
 * <pre>{@code
 * // essay.tex contains \input{chapter1}
 * LatexInputs.parts(List.of(essay, chapter1), limit);  // {chapter1.tex=essay.tex}
 * }</pre>
 */
final class LatexInputs {
    private static final Pattern INPUT = Pattern.compile("^[^%\\n]{0,500}?\\\\(?:input|include)\\{([^{}\\n]{1,200})\\}", Pattern.MULTILINE);

    private LatexInputs() {
    }

    /** Each file read by another through {@code \input}, to the name of the file that reads it. */
    static Map<Path, String> parts(List<Path> files, long maxBytes) {
        Map<Path, String> parts = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName() == null ? "" : f.getFileName().toString();
            if (!FormatReader.extension(name).equals("tex") && !FormatReader.extension(name).equals("ltx")) {
                continue;
            }
            String text;
            try {
                if (!Files.isRegularFile(f) || Files.size(f) > maxBytes) {
                    continue;
                }
                text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException e) {
                continue; // reading it as a document will say why
            }
            Path dir = f.toAbsolutePath().normalize().getParent();
            Matcher m = INPUT.matcher(text);
            while (m.find() && dir != null) {
                String part = m.group(1).strip();
                if (part.contains("..")) {
                    continue;
                }
                Path p = dir.resolve(part.endsWith(".tex") ? part : part + ".tex").normalize();
                if (!p.equals(f.toAbsolutePath().normalize())) {
                    parts.putIfAbsent(p, name);
                }
            }
        }
        return parts;
    }
}
