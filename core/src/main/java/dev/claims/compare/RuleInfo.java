package dev.claims.compare;

import dev.claims.model.FindingKind;
import dev.claims.model.Severity;

/**
 * A rule's metadata in one place: SARIF {@code rules[]}, {@code --list-rules} and the docs are generated from it.
 *
 * @param id       kebab-case rule id ("date-mismatch")
 * @param kind     the kind of findings it produces
 * @param severity default severity
 * @param summary  one line: what the rule finds
 * @param help     a short paragraph: why it matters and what to do
 */
public record RuleInfo(String id, FindingKind kind, Severity severity, String summary, String help) {
}
