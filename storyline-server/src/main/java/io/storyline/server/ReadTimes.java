package io.storyline.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How long the server took to answer each kind of request ({@code GET /api/timings}), two ways: {@code handler},
 * from the moment its handlers got the request to the moment they were done (the server's own work, and any
 * pause that fell inside it), and {@code inServer}, from the moment Jetty began reading the request (so also the
 * wait for a thread to take it). A reader's wall-clock time is {@code inServer} plus what lies outside the server
 * process: the wait before the server's threads get a processor to read the request at all, the network, the
 * reader's own process. Set beside what readers measure (the follow benchmark prints them together), the three
 * tell whether slow reads are the server's work or the machine's queue.
 *
 * <p>Each kind keeps counts in buckets of about 6 % width (16 per power of two, in microseconds), updated
 * without a lock: recording costs a few atomic adds on the read path, whatever the number of reads.
 */
public final class ReadTimes {

    /** Buckets per power of two: quantiles are given to within 1/16 of their value. */
    private static final int SUB = 16;
    private static final int BUCKETS = SUB * 60;

    private final Map<String, Times[]> kinds = new ConcurrentHashMap<>();

    /**
     * Records one answer of this kind (a route, e.g. {@code GET /api/stories/{id}}) whose handlers took
     * {@code handlerNanos} and which was {@code inServerNanos} in the server from its first byte read.
     */
    public void record(String kind, long handlerNanos, long inServerNanos) {
        Times[] times = kinds.computeIfAbsent(kind, k -> new Times[] {new Times(), new Times()});
        times[0].record(Math.max(0, handlerNanos / 1000));
        times[1].record(Math.max(0, Math.max(handlerNanos, inServerNanos) / 1000));
    }

    /** Each kind's figures so far, by kind. */
    public Map<String, Kind> figures() {
        Map<String, Kind> out = new TreeMap<>();
        kinds.forEach((kind, times) -> out.put(kind, new Kind(times[0].figures(), times[1].figures())));
        return out;
    }

    /** One kind's answers: in its handlers, and in the server from the first byte read. */
    public record Kind(Figures handler, Figures inServer) {
    }

    /** Answers: how many, and the time of the median, 95th and 99th percentile and slowest, in ms. */
    public record Figures(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    count, p50Ms, p95Ms, p99Ms, maxMs);
        }
    }

    /** The bucket a time in microseconds falls in: exact below 16, then 16 buckets per power of two. */
    static int bucket(long micros) {
        if (micros < SUB) {
            return (int) micros;
        }
        int shift = 63 - Long.numberOfLeadingZeros(micros) - 4;   // micros >>> shift is in [16, 32)
        return Math.min(BUCKETS - 1, SUB * (shift + 1) + (int) (micros >>> shift) - SUB);
    }

    /** The largest time in microseconds that falls in the bucket. */
    static long upperBound(int bucket) {
        if (bucket < SUB) {
            return bucket;
        }
        int shift = bucket / SUB - 1;
        long top = SUB + bucket % SUB;
        return ((top + 1) << shift) - 1;
    }

    private static final class Times {
        final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
        final AtomicLong count = new AtomicLong();
        final AtomicLong max = new AtomicLong();

        void record(long micros) {
            counts.incrementAndGet(bucket(micros));
            count.incrementAndGet();
            max.accumulateAndGet(micros, Math::max);
        }

        Figures figures() {
            long[] copy = new long[BUCKETS];
            long n = 0;
            for (int i = 0; i < BUCKETS; i++) {
                copy[i] = counts.get(i);
                n += copy[i];
            }
            long slowest = max.get();
            return new Figures(n, quantile(copy, n, 0.50, slowest), quantile(copy, n, 0.95, slowest),
                    quantile(copy, n, 0.99, slowest), slowest / 1000.0);
        }

        /** The nearest-rank quantile, as its bucket's upper bound (never above the slowest seen), in ms. */
        private static double quantile(long[] counts, long n, double q, long slowest) {
            if (n == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(q * n));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return Math.min(upperBound(i), slowest) / 1000.0;
                }
            }
            return slowest / 1000.0;
        }
    }
}
