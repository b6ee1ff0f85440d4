package dev.claims.office;

import dev.claims.load.FormatReader;
import dev.claims.load.Limits;
import dev.claims.load.MarkdownText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Reads Word documents ({@code .docx}) with Apache POI: the body in order (paragraphs, lists, table cells), headings by
 * their style (Title is the title, "heading N" a section), italic runs as {@code *emphasis*}, and footnotes and
 * endnotes with their reference marks. Footnotes are numbered 1, 2, 3… and endnotes i, ii, iii… in the order their
 * references appear, as Word shows them.
 *
 * <p>POI refuses zip bombs (entries that expand more than a hundredfold); such a file, an encrypted one and one that
 * is not a Word document are skipped with the reason.
 */
public final class DocxReader extends ByExtension {
    public DocxReader() {
        super("Word (.docx)", "docx");
    }

    @Override
    public Extracted read(byte[] bytes, Limits limits) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new Reader(doc).read();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new Unreadable("encrypted (password-protected) or in the old binary Word format; save it again as .docx without a password");
        } catch (EmptyFileException | UnsupportedFileFormatException e) {
            throw new Unreadable("not a Word .docx file (not an Office Open XML package)");
        } catch (IOException | POIXMLException e) {
            throw new Unreadable(reason(e));
        }
    }

    /** The reason for a failed open, one sentence: a zip bomb named as such. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb")) {
                return "refused as a zip bomb (a part would expand more than a hundredfold)";
            }
            if (t instanceof InvalidFormatException || m.contains("not a valid")) {
                return "not a valid .docx file (" + m.lines().findFirst().orElse("") + ")";
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "not readable as a Word .docx file (" + m + ")";
    }

    private static final class Reader {
        private final XWPFDocument doc;
        private final MarkdownText md = new MarkdownText();
        private final Map<BigInteger, String> footnoteLabels = new HashMap<>();
        private final Map<BigInteger, String> endnoteLabels = new HashMap<>();
        private final List<String[]> noteOrder = new ArrayList<>();

        Reader(XWPFDocument doc) {
            this.doc = doc;
        }

        Extracted read() {
            for (IBodyElement e : doc.getBodyElements()) {
                element(e);
            }
            for (String[] n : noteOrder) {
                boolean foot = n[0].equals("f");
                BigInteger id = new BigInteger(n[1]);
                XWPFAbstractFootnoteEndnote note = foot ? doc.getFootnoteByID(id.intValue()) : doc.getEndnoteByID(id.intValue());
                MarkdownText.Inline text = new MarkdownText.Inline();
                if (note != null) {
                    for (XWPFParagraph p : note.getParagraphs()) {
                        if (!text.isBlank()) {
                            text.text(" ");
                        }
                        runs(p, text);
                    }
                }
                md.note(foot ? footnoteLabels.get(id) : endnoteLabels.get(id), text);
            }
            return new Extracted(md.build(), List.of("text extracted from a Word .docx file; positions are lines of that text"));
        }

        private void element(IBodyElement e) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (IBodyElement c : cell.getBodyElements()) {
                            element(c);
                        }
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            int level = headingLevel(p);
            MarkdownText.Inline text = new MarkdownText.Inline();
            runs(p, text);
            if (level > 0 && !p.getText().isBlank()) {
                md.heading(level, p.getText().strip());
            } else {
                md.paragraph(text);
            }
        }

        private void runs(XWPFParagraph p, MarkdownText.Inline text) {
            for (XWPFRun r : p.getRuns()) {
                CTR ctr = r.getCTR();
                for (CTFtnEdnRef ref : ctr.getFootnoteReferenceList()) {
                    text.ref(footnoteLabels.computeIfAbsent(ref.getId(), id -> {
                        noteOrder.add(new String[] {"f", id.toString()});
                        return Integer.toString(footnoteLabels.size() + 1);
                    }));
                }
                for (CTFtnEdnRef ref : ctr.getEndnoteReferenceList()) {
                    text.ref(endnoteLabels.computeIfAbsent(ref.getId(), id -> {
                        noteOrder.add(new String[] {"e", id.toString()});
                        return roman(endnoteLabels.size() + 1);
                    }));
                }
                if (ctr.sizeOfFootnoteReferenceArray() > 0 || ctr.sizeOfEndnoteReferenceArray() > 0
                        || ctr.sizeOfFootnoteRefArray() > 0 || ctr.sizeOfEndnoteRefArray() > 0) {
                    continue; // a reference, or the note's own number at the start of its text
                }
                text.run(r.text(), r.isItalic());
            }
        }

        /** 1 for the title, 2 for "heading 1", 3 for "heading 2"…, 0 for body text. */
        private int headingLevel(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id == null) {
                return 0;
            }
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = (style == null ? id : style.getName()).toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.equals("title")) {
                return 1;
            }
            if (name.matches("heading[1-6]")) {
                return name.charAt(7) - '0' + 1;
            }
            return 0;
        }
    }

    /** Lower-case roman numerals, as Word numbers endnotes: 1 → "i", 4 → "iv". */
    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(digits[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
