package dev.claims.cli;

import dev.claims.CheckerOptions;
import dev.claims.knowledge.Packs;
import dev.claims.load.Limits;
import dev.claims.model.InputFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by every command that reads a corpus: paths, format, links, threads and the input limits. */
public final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories (recursed in sorted order; hidden files, VCS and build folders skipped).")
    List<Path> paths;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every text file as text, html, mediawiki, markdown or latex instead of detecting the format.")
    String inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetName.class,
            description = "Decode every text file with this encoding (windows-1251, KOI8-R, ISO-8859-2, UTF-16LE…)"
                    + " instead of detecting it.")
    Charset encoding;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50MB", converter = ByteSize.class,
            description = "Skip larger files, with the reason (bytes, or with K, M, G: 200M; default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--max-html-depth", paramLabel = "N", defaultValue = "512",
            description = "Skip HTML documents whose elements nest deeper than this (default: ${DEFAULT-VALUE}).")
    int maxHtmlDepth;

    @Option(names = "--max-sentence-length", paramLabel = "CHARS", defaultValue = "5000",
            description = "Do not search longer sentences for claims; the document says how many (default: ${DEFAULT-VALUE}).")
    int maxSentenceLength;

    @Option(names = "--max-notes", paramLabel = "N", defaultValue = "5000",
            description = "Skip documents with more notes than this (default: ${DEFAULT-VALUE}).")
    int maxNotes;

    @Option(names = "--follow-links", description = "Follow symbolic links while walking directories, even out of the"
            + " directories given (loops are detected and reported).")
    boolean followLinks;

    @Option(names = "--pack", paramLabel = "NAME", description = "Turn on an optional knowledge pack besides the"
            + " default one (general knowledge only); repeatable. Shipped: soviet (people, places, organisations,"
            + " events and offices of Soviet and Soviet-American history).")
    List<String> packs = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    /** The input limits from the options. */
    Limits limits() {
        return new Limits(maxFileSize, maxHtmlDepth, maxSentenceLength, maxNotes);
    }

    CheckerOptions toOptions() {
        CheckerOptions o = CheckerOptions.defaults();
        var load = o.load().withLimits(limits()).withFollowLinks(followLinks).withEncoding(encoding);
        if (inputFormat != null) {
            load = load.withForcedFormat(InputFormat.fromId(inputFormat));
        }
        o = o.withLoad(load);
        if (packs != null && !packs.isEmpty()) {
            o = o.withPacks(Packs.of(packs));
        }
        return threads == null ? o : o.withThreads(threads);
    }

    /** An encoding by any of its names ("cp1251", "windows-1251", "koi8-r"). */
    static final class CharsetName implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an encoding this Java knows"
                        + " (examples: UTF-8, windows-1251, KOI8-R, ISO-8859-2, UTF-16LE)");
            }
        }
    }

    /** Reads a size in bytes: "52428800", "512K", "50M", "50MB", "1G", "2GiB" (multiples of 1024). */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s{0,2}([KMGT]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size (examples: 1000000, 512K, 50M, 1G)");
            }
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is too large");
            }
            int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                case "T" -> 40;
                default -> 0;
            };
            if (n > (Long.MAX_VALUE >> shift)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is too large");
            }
            return n << shift;
        }
    }
}
