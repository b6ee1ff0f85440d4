package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short forms of a note: "Ibid.", "Ibid., 45", "Id. at 12", "Roberts, 311-12.", "Craig and Logevall,
 * 75-76.", "Butler, *Roosevelt and Stalin*, 249.", "Roberts, op. cit., 12." and title-only "*Stalin's Wars*, 12.".
 * Text after the locator (the author's commentary) is allowed.
 *
 * <pre>{@code
 * ShortFormParser.parse("Butler, *Roosevelt and Stalin*, 96, 244.", span)
 *     // short: families [Butler], shortTitle "Roosevelt and Stalin", locator "96, 244"
 * }</pre>
 */
public final class ShortFormParser {
    private static final Pattern IBID = Pattern.compile(
            "^(?i:ibid|ibidem|id)\\.?(?:\\s{0,2}(?:,|at)\\s{0,2}(" + WorkParser.LOCATOR + "))?\\s{0,2}\\.?");
    private static final Pattern NAMES = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]{0,40}(?:\\s{1,2}(?:van|von|de|der|du|da|di|la|le)?\\s{0,2}\\p{Lu}[\\p{L}'’.\\-]{0,40}){0,2}"
                    + "(?:(?:\\s{1,2}and\\s{1,2}|\\s{0,2}&\\s{0,2})\\p{Lu}[\\p{L}'’.\\-]{0,40}){0,3})\\s{0,2},\\s{0,2}");
    private static final Pattern TITLE = Pattern.compile("^(?:\\*([^*]{1,200})\\*|[“\"]([^”\"]{1,200}?)[,.]?[”\"])\\s{0,2},?\\s{0,2}");
    private static final Pattern OP_CIT = Pattern.compile("^(?i:op\\.\\s{0,2}cit\\.|loc\\.\\s{0,2}cit\\.)\\s{0,2},?\\s{0,2}");
    private static final Pattern LOCATOR = Pattern.compile("^(" + WorkParser.LOCATOR + ")(?=\\s{0,2}(?:[.;]|$))");

    /**
     * Author–date: "ORLANDI, 2015, p. 26", "CHAMBERS, ZAHARIA; 2018, p. 13", "Smith (1999), 45", "Smith and Jones
     * 2001, 12", "AWS Glue User Guide, 2024, p. 2": who (surnames, an organisation or a title), the year, a locator.
     */
    private static final Pattern PAGES_IN_WORDS = Pattern.compile("(?i)\\b(?:pages?|pp?\\.)\\s{0,2}\\d");
    private static final String PARTICLE = "(?:(?:van|von|de|der|den|du|da|di|la|le)\\s{1,2})?";
    private static final Pattern AUTHOR_DATE = Pattern.compile(
            "^(" + PARTICLE + "\\p{Lu}[\\p{L}\\p{N}'’.\\- ]{0,80}?(?:(?:\\s{0,2}[,;&]\\s{0,2}|\\s{1,2}and\\s{1,2}|\\s{1,2}e\\s{1,2})"
                    + PARTICLE + "\\p{Lu}[\\p{L}'’.\\- ]{0,60}?){0,5}(?:\\s{1,2}et al\\.)?)"
                    + "(?:\\s{0,2}[,;]\\s{0,2}|\\s{1,2}\\(|\\s{1,2})(1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)?"
                    + "(?:\\s{0,2}[,:]\\s{0,2}(" + WorkParser.LOCATOR + "))?\\s{0,2}\\.?(?=[\\s,]|$)");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s{0,2}[,;&]\\s{0,2}|\\s{1,2}and\\s{1,2}|\\s{1,2}e\\s{1,2}|\\s{1,2}et al\\.");

    private ShortFormParser() {
    }

    /**
     * An author–date short form: the names as surnames when each is one word (or written in capitals, as ABNT and
     * many styles file authors), else the whole as a title ("AWS Glue User Guide").
     */
    static Optional<ParsedReference> authorDate(String t, Span span) {
        Matcher m = AUTHOR_DATE.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = t.substring(m.end()).strip();
        String locator = m.group(3) == null ? "" : m.group(3).strip();
        if (!rest.isEmpty() && locator.isEmpty() && rest.startsWith(",")) {
            // a locator in words: "Krein and Šmulian (1940), Theorem 3, pages 562–563."
            int dot = rest.indexOf(". ");
            String words = (dot < 0 ? rest.substring(1) : rest.substring(1, dot)).replaceFirst("\\.$", "").strip();
            Matcher pages = PAGES_IN_WORDS.matcher(words);
            locator = pages.find() ? words.substring(pages.start()) : "";
        } else if (!rest.isEmpty() && locator.isEmpty() && !rest.startsWith(".")) {
            return Optional.empty();
        }
        List<String> families = new ArrayList<>();
        boolean names = true;
        for (String part : AUTHOR_SEPARATOR.split(m.group(1).strip())) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean capitals = p.equals(p.toUpperCase(java.util.Locale.ROOT)) && p.length() > 1;
            if (!capitals && p.split("\\s+").length > (p.matches(".*\\b(?:van|von|de|da|du|der|den)\\b.*") ? 3 : 1)) {
                names = false;
                break;
            }
            families.add(p);
        }
        if (!names || families.isEmpty()) {
            String title = CitationText.plain(m.group(1).strip());
            return Optional.of(new ParsedReference("short", null, List.of(), title, locator, t, span, m.group(2)));
        }
        return Optional.of(new ParsedReference("short", null, families, "", locator, t, span, m.group(2)));
    }

    /** A short form, "ibid" or "op-cit" reference; empty when the text is none of these. */
    public static Optional<ParsedReference> parse(String text, Span span) {
        String t = CitationText.squash(text);
        Matcher ib = IBID.matcher(t);
        if (ib.lookingAt() && (ib.end() == t.length() || !Character.isLetter(t.charAt(ib.end())) || t.charAt(ib.end() - 1) == '.')) {
            String loc = ib.group(1) == null ? "" : ib.group(1).strip();
            return Optional.of(new ParsedReference("ibid", null, List.of(), "", loc, t, span));
        }
        Optional<ParsedReference> authorDate = authorDate(t, span);
        if (authorDate.isPresent()) {
            return authorDate;
        }
        List<String> families = new ArrayList<>();
        String rest = t;
        Matcher nm = NAMES.matcher(rest);
        if (nm.lookingAt()) {
            for (PersonName p : NameParser.parse(nm.group(1), false).names()) {
                families.add(p.family());
            }
            rest = rest.substring(nm.end());
        }
        String title = "";
        Matcher tm = TITLE.matcher(rest);
        if (tm.lookingAt()) {
            title = CitationText.plain(tm.group(1) != null ? tm.group(1) : tm.group(2));
            rest = rest.substring(tm.end());
        }
        boolean opCit = false;
        Matcher oc = OP_CIT.matcher(rest);
        if (oc.lookingAt()) {
            opCit = true;
            rest = rest.substring(oc.end());
        }
        String locator = "";
        Matcher lm = LOCATOR.matcher(rest);
        if (lm.lookingAt()) {
            locator = lm.group(1).strip();
            rest = rest.substring(lm.end());
        }
        if (families.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        if (locator.isEmpty() && !opCit && !(rest.isBlank() || rest.strip().equals("."))) {
            // "Butler, *Roosevelt and Stalin*" followed by more than a locator: a full note without a year, or prose
            return Optional.empty();
        }
        if (families.isEmpty() && locator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedReference(opCit ? "op-cit" : "short", null, families, title, locator, t, span));
    }
}
