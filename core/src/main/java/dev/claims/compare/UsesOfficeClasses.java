package dev.claims.compare;

/**
 * A rule that compares offices by their classes. {@link dev.claims.Checker} hands it the classes of the office lexicon
 * in use (the shipped one plus a configuration's additions), so entries added in {@code claims.json} take effect in
 * comparison as well as in extraction.
 */
public interface UsesOfficeClasses {
    /** This rule, comparing offices with {@code classes}. */
    Rule withOfficeClasses(OfficeClasses classes);
}
