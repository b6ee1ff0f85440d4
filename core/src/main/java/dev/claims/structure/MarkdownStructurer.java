package dev.claims.structure;

import dev.claims.model.Document;
import dev.claims.model.Layout;
import dev.claims.model.RawDocument;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Structures Markdown with commonmark-java and its footnotes extension, which keep source spans for every node.
 * {@code [^1]} references are markers (also a {@code [^x]} with no definition, which the parser leaves as text)
 * and {@code [^1]: …} definitions are notes; headings are structure (the first
 * level-1 heading is the title); emphasis is dropped from body text but kept as {@code *…*} in notes and
 * bibliography entries so that titles stay marked; links read as their text in the body and as
 * "text &lt;url&gt;" in notes and bibliography. Strong emphasis is kept as {@code *…*} too: ABNT and other styles
 * mark titles in bold. Under a "Bibliography"/"References"/"Works Cited"… heading (also "Bibliografia",
 * "Referências"…) every list item or paragraph is one entry, except an item that only links within the page.
 */
public final class MarkdownStructurer implements Structurer {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** A list item that only links within the page ("Back to contents &lt;#contents&gt;"): navigation, not a work. */
    private static final Pattern IN_PAGE_LINK = Pattern.compile("[^<>\\d]{0,80}<#[^>]{0,80}>\\s*");
    private static final Pattern UNDEFINED_MARKER = Pattern.compile("\\[\\^([^\\]\\s]{1,50})\\]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)|https?://");

    @Override
    public Document structure(RawDocument raw) {
        DocumentAssembler asm = new DocumentAssembler(raw);
        Node root = PARSER.parse(AngleBrackets.guard(raw.text()));
        new Reader(raw.text(), asm).blocks(root);
        return asm.build();
    }

    private enum Mode { BODY, NOTE }

    private static final class Reader {
        private final String text;
        private final DocumentAssembler asm;
        private SectionHeadings.Kind section;
        private String sectionName;

        Reader(String text, DocumentAssembler asm) {
            this.text = text;
            this.asm = asm;
        }

