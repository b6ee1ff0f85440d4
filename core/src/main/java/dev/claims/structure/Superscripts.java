package dev.claims.structure;

/** Converts Unicode superscript digits ("⁸³") to ASCII ("83"). */
public final class Superscripts {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscripts() {
    }

    public static String toDigits(String superscript) {
        StringBuilder sb = new StringBuilder(superscript.length());
        for (int i = 0; i < superscript.length(); i++) {
            int d = DIGITS.indexOf(superscript.charAt(i));
            sb.append(d >= 0 ? (char) ('0' + d) : superscript.charAt(i));
        }
        return sb.toString();
    }
}
