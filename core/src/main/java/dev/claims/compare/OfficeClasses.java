package dev.claims.compare;

import dev.claims.model.OfficeValue;
import dev.claims.resolve.TsvResource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Office classes from {@code dev/claims/resolve/offices.tsv}: which wordings name the same kind of office
 * ("foreign minister", "Commissar for Foreign Affairs", "Foreign Commissar" are all {@code foreign-minister}) and
 * which offices are exclusive (one person cannot hold two exclusive offices of different classes at once).
 *
 * <pre>{@code
 * OfficeClasses.defaults().classify(new OfficeValue("Foreign Commissar", "Foreign Commissar", false));
 * // Optional[OfficeClass[id=foreign-minister, exclusive=true]]
 * OfficeClasses.isRelative(office);     // "later ambassador": about another time
 * OfficeClasses.isSubordinate(office);  // "Acting Secretary of the Treasury": compatible with other offices
 * }</pre>
 */
public final class OfficeClasses {
    /** A kind of office. */
    public record OfficeClass(String id, boolean exclusive) {
    }

    private record Row(OfficeClass office, Pattern pattern) {
    }

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:later|former|future|ex-|one-time|onetime|erstwhile|eventual|soon-to-be|would-be|retired)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBORDINATE = Pattern.compile(
            "\\b(?:acting|deputy|assistant|special|vice|under|associate|interim|honorary|unofficial)\\b",
            Pattern.CASE_INSENSITIVE);
    private static volatile OfficeClasses defaults;

    private final List<Row> rows;

    private OfficeClasses(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static OfficeClasses defaults() {
        if (defaults == null) {
            defaults = new OfficeClasses(TsvResource.rows("/dev/claims/resolve/offices.tsv", 3).stream()
                    .map(r -> new Row(new OfficeClass(r[0], r[1].equalsIgnoreCase("yes")),
                            Pattern.compile(r[2], Pattern.CASE_INSENSITIVE)))
                    .toList());
        }
        return defaults;
    }

    /** The class of an office, from its canonical name, else its wording. */
    public Optional<OfficeClass> classify(OfficeValue office) {
        Optional<OfficeClass> c = classify(clean(office.canonical()));
        return c.isPresent() ? c : classify(clean(office.text()));
    }

    public Optional<OfficeClass> classify(String text) {
        String t = clean(text);
        for (Row r : rows) {
            if (r.pattern().matcher(t).find()) {
                return Optional.of(r.office());
            }
        }
        return Optional.empty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u2019', '\'').replaceAll("\\s*\\([^)]{0,40}\\)", "")
                .replaceAll("^(?i:(?:the|soviet|american|u\\.s\\.|us|russian|british|new|then)\\s+){0,4}", "").strip();
    }

    /** "later ambassador", "former diplomat": a claim about another time than the sentence's. */
    public static boolean isRelative(OfficeValue office) {
        return RELATIVE.matcher(office.text()).find();
    }

    /** "Acting Secretary", "Deputy Foreign Minister", "Special Assistant": held alongside other offices. */
    public static boolean isSubordinate(OfficeValue office) {
        return SUBORDINATE.matcher(office.text()).find() || SUBORDINATE.matcher(office.canonical()).find();
    }
}