        void blocks(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n);
            }
        }

        private void block(Node n) {
            Span span = span(n);
            if (n instanceof Heading h) {
                MappedText t = new MappedText();
                inlines(h, Mode.NOTE, t);
                t.trimEnd();
                String heading = t.text().replace("*", "");
                if (span != null) {
                    asm.noise(span.start(), span.end(), "heading");
                }
                if (h.getLevel() == 1 && !asm.hasTitle()) {
                    asm.title(heading);
                    return;
                }
                SectionHeadings.Kind kind = SectionHeadings.of(heading);
                if (kind == SectionHeadings.Kind.BIBLIOGRAPHY || kind == SectionHeadings.Kind.NOTES) {
                    section = kind;
                    sectionName = heading;
                } else if (kind != SectionHeadings.Kind.SUBSECTION) {
                    section = null;
                }
            } else if (n instanceof FootnoteDefinition fd) {
                MappedText t = new MappedText();
                for (Node c = fd.getFirstChild(); c != null; c = c.getNext()) {
                    if (!t.isEmpty()) {
                        t.append(' ', t.origin(t.length() - 1));
                    }
                    inlines(c, Mode.NOTE, t);
                }
                t.trimEnd();
                asm.note(fd.getLabel(), t.text(), span == null ? new Span(0, 0) : span);
            } else if (n instanceof Paragraph p) {
                paragraph(p, false);
            } else if (n instanceof ListBlock) {
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        if (section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                            MappedText t = new MappedText();
                            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                                inlines(c, Mode.NOTE, t);
                            }
                            entry(t);
                        } else {
                            // each item a unit of its own: "- item", "1. item", "- **Born:** 5 May 1901"
                            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                                if (c instanceof Paragraph p) {
                                    paragraph(p, c == item.getFirstChild());
                                } else {
                                    block(c);
                                }
                            }
                        }
                    }
                }
            } else if (n instanceof BlockQuote) {
                blocks(n);
            } else if (span != null) {
                asm.noise(span.start(), span.end(), "markdown " + n.getClass().getSimpleName().replaceAll("(?<=.)(?=\\p{Lu})", " ").toLowerCase(java.util.Locale.ROOT));
            }
        }

        private void paragraph(Paragraph p, boolean listItem) {
            if (section == SectionHeadings.Kind.BIBLIOGRAPHY) {
                List<MappedText> lines = new ArrayList<>();
                MappedText t = new MappedText();
                lines.add(t);
                for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                        t = new MappedText();
                        lines.add(t);
                    } else {
                        inline(c, Mode.NOTE, t);
                    }
                }
                boolean each = lines.size() > 1 && lines.stream().allMatch(l -> YEAR.matcher(l.text()).find());
                if (each) {
                    lines.forEach(this::entry);
                } else {
                    MappedText all = new MappedText();
                    inlines(p, Mode.NOTE, all);
                    entry(all);
                }
                return;
            }
            MappedText t = new MappedText();
            boolean fields = fieldLines(p);
            if (!fields && !listItem) {
                inlines(p, Mode.BODY, t);
                asm.paragraph(t);
                return;
            }
            // a list item, or lines that each open with a bold label ("**Born:** 5 May 1901"): one unit a line
            boolean lineStart = true;
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (fields && (c instanceof SoftLineBreak || c instanceof HardLineBreak)) {
                    lineStart = true;
                    continue;
                }
                if (lineStart) {
                    Span label = label(c);
                    Span at = span(c);
                    int origin = at == null ? 0 : at.start();
                    if (label != null) {
                        t.part(Layout.FIELD, label, -1, origin);
                    } else {
                        t.part(Layout.LIST_ITEM, null, -1, origin);
                    }
                    lineStart = false;
                }
                inline(c, Mode.BODY, t);
            }
            asm.paragraph(t);
        }

        /** True when a paragraph has two or more lines and each opens with a bold label. */
        private boolean fieldLines(Paragraph p) {
            int lines = 0;
            boolean lineStart = true;
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    lineStart = true;
                } else if (lineStart) {
                    if (label(c) == null) {
                        return false;
                    }
                    lines++;
                    lineStart = false;
                }
            }
            return lines >= 2;
        }

        /**
         * The span of a bold label at a line's head ("**Born:**", or "**Born**" followed by ":"), without the colon;
         * null when the node is not one.
         */
        private Span label(Node c) {
            if (!(c instanceof StrongEmphasis) || !(c.getFirstChild() instanceof Text t) || t.getNext() != null) {
                return null;
            }
            Span s = span(t);
            String literal = t.getLiteral().strip();
            if (s == null || literal.isEmpty() || literal.length() > 40) {
                return null;
            }
            if (literal.endsWith(":")) {
                int end = s.start() + t.getLiteral().lastIndexOf(':');
                return end > s.start() ? new Span(s.start(), end) : null;
            }
            return c.getNext() instanceof Text after && after.getLiteral().startsWith(":") ? s : null;
        }

        private void entry(MappedText t) {
            t.trimEnd();
            Span s = t.sourceSpan();
            if (s != null && IN_PAGE_LINK.matcher(t.text()).matches()) {
                asm.noise(s.start(), s.end(), "in-page link");
            } else if (s != null) {
                asm.bib(t.text(), s, sectionName);
            }
        }

        private void inlines(Node parent, Mode mode, MappedText out) {
            if (parent instanceof Paragraph || parent instanceof Heading) {
                for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                    inline(c, mode, out);
                }
            } else {
                for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph) {
                        if (!out.isEmpty()) {
                            out.append(' ', out.origin(out.length() - 1));
                        }
                        inlines(c, mode, out);
                    } else {
                        inline(c, mode, out);
                    }
                }
            }
        }

        private void inline(Node n, Mode mode, MappedText out) {
            Span span = span(n);
            int at = span == null ? (out.isEmpty() ? 0 : out.origin(out.length() - 1)) : span.start();
            if (n instanceof Text t) {
                if (mode == Mode.BODY && span != null && undefinedMarkers(t, span, out)) {
                    return;
                }
                if (span != null) {
                    out.appendAligned(AngleBrackets.restore(t.getLiteral()), text, span.start(), span.end());
                } else {
                    out.appendAll(AngleBrackets.restore(t.getLiteral()), at);
                }
            } else if (n instanceof Code c) {
                out.appendAligned(AngleBrackets.restore(c.getLiteral()), text, at, span == null ? at : span.end());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ', at);
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                if (mode == Mode.NOTE) {
                    out.append('*', at);
                }
                children(n, mode, out);
                if (mode == Mode.NOTE) {
                    out.append('*', span == null ? at : span.end() - 1);
                }
            } else if (n instanceof FootnoteReference fr) {
                if (mode == Mode.BODY && span != null) {
                    out.anchor(fr.getLabel(), span);
                }
            } else if (n instanceof Link link) {
                int before = out.length();
                children(n, mode, out);
                if (mode == Mode.NOTE) {
                    String label = out.textFrom(before);
                    String dest = link.getDestination();
                    if (!label.equals(dest) && !dest.isEmpty()) {
                        if (out.length() > before) {
                            out.append(' ', at);
                        }
                        out.append('<', at);
                        out.appendAll(dest, at);
                        out.append('>', span == null ? at : span.end() - 1);
                    }
                }
            } else if (n instanceof Image) {
                if (span != null) {
                    asm.noise(span.start(), span.end(), "markdown image");
                }
            } else if (n instanceof HtmlInline) {
                return;
            } else {
                children(n, mode, out);
            }
        }

        /**
         * A {@code [^label]} with no definition stays text for the parser, but the writer meant a marker: it is one,
         * pointing to no note. True when the text held such a marker and was appended here.
         */
        private boolean undefinedMarkers(Text t, Span span, MappedText out) {
            String literal = t.getLiteral();
            // the parser drops a line's trailing spaces from the literal: the source may be longer by those
            String source = text.substring(span.start(), span.end());
            if (!literal.contains("[^") || !source.startsWith(literal) || !source.substring(literal.length()).isBlank()) {
                return false;
            }
            Matcher m = UNDEFINED_MARKER.matcher(literal);
            int from = 0;
            boolean found = false;
            while (m.find()) {
                found = true;
                if (m.start() > from) {
                    out.appendAligned(literal.substring(from, m.start()), text, span.start() + from, span.start() + m.start());
                }
                out.anchor(m.group(1), new Span(span.start() + m.start(), span.start() + m.end()));
                from = m.end();
            }
            if (found && from < literal.length()) {
                out.appendAligned(literal.substring(from), text, span.start() + from, span.start() + literal.length());
            }
            return found;
        }

        private void children(Node n, Mode mode, MappedText out) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                inline(c, mode, out);
            }
        }

        /** The node's extent in the original text, or null when the parser gave none. */
        private Span span(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans == null || spans.isEmpty()) {
                return null;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int start = first.getInputIndex();
            int end = last.getInputIndex() + last.getLength();
            if (start < 0 || end > text.length() || end < start) {
                return null;
            }
            return new Span(start, end);
        }
    }
}
