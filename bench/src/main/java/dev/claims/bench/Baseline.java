package dev.claims.bench;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The unavoidable work, for comparison: read a file, parse it with jsoup, split its text into sentences with ICU.
 * Our overhead is the checker's time divided by this one's.
 */
final class Baseline {
    private Baseline() {
    }

    /** Sentences in one text after a jsoup parse (HTML and plain text alike: jsoup is lenient). */
    static int sentences(String text) {
        String body = Jsoup.parse(text).text();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(body);
        int n = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            n++;
        }
        return n;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads, parses and splits every file on {@code threads} threads; returns the number of sentences. */
    static long run(List<Path> files, int threads) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().mapToLong(f -> sentences(read(f))).sum()).join();
        } finally {
            pool.shutdown();
        }
    }
}
