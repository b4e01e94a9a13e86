package io.storyline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of {@link StorylineJob} reads, how it splits the work, and what it writes.
 *
 * @param inputs             files or folders, as Hadoop file system URIs or plain paths
 * @param output             folder that receives the {@code stories}, {@code articles} and {@code problems} tables
 * @param format             {@code parquet} or {@code jsonl}
 * @param overwrite          replace an existing output folder
 * @param fallbackDate       date for articles whose date is not known otherwise (may be null)
 * @param maxBlockArticles   a corpus of at most this many articles is clustered as one block, exactly as
 *                           the CLI does; a bigger one is split by time window and key bucket so that no
 *                           block is (much) larger than this
 * @param windowDays         length of a time window, in days
 * @param overlapDays        articles from the first days of a window are also clustered with the
 *                           window before it, so stories crossing the boundary are joined
 * @param keyHashes          a window split into buckets puts each article into this many buckets (one
 *                           MinHash of its key words each), so one story's articles meet in some block
 * @param summaryWords       length of each story's summary
 * @param minSummaryArticles stories with fewer articles get no summary (as {@code storyline digest})
 * @param maxFileBytes       larger whole files are reported and skipped, as by the CLI
 * @param splitJsonlBytes    JSON Lines files larger than this are split by lines across executors
 */
record JobSettings(List<String> inputs, String output, String format, boolean overwrite, LocalDate fallbackDate,
                   int maxBlockArticles, int windowDays, int overlapDays, int keyHashes, int summaryWords,
                   int minSummaryArticles, long maxFileBytes, long splitJsonlBytes) implements Serializable {

    static final int DEFAULT_MAX_BLOCK = 50_000;

    JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("name at least one input path");
        }
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("unknown format '" + format + "'; choose parquet or jsonl");
        }
        if (maxBlockArticles < 1 || windowDays < 1 || overlapDays < 0 || overlapDays >= windowDays || keyHashes < 1
                || summaryWords < 1 || minSummaryArticles < 1 || maxFileBytes < 1 || splitJsonlBytes < 1) {
            throw new IllegalArgumentException("need positive sizes and 0 <= overlap-days < window-days");
        }
    }

    static JobSettings defaults(List<String> inputs, String output) {
        return new JobSettings(inputs, output, "parquet", false, null, DEFAULT_MAX_BLOCK, 7, 3, 2, 100, 2,
                64L * 1024 * 1024, 32L * 1024 * 1024);
    }

    JobSettings withFormat(String newFormat) {
        return new JobSettings(inputs, output, newFormat, overwrite, fallbackDate, maxBlockArticles, windowDays,
                overlapDays, keyHashes, summaryWords, minSummaryArticles, maxFileBytes, splitJsonlBytes);
    }

    JobSettings withBlocks(int maxArticles, int window, int overlap, int hashes) {
        return new JobSettings(inputs, output, format, overwrite, fallbackDate, maxArticles, window, overlap, hashes,
                summaryWords, minSummaryArticles, maxFileBytes, splitJsonlBytes);
    }

    JobSettings withSplitJsonlBytes(long bytes) {
        return new JobSettings(inputs, output, format, overwrite, fallbackDate, maxBlockArticles, windowDays,
                overlapDays, keyHashes, summaryWords, minSummaryArticles, maxFileBytes, bytes);
    }

    JobSettings withOverwrite(boolean replace) {
        return new JobSettings(inputs, output, format, replace, fallbackDate, maxBlockArticles, windowDays,
                overlapDays, keyHashes, summaryWords, minSummaryArticles, maxFileBytes, splitJsonlBytes);
    }

    JobSettings withFallbackDate(LocalDate date) {
        return new JobSettings(inputs, output, format, overwrite, date, maxBlockArticles, windowDays,
                overlapDays, keyHashes, summaryWords, minSummaryArticles, maxFileBytes, splitJsonlBytes);
    }

    JobSettings withSummary(int words, int minArticles) {
        return new JobSettings(inputs, output, format, overwrite, fallbackDate, maxBlockArticles, windowDays,
                overlapDays, keyHashes, words, minArticles, maxFileBytes, splitJsonlBytes);
    }

    JobSettings withMaxFileBytes(long bytes) {
        return new JobSettings(inputs, output, format, overwrite, fallbackDate, maxBlockArticles, windowDays,
                overlapDays, keyHashes, summaryWords, minSummaryArticles, bytes, splitJsonlBytes);
    }
}
