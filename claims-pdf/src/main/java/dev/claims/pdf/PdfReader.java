package dev.claims.pdf;

import dev.claims.load.FormatReader;
import dev.claims.load.Limits;
import dev.claims.load.MarkdownText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF files with Apache PDFBox: the text layer in reading order, laid out again by {@link PageLayout} (running
 * heads and page numbers dropped, hyphenated line ends joined, superscript note markers found by size and baseline,
 * footnotes at the foot of each page attached to their markers, also when they continue on the next page) and
 * returned as Markdown with a {@code <!-- page N -->} line where each page's paragraphs begin.
 *
 * <p>Skipped, with the reason: a file cut off before its {@code %%EOF} end marker, a PDF that needs a password, one
 * with more than {@value #MAX_PAGES} pages, one without a text layer (a scan: run OCR first). PDFBox keeps at most
 * the file size limit in memory for the streams it unpacks.
 */
public final class PdfReader implements FormatReader {
    static final int MAX_PAGES = 10_000;

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        return FormatReader.startsWith(head, "%PDF-") || FormatReader.extension(fileName).equals("pdf");
    }

    @Override
    public Extracted read(byte[] bytes, Limits limits) {
        if (!FormatReader.startsWith(bytes, "%PDF-")) {
            throw new Unreadable("not a PDF file (it does not start with %PDF-)");
        }
        if (!endsWithEof(bytes)) {
            throw new Unreadable("truncated PDF (no %%EOF end marker: the file was cut off)");
        }
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxFileBytes()).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new Unreadable("a PDF of " + pages + " pages, more than the " + MAX_PAGES + " claims reads");
            }
            List<PageLayout.Page> laid = new ArrayList<>();
            int chars = 0;
            for (int p = 1; p <= pages; p++) {
                PageLayout.Page page = PageLayout.page(doc, p);
                chars += page.characters();
                if (chars > limits.maxFileBytes()) {
                    throw new Unreadable("too large: the text of this PDF exceeds the limit of " + limits.maxFileBytes()
                            + " characters (raise it with --max-file-size)");
                }
                laid.add(page);
            }
            if (chars == 0) {
                throw new Unreadable("no text layer (a scan or images only); run OCR first");
            }
            MarkdownText md = new PageLayout(laid).markdown();
            return new Extracted(md.build(), List.of("text extracted from a PDF of " + pages + (pages == 1 ? " page" : " pages")
                    + "; positions are lines of that text, where <!-- page N --> marks the first paragraph of page N"));
        } catch (InvalidPasswordException e) {
            throw new Unreadable("encrypted PDF that needs a password to open; save an unprotected copy");
        } catch (IOException e) {
            throw new Unreadable("not a readable PDF (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
