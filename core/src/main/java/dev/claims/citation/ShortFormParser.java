package dev.claims.citation;

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

    private ShortFormParser() {
    }

    /** A short form, "ibid" or "op-cit" reference; empty when the text is none of these. */
    public static Optional<ParsedReference> parse(String text, Span span) {
        String t = CitationText.squash(text);
        Matcher ib = IBID.matcher(t);
        if (ib.lookingAt() && (ib.end() == t.length() || !Character.isLetter(t.charAt(ib.end())) || t.charAt(ib.end() - 1) == '.')) {
            String loc = ib.group(1) == null ? "" : ib.group(1).strip();
            return Optional.of(new ParsedReference("ibid", null, List.of(), "", loc, t, span));
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
