package dev.claims.compare;

import dev.claims.knowledge.OfficeLexicon;
import dev.claims.model.OfficeValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Office classes, read from the office lexicon ({@code dev/claims/lexicon/offices.json} and a user's additions):
 * which wordings name the same kind of office ("foreign minister", "Commissar for Foreign Affairs", "Foreign
 * Commissar" are all {@code foreign-minister}), which offices are exclusive (one person cannot hold two exclusive
 * offices of different classes at once), and which are held by one person at a time.
 *
 * <pre>{@code
 * OfficeClasses classes = OfficeClasses.defaults();   // or OfficeClasses.of(myLexicon)
 * classes.classify(new OfficeValue("Foreign Commissar", "Foreign Commissar", false));
 * // Optional[OfficeClass[id=foreign-minister, exclusive=true]]
 * classes.isRelative(office);     // "later ambassador": about another time
 * classes.isSubordinate(office);  // "Acting Secretary of the Treasury": compatible with other offices
 * }</pre>
 *
 * <p>An office the lexicon knows (by its canonical name) has its entry's class. Any other office, or one whose entry
 * gives no class, is classed by its wording as the lexicon looks it up, else by the first lexicon wording with a
 * class that it contains ("Finnish foreign minister" is a {@code foreign-minister}).
 * The relative and subordinate words are the lexicon's {@code qualifiers}.
 */
public final class OfficeClasses {
    /** A kind of office. */
    public record OfficeClass(String id, boolean exclusive) {
    }

    private static volatile OfficeClasses defaults;

    private final OfficeLexicon lexicon;
    private final Pattern relative;
    private final Pattern subordinate;

    private OfficeClasses(OfficeLexicon lexicon) {
        this.lexicon = lexicon;
        this.relative = words(lexicon.qualifiers("relative"));
        this.subordinate = words(lexicon.qualifiers("subordinate"));
    }

    /** The classes of the shipped office lexicon. */
    public static OfficeClasses defaults() {
        if (defaults == null) {
            defaults = new OfficeClasses(OfficeLexicon.defaults());
        }
        return defaults;
    }

    /** The classes of {@code lexicon} (the shipped one with a user's entries, say). */
    public static OfficeClasses of(OfficeLexicon lexicon) {
        return lexicon == OfficeLexicon.defaults() ? defaults() : new OfficeClasses(lexicon);
    }

    public OfficeLexicon lexicon() {
        return lexicon;
    }

    /** The class of an office, from its lexicon entry, else its wording. */
    public Optional<OfficeClass> classify(OfficeValue office) {
        Optional<OfficeClass> c = lexicon.entry(office.canonical()).flatMap(OfficeClasses::of);
        if (c.isPresent()) {
            return c;
        }
        c = classify(clean(office.canonical()));
        return c.isPresent() ? c : classify(clean(office.text()));
    }

    /** The class of a wording ("People's Commissar for Foreign Affairs", "Soviet Ambassador"). */
    public Optional<OfficeClass> classify(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        OfficeValue v = lexicon.lookup(t, null, null);
        Optional<OfficeClass> c = lexicon.entry(v.canonical()).flatMap(OfficeClasses::of);
        if (c.isPresent()) {
            return c;
        }
        Matcher m = lexicon.wordings().matcher(t);
        while (m.find()) {
            c = lexicon.entriesFor(m.group()).stream().map(OfficeClasses::of)
                    .flatMap(Optional::stream).findFirst();
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<OfficeClass> of(OfficeLexicon.Entry e) {
        return e.officeClass().isEmpty() ? Optional.empty() : Optional.of(new OfficeClass(e.officeClass(), e.exclusive()));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u2019', '\'').replaceAll("\\s*\\([^)]{0,40}\\)", "").strip();
    }

    /** "later ambassador", "former diplomat": a claim about another time than the sentence's. */
    public boolean isRelative(OfficeValue office) {
        return relative.matcher(office.text()).find();
    }

    /** "Acting Secretary", "Deputy Foreign Minister", "Special Assistant": held alongside other offices. */
    public boolean isSubordinate(OfficeValue office) {
        return subordinate.matcher(office.text()).find() || subordinate.matcher(office.canonical()).find();
    }

    private static Pattern words(List<String> words) {
        return words.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("\\b(?:"
                + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE);
    }
}
