package dev.claims.citation;

import dev.claims.model.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the name part of a citation into {@link PersonName}s: "Butler, Susan", "Susan Butler", "Erik van Ree",
 * "Ree, Erik van", "Craig, Campbell, and Fredrik Logevall", "Albert Resis, ed.", "Susan Butler, editor".
 *
 * <pre>{@code
 * NameParser.parse("Craig, Campbell, and Fredrik Logevall")
 *     // names [Craig/Campbell, Logevall/Fredrik], editors false
 * NameParser.parse("Ree, Erik van").names().get(0).family()   // "van Ree"
 * }</pre>
 */
public final class NameParser {
    /** Lower-case particles that belong to the family name ("van Ree", "de Gaulle"). */
    static final Set<String> PARTICLES = dev.claims.knowledge.WordList.of("name-particles.txt");
    private static final Set<String> SUFFIXES = dev.claims.knowledge.WordList.of("name-suffixes.txt");
    private static final Pattern EDITOR = Pattern.compile(
            "(?i),?\\s*\\(?\\b(?:eds?\\.?|editors?|edited by|comp\\.|compiler|trans\\.|translator)\\)?\\s*$");
    private static final Pattern LEADING_EDITOR = Pattern.compile("(?i)^\\s*(?:edited|compiled|translated) by\\s+");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]{0,60}\\)");
    private static final Pattern LEADING_INITIAL = Pattern.compile("\\p{Lu}\\.(?:\\s{0,2}\\p{Lu}\\.)*\\s{1,2}\\p{Lu}");
    private static final Pattern ET_AL = Pattern.compile("\\s*,?\\s*\\bet\\s+al\\.?");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.(?:\\s?-?\\s?))+");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(?:services|university|institute|institution"
            + "|collaboration|society|project|foundation|association|organi[sz]ation|council|committee|department"
            + "|ministry|agency|commission|corporation|company|inc|ltd|group|museum|library|academy|consortium"
            + "|government|office of)\\b");
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*and|,?\\s*&|\\band)\\s+");

    private NameParser() {
    }

    /**
     * Parsed names and whether they are editors.
     *
     * @param names   the names in order
     * @param editors true when the names are marked "ed.", "eds.", "editor"
     */
    public record Names(List<PersonName> names, boolean editors) {
        public Names {
            names = List.copyOf(names);
        }

        public boolean isEmpty() {
            return names.isEmpty();
        }
    }

    /** Parses a name list; the first name may be inverted ("Family, Given"), the others are direct. */
    public static Names parse(String text) {
        return parse(text, true);
    }

    /** Parses a name list; {@code firstInverted} false reads every name as "Given Family" (note form). */
    public static Names parse(String text, boolean firstInverted) {
        String t = CitationText.squash(text.replace("*", ""));
        boolean editors = false;
        t = stripEdges(t);
        Matcher lead = LEADING_EDITOR.matcher(t);
        if (lead.find()) {
            editors = true;
            t = t.substring(lead.end());
        }
        Matcher ed = EDITOR.matcher(t);
        if (ed.find()) {
            editors = true;
            t = t.substring(0, ed.start());
        }
        t = PARENTHETICAL.matcher(t).replaceAll("");
        t = stripEdges(t);
        if (t.isEmpty()) {
            return new Names(List.of(), editors);
        }
        if (firstInverted && t.contains(";")) {
            return new Names(semicolonList(t), editors);
        }
        t = ET_AL.matcher(t).replaceAll("");
        String[] parts = AND.split(t);
        List<PersonName> out = new ArrayList<>();
        boolean pairs = false;
        for (int i = 0; i < parts.length; i++) {
            String p = stripEdges(parts[i]);
            if (p.isEmpty()) {
                continue;
            }
            String[] all = p.split("\\s*,\\s*");
            if ((i == 0 || pairs) && isInvertedPairs(all)) {
                // "MIKOLOV, T., CHEN, K., CORRADO, G., and DEAN, J.": every name "Family, Initials"
                pairs = true;
                for (int k = 0; k + 1 < all.length; k += 2) {
                    out.add(inverted(all[k], all[k + 1], all[k] + ", " + all[k + 1]));
                }
                continue;
            }
            if (i == 0 && firstInverted && p.contains(",")) {
                // "Family, Given" possibly followed by further direct names: "Smith, John, Jane Doe"
                String[] chunks = p.split("\\s*,\\s*");
                // "L. Bessieres, G. Besson, …" opens with an initial: names in direct order, none inverted
                if (chunks.length >= 2 && looksLikeGiven(chunks[1]) && !LEADING_INITIAL.matcher(chunks[0]).lookingAt()) {
                    out.add(inverted(chunks[0], chunks[1], chunks[0] + ", " + chunks[1]));
                    for (int k = 2; k < chunks.length; k++) {
                        addDirect(chunks[k], out);
                    }
                } else {
                    for (String c : chunks) {
                        addDirect(c, out);
                    }
                }
            } else {
                for (String c : p.split("\\s*,\\s*")) {
                    addDirect(c, out);
                }
            }
        }
        return new Names(out, editors);
    }

    /**
     * "CHAMBERS, Bill; ZAHARIA, Matei" (ABNT) or "Allen, Michael; Swain, Scott R.": names separated by semicolons,
     * each "Family, Given" when it has a comma.
     */
    private static List<PersonName> semicolonList(String t) {
        List<PersonName> out = new ArrayList<>();
        for (String part : t.split("\\s*;\\s*")) {
            String p = stripEdges(AND.matcher(part).replaceFirst(""));
            if (p.isEmpty()) {
                continue;
            }
            String[] chunks = p.split("\\s*,\\s*", 2);
            if (chunks.length == 2 && looksLikeGiven(chunks[1])) {
                out.add(inverted(chunks[0], chunks[1], p));
            } else {
                addDirect(p, out);
            }
        }
        return out;
    }

    /** "Family, I., Family, J. K.": an even number of chunks, every second one initials only. */
    private static boolean isInvertedPairs(String[] chunks) {
        if (chunks.length < 2 || chunks.length % 2 != 0) {
            return false;
        }
        for (int k = 0; k < chunks.length; k += 2) {
            if (!INITIALS_ONLY.matcher(chunks[k + 1]).matches() || INITIALS_ONLY.matcher(chunks[k]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeGiven(String s) {
        // "Susan", "Katherine A. S.", "Erik van", "H.G."; not "Jr." alone
        return !s.isBlank() && !SUFFIXES.contains(s.toLowerCase(Locale.ROOT)) && s.split(" ").length <= 4;
    }

    private static void addDirect(String raw, List<PersonName> out) {
        String s = stripEdges(raw);
        if (s.isEmpty() || SUFFIXES.contains(s.toLowerCase(Locale.ROOT))) {
            return;
        }
        out.add(direct(s));
    }

    /** "Family" + "Given", moving trailing particles of the given part into the family name ("Erik van"). */
    public static PersonName inverted(String family, String given, String raw) {
        List<String> g = new ArrayList<>(List.of(CitationText.squash(given).split(" ")));
        StringBuilder particles = new StringBuilder();
        while (!g.isEmpty() && PARTICLES.contains(g.get(g.size() - 1))) {
            particles.insert(0, g.remove(g.size() - 1) + " ");
        }
        return new PersonName(particles + CitationText.squash(family), String.join(" ", g).strip(),
                CitationText.squash(raw));
    }

    /**
     * "Given Family" ("Erik van Ree", "H.G. Wells"); a single word is a family name. An institution ("Amazon Web
     * Services", "ATLAS Collaboration", a name of three or more words in capitals) is kept whole as the family, with
     * no given name.
     */
    public static PersonName direct(String raw) {
        String s = CitationText.squash(raw);
        if (isInstitution(s)) {
            return new PersonName(s, "", s);
        }
        List<String> tokens = new ArrayList<>(List.of(s.split(" ")));
        while (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))) {
            tokens.remove(tokens.size() - 1);
        }
        int familyStart = tokens.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(tokens.get(familyStart - 1))) {
            familyStart--;
        }
        String family = String.join(" ", tokens.subList(familyStart, tokens.size()));
        String given = String.join(" ", tokens.subList(0, familyStart));
        return new PersonName(family, given, s);
    }

    /** Whether a name names an institution rather than a person. */
    public static boolean isInstitution(String name) {
        String s = name.strip();
        if (INSTITUTION.matcher(s).find()) {
            return true;
        }
        String[] words = s.split("\\s+");
        return words.length >= 3 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)
                && !s.contains(".");
    }

    /** The family name without particles, folded: "van Ree" → "ree", "Sanchez-Sibony" → "sanchezsibony". */
    public static String familyKey(PersonName n) {
        List<String> w = new ArrayList<>(CitationText.words(n.family()));
        while (w.size() > 1 && PARTICLES.contains(w.get(0))) {
            w.remove(0);
        }
        return String.join("", w);
    }

    private static String stripEdges(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        if (t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.$")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
