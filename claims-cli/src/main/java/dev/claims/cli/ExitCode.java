package dev.claims.cli;

/** Documented exit codes, as linters use them. */
public enum ExitCode {
    /** Ran; nothing at or above the --fail-on threshold. */
    OK(0),
    /** Findings at or above the --fail-on threshold. */
    FINDINGS(1),
    /** Usage error, unreadable input, or nothing to read. */
    ERROR(2);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
