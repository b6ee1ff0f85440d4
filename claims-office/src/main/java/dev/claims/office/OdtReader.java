package dev.claims.office;

import dev.claims.load.FormatReader;
import dev.claims.load.Limits;
import dev.claims.load.MarkdownText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OpenDocument text ({@code .odt}, and the flat {@code .fodt}) with the JDK's own zip and StAX parsers: {@code content.xml} in document
 * order, headings ({@code text:h}, and paragraphs in the Title style), paragraphs and list items, italic spans as
 * {@code *emphasis*}, and footnotes and endnotes ({@code text:note}) with the citation LibreOffice shows ("1", "i").
 * Comments and tracked deletions are left out.
 *
 * <p>All parts unpacked together may be at most a hundred times the file and never more than the file size
 * limit (a zip bomb is refused); DTDs and external entities are not read. An encrypted file is skipped with the reason.
 */
public final class OdtReader extends ByExtension {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final Set<String> LEFT_OUT = Set.of("annotation", "tracked-changes", "sequence-decls", "note-citation");
    private static final int RATIO = 100;

    public OdtReader() {
        super("OpenDocument (.odt)", "odt", "fodt");
    }

    @Override
    public Extracted read(byte[] bytes, Limits limits) {
        if (!FormatReader.startsWith(bytes, "PK")) {
            // a flat OpenDocument file (.fodt): the same XML, not zipped
            return parse(bytes, "a flat OpenDocument .fodt file");
        }
        long max = Math.min(limits.maxFileBytes(), Math.max(1L << 20, (long) bytes.length * RATIO));
        byte[] content = null;
        boolean encrypted = false;
        boolean zip = false;
        long[] budget = {max};
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zip = true;
                // every entry is unpacked against one budget: skipping an entry would unpack it as well
                byte[] data = readAtMost(zin, budget, max);
                if (e.getName().equals("content.xml")) {
                    content = data;
                } else if (e.getName().equals("META-INF/manifest.xml")) {
                    encrypted = new String(data, java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable("not a valid .odt file (its zip structure is broken: " + e.getMessage() + ")");
        }
        if (encrypted) {
            throw new Unreadable("encrypted (password-protected); save it again without a password");
        }
        if (!zip || content == null) {
            throw new Unreadable("not an OpenDocument text file (no content.xml in a zip package)");
        }
        return parse(content, "an OpenDocument .odt file");
    }

    private static Extracted parse(byte[] content, String what) {
        try {
            return new Extracted(new Parser(content).parse(), List.of("text extracted from " + what + "; positions are lines of that text"));
        } catch (XMLStreamException e) {
            throw new Unreadable("not a valid .odt file (content.xml is not well-formed XML: "
                    + String.valueOf(e.getMessage()).lines().reduce((a, b) -> b).orElse("") + ")");
        }
    }

    private static byte[] readAtMost(InputStream in, long[] budget, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            out.write(buf, 0, n);
            budget[0] -= n;
            if (budget[0] < 0) {
                throw new Unreadable("refused as a zip bomb (its parts expand past " + max + " bytes, more than a hundred"
                        + " times the file or over the file size limit)");
            }
        }
        return out.toByteArray();
    }

    /** A style's parent and whether it sets italic. */
    private record Style(String parent, boolean italic) {
    }

    private static final class Parser {
        private final XMLStreamReader xml;
        private final MarkdownText md = new MarkdownText();
        private final Map<String, Style> styles = new HashMap<>();
        private int notes;
        private boolean bodySeen;
        private final Deque<Boolean> italic = new ArrayDeque<>();

        Parser(byte[] content) throws XMLStreamException {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml = f.createXMLStreamReader(new ByteArrayInputStream(content));
        }

        String parse() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (OFFICE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("text")) {
                    bodySeen = true;
                } else if (STYLE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("style")) {
                    styles.put(xml.getAttributeValue(STYLE, "name"), style());
                } else if (TEXT.equals(xml.getNamespaceURI()) && (xml.getLocalName().equals("p") || xml.getLocalName().equals("h"))
                        && bodySeen) {
                    block();
                }
            }
            return md.build();
        }


        /** Reads a style element: its parent and whether its text properties say italic. */
        private Style style() throws XMLStreamException {
            String parent = xml.getAttributeValue(STYLE, "parent-style-name");
            boolean it = false;
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (xml.getLocalName().equals("text-properties") && "italic".equals(xml.getAttributeValue(FO, "font-style"))) {
                        it = true;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new Style(parent, it);
        }

        private boolean italic(String name) {
            for (int i = 0; name != null && i < 10; i++) {
                Style s = styles.get(name);
                if (s == null) {
                    return name.contains("Emphasis");
                }
                if (s.italic()) {
                    return true;
                }
                name = s.parent();
            }
            return false;
        }

        private boolean isTitle(String name) {
            for (int i = 0; name != null && i < 10; i++) {
                if (name.equals("Title")) {
                    return true;
                }
                Style s = styles.get(name);
                name = s == null ? null : s.parent();
            }
            return false;
        }

        /** A paragraph or heading of the body, with the notes anchored in it. */
        private void block() throws XMLStreamException {
            boolean heading = xml.getLocalName().equals("h");
            String level = xml.getAttributeValue(TEXT, "outline-level");
            boolean title = isTitle(xml.getAttributeValue(TEXT, "style-name"));
            MarkdownText.Inline line = new MarkdownText.Inline();
            StringBuilder plain = new StringBuilder();
            inline(line, plain);
            if (title) {
                md.heading(1, plain.toString().strip());
            } else if (heading) {
                md.heading(1 + parseLevel(level), plain.toString().strip());
            } else {
                md.paragraph(line);
            }
        }

        private static int parseLevel(String level) {
            try {
                return level == null ? 1 : Math.max(1, Math.min(5, Integer.parseInt(level)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** Reads the content of the current element up to its end into {@code out}. */
        private void inline(MarkdownText.Inline out, StringBuilder plain) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    out.run(xml.getText(), !italic.isEmpty() && italic.peek());
                    plain.append(xml.getText());
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    boolean text = TEXT.equals(xml.getNamespaceURI());
                    if (text && local.equals("note")) {
                        note(out);
                    } else if ((text || OFFICE.equals(xml.getNamespaceURI())) && LEFT_OUT.contains(local)) {
                        skip();
                    } else if (text && (local.equals("s") || local.equals("tab") || local.equals("line-break"))) {
                        out.text(" ");
                        plain.append(' ');
                        skip();
                    } else if (text && local.equals("span")) {
                        italic.push(italic(xml.getAttributeValue(TEXT, "style-name")) || (!italic.isEmpty() && italic.peek()));
                        inline(out, plain);
                        italic.pop();
                    } else {
                        depth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** A {@code text:note}: its citation becomes the marker, its body the note. */
        private void note(MarkdownText.Inline out) throws XMLStreamException {
            String label = null;
            MarkdownText.Inline body = new MarkdownText.Inline();
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("note-citation")) {
                        label = xml.getElementText().strip();
                    } else if (xml.getLocalName().equals("p") || xml.getLocalName().equals("h")) {
                        if (!body.isBlank()) {
                            body.text(" ");
                        }
                        inline(body, new StringBuilder());
                    } else {
                        depth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            notes++;
            String l = label == null || label.isEmpty() ? Integer.toString(notes) : label;
            out.ref(l);
            md.note(l, body);
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }
}
