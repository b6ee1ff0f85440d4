package dev.claims.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Within-document coreference of person names: full names seen in the document, so that a bare surname
 * ("Litvinov") or initials ("FDR") can be expanded to the fullest form the document gives ("Maksim Maksimovich
 * Litvinov"). A surname shared by two people ("Roosevelt" for Franklin and Elliott) stays ambiguous unless a title
 * ("President Roosevelt") singles one out.
 *
 * <pre>{@code
 * NameIndex names = new NameIndex();
 * names.add("Franklin D. Roosevelt", "President");
 * names.add("Elliott Roosevelt", "");
 * names.resolve("Roosevelt", "");           // "Roosevelt" (ambiguous)
 * names.resolve("Roosevelt", "President");  // "Franklin D. Roosevelt"
 * names.resolve("FDR", "");                 // "Franklin D. Roosevelt"
 * }</pre>
 * Not thread-safe; built and used within one document's analysis.
 */
public final class NameIndex {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** One person: all full forms seen, and the titles written before them. */
    private static final class Person {
        final String surname;
        String given;
        String display;
        final List<String> titles = new ArrayList<>();

        Person(String surname, String given, String display) {
            this.surname = surname;
            this.given = given;
            this.display = display;
        }
    }

    private final Map<String, List<Person>> bySurname = new LinkedHashMap<>();

    /** Records a full name (two or more tokens) with the title written before it, if any. */
    public void add(String fullName, String title) {
        String[] t = SPACES.split(fullName.strip());
        if (t.length < 2) {
            return;
        }
        String surname = t[t.length - 1];
        String given = t[0];
        List<Person> people = bySurname.computeIfAbsent(key(surname), k -> new ArrayList<>());
        Person p = find(people, given);
        if (p == null) {
            p = new Person(surname, given, fullName.strip());
            people.add(p);
        } else if (fullName.length() > p.display.length()) {
            p.display = fullName.strip();
            p.given = given;
        }
        if (!title.isEmpty() && !p.titles.contains(title.toLowerCase(Locale.ROOT))) {
            p.titles.add(title.toLowerCase(Locale.ROOT));
        }
    }

    private static Person find(List<Person> people, String given) {
        for (Person p : people) {
            if (compatible(p.given, given)) {
                return p;
            }
        }
        return null;
    }

    private static boolean compatible(String a, String b) {
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        if (x.equalsIgnoreCase(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return Character.toLowerCase(x.charAt(0)) == Character.toLowerCase(y.charAt(0));
        }
        return JW.apply(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT)) >= 0.85; // transliterations: Maxim/Maksim, Elliot/Elliott
    }

    /** True when the surname (last token) of {@code name} belongs to a known person. */
    public boolean knowsSurname(String surname) {
        return bySurname.containsKey(key(surname));
    }

    /**
     * The fullest form of the person a name refers to; the name itself when unknown or ambiguous.
     *
     * @param title a title written before the name ("President"), or empty
     */
    public String resolve(String name, String title) {
        String n = name.strip();
        String[] t = SPACES.split(n);
        if (t.length >= 2) {
            List<Person> people = bySurname.get(key(t[t.length - 1]));
            Person p = people == null ? null : find(people, t[0]);
            return p == null ? n : p.display;
        }
        List<Person> people = bySurname.get(key(n));
        if (people == null) {
            Person byInitials = initials(n);
            return byInitials == null ? n : byInitials.display;
        }
        if (people.size() == 1) {
            return people.get(0).display;
        }
        if (!title.isEmpty()) {
            Person only = null;
            for (Person p : people) {
                if (p.titles.contains(title.toLowerCase(Locale.ROOT))) {
                    if (only != null) {
                        return n;
                    }
                    only = p;
                }
            }
            if (only != null) {
                return only.display;
            }
        }
        return n;
    }

    private Person initials(String n) {
        if (n.length() < 2 || n.length() > 4 || !n.equals(n.toUpperCase(Locale.ROOT))) {
            return null;
        }
        Person found = null;
        for (List<Person> people : bySurname.values()) {
            for (Person p : people) {
                StringBuilder ini = new StringBuilder();
                for (String tok : p.display.split("\\s+")) {
                    ini.append(Character.toUpperCase(tok.charAt(0)));
                }
                String full = ini.toString();
                String shortForm = full.length() > 2 ? "" + full.charAt(0) + full.charAt(full.length() - 1) : full;
                if (full.equals(n) || shortForm.equals(n) && n.length() == 2) {
                    if (found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    private static String key(String surname) {
        String s = surname.toLowerCase(Locale.ROOT);
        return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
    }
}
