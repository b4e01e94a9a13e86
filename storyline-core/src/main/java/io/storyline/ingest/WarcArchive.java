package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML responses of a WARC file (plain or gzipped per record, as Common Crawl's news crawl is)
 * with jwarc, streaming: the file is never held in memory, only one record's page at a time, capped. A
 * damaged record is reported and reading resumes at the next record that can be found (the next
 * {@code WARC/1.x} line, or the next gzip member), so one bad record costs only itself.
 */
final class WarcArchive {

    /** One HTML response: the address it was captured from and its body. */
    record Capture(String target, byte[] body, String charset, long offset) {
    }

    /** Receives what the archive holds, in order. */
    interface Sink {
        void capture(Capture capture);

        void problem(long offset, String problem);
    }

    private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_RESYNCS = 10_000;

    private WarcArchive() {
    }

    static void read(Path file, long maxRecordBytes, Sink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean gzip = startsWithGzip(channel);
            long lastStart = -1;
            long resumeAt = 0;
            for (int resyncs = 0; resyncs <= MAX_RESYNCS; resyncs++) {
                channel.position(resumeAt);
                WarcReader reader;
                try {
                    reader = new WarcReader(channel);
                } catch (IOException | RuntimeException damaged) {
                    long next = nextRecord(channel, resumeAt + 1, gzip);
                    sink.problem(resumeAt, "is not a WARC record (" + describe(damaged) + ")");
                    if (next < 0) {
                        return;
                    }
                    resumeAt = next;
                    continue;
                }
                try {
                    while (true) {
                        Optional<WarcRecord> next = reader.next();
                        if (next.isEmpty()) {
                            return;
                        }
                        lastStart = reader.position();
                        if (next.get() instanceof WarcResponse response) {
                            capture(response, lastStart, maxRecordBytes, sink);
                        }
                    }
                } catch (IOException | RuntimeException damaged) {
                    long from = Math.max(resumeAt, lastStart) + 1;
                    long damagedAt = nextRecord(channel, from, gzip);
                    long at = damagedAt < 0 ? from - 1 : damagedAt;
                    sink.problem(at, "is a damaged record (" + describe(damaged) + ")");
                    long next = damagedAt < 0 ? -1 : nextRecord(channel, damagedAt + 1, gzip);
                    if (next < 0 || next <= resumeAt) {
                        return;
                    }
                    resumeAt = next;
                    lastStart = -1;
                }
            }
        }
    }

    private static void capture(WarcResponse response, long offset, long maxBytes, Sink sink) {
        try {
            var http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                return; // redirects, images, scripts: not articles, and not a problem
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (body.length > maxBytes) {
                sink.problem(offset, "holds a page larger than " + ProblemWords.megabytes(maxBytes) + "; skipped");
                return;
            }
            String charset = type.parameters().get("charset");
            sink.capture(new Capture(response.target(), body, charset, offset));
        } catch (IOException | RuntimeException damaged) {
            sink.problem(offset, "holds an HTTP response that cannot be read (" + describe(damaged) + ")");
        }
    }

    private static boolean startsWithGzip(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2);
        channel.read(head, 0);
        return head.position() == 2 && (head.get(0) & 0xFF) == 0x1F && (head.get(1) & 0xFF) == 0x8B;
    }

    /** Offset of the next record start at or after {@code from}, or -1. */
    private static long nextRecord(FileChannel channel, long from, boolean gzip) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long base = from;
        int overlap = WARC_LINE.length;
        while (base < channel.size()) {
            buffer.clear();
            int n = channel.read(buffer, base);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                if (gzip ? i + 2 < n && (bytes[i] & 0xFF) == 0x1F && (bytes[i + 1] & 0xFF) == 0x8B && bytes[i + 2] == 8
                        : matchesLine(bytes, i, n) && (base + i == 0 || i > 0 && bytes[i - 1] == '\n')) {
                    return base + i;
                }
            }
            if (base + n >= channel.size()) {
                return -1;
            }
            base += Math.max(1, n - overlap);
        }
        return -1;
    }

    private static boolean matchesLine(byte[] bytes, int at, int limit) {
        if (at + WARC_LINE.length > limit) {
            return false;
        }
        for (int j = 0; j < WARC_LINE.length; j++) {
            if (bytes[at + j] != WARC_LINE[j]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
