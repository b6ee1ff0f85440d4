package dev.claims.cli;

/** A usage error detected by a command after parsing: exit code 2 with this message. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
