package dev.claims;

import java.nio.file.Path;

/**
 * The one exception type the library throws: names the file (when there is one) and the problem in one sentence.
 * The CLI turns it into exit code 2 and a single line on stderr.
 */
public class ClaimsException extends RuntimeException {
    private final transient Path file;
    private final String problem;

    public ClaimsException(Path file, String problem) {
        super(file == null ? problem : file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public ClaimsException(Path file, String problem, Throwable cause) {
        super(file == null ? problem : file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The problem without the file name, one sentence. */
    public String problem() {
        return problem;
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }
}
