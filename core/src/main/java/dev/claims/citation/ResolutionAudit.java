package dev.claims.citation;

import dev.claims.model.Work;
import dev.claims.model.Citation;
import dev.claims.model.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports short forms that resolve to no work ({@code unresolved-short-citation}) or to several
 * ({@code ambiguous-short-citation}), and page locators outside the cited article's page range
 * ({@code locator-out-of-range}).
 */
public final class ResolutionAudit {
    public static final String UNRESOLVED = "unresolved-short-citation";
    public static final String AMBIGUOUS = "ambiguous-short-citation";
    public static final String OUT_OF_RANGE = "locator-out-of-range";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:\\s{0,2}[-–]\\s{0,2}(\\d{1,6}))?");

    private ResolutionAudit() {
    }

    public static List<CitationIssue> audit(ExtractedDocument ed) {
        DocumentCitations dc = new DocumentCitations(ed);
        List<CitationIssue> out = new ArrayList<>();
        for (Citation c : ed.citations()) {
            boolean shortForm = c.form().equals("short") || c.form().equals("op-cit") || c.form().equals("ibid");
            if (shortForm && c.resolution().equals("unresolved")) {
                out.add(new CitationIssue(UNRESOLVED, "note " + c.noteLabel(), "Note " + c.noteLabel() + " '"
                        + CitationText.squash(c.text()) + "' cites no identifiable work: " + lowerFirst(c.reason()),
                        List.of(dc.place(c, c.text())), List.of(c.text()), 0.8));
            } else if (c.resolution().equals("ambiguous")) {
                out.add(new CitationIssue(AMBIGUOUS, "note " + c.noteLabel(), "Note " + c.noteLabel() + " '"
                        + CitationText.squash(c.text()) + "' is ambiguous: " + lowerFirst(c.reason()),
                        List.of(dc.place(c, c.text())), List.of(c.text()), 0.8));
            }
            if (c.work() != null && !c.work().pages().isEmpty() && !c.locator().isEmpty()) {
                outOfRange(dc, c).ifPresent(out::add);
            }
        }
        return NoteMarkerAudit.capped(out);
    }

    private static java.util.Optional<CitationIssue> outOfRange(DocumentCitations dc, Citation c) {
        int[] range = range(c.work().pages());
        if (range == null) {
            return java.util.Optional.empty();
        }
        Matcher m = RANGE.matcher(c.locator());
        while (m.find()) {
            int[] pages = range(m.group());
            if (pages != null && (pages[0] < range[0] || pages[1] > range[1])) {
                Work w = c.work();
                return java.util.Optional.of(new CitationIssue(OUT_OF_RANGE, NoteResolver.describe(w),
                        "Note " + c.noteLabel() + " cites page " + m.group() + " of " + NoteResolver.describe(w)
                                + ", which " + dc.where(w) + " gives as pages " + w.pages() + ".",
                        List.of(dc.place(c, m.group()), dc.place(w, w.pages())), List.of(m.group(), w.pages()), 0.7));
            }
        }
        return java.util.Optional.empty();
    }

    /** "363–78" → [363, 378]; "296" → [296, 296]; null when not a page range. */
    static int[] range(String pages) {
        Matcher m = RANGE.matcher(pages.strip());
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new int[] {start, start};
        }
        String endText = m.group(2);
        int end = Integer.parseInt(endText);
        if (endText.length() < m.group(1).length()) {
            // abbreviated: 363–78 → 378
            String s = m.group(1);
            end = Integer.parseInt(s.substring(0, s.length() - endText.length()) + endText);
        }
        return end >= start ? new int[] {start, end} : null;
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.startsWith("Ibid") || s.startsWith("Id.")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
