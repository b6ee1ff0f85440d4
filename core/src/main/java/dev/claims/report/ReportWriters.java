package dev.claims.report;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds report writers by format name. */
public final class ReportWriters {
    private ReportWriters() {
    }

    public static List<ReportWriter> all() {
        return ServiceLoader.load(ReportWriter.class, ReportWriters.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(ReportWriter::format))
                .toList();
    }

    public static Optional<ReportWriter> forFormat(String format) {
        return all().stream().filter(w -> w.format().equals(format)).findFirst();
    }
}
