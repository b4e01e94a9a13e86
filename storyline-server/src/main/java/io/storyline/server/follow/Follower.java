package io.storyline.server.follow;

import io.storyline.ingest.ExtractedArticle;
import io.storyline.ingest.Extraction;
import io.storyline.ingest.LoadOptions;
import io.storyline.ingest.SourceFetcher;
import io.storyline.model.Article;
import io.storyline.model.InputProblem;
import io.storyline.server.Newsroom;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows feeds and sitemaps: polls each source when it is due, reads the entries it has not read before
 * into articles ({@link SourceFetcher}: the entry's page, else the feed's own text) and adds them to the
 * newsroom one by one, by the same path posted articles take ({@link Newsroom#add}), so they join stories
 * as they arrive.
 *
 * <p>Polite: a conditional GET (the last answer's ETag and Last-Modified sent back, a 304 costing nothing),
 * each source at its own interval, errors backing off exponentially (up to {@link FollowSettings#maxBackoff()})
 * and a 429 or 503 waiting at least as long as its Retry-After, at most {@link
 * io.storyline.ingest.WebOptions#perHost()} requests at once to one host (one fetcher serves every source),
 * and robots.txt obeyed for feeds and pages alike. One bad source never stops the others: each poll
 * fails alone, into that source's health.
 */
public final class Follower implements AutoCloseable {

    /** The longest wait a Retry-After can impose. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    private static final long TICK_MILLIS = 250;
    static final int SHOWN_PROBLEMS = 10;

    /** What one poll did. */
    public record Poll(int entries, int fresh, int articles, List<String> problems) {
    }

    /** A source that cannot be followed as given (a 400 in the API). */
    public static final class BadSource extends Exception {
        BadSource(String message) {
            super(message);
        }
    }

    private final Newsroom newsroom;
    private final SourceStore store;
    private final SourceFetcher fetcher;
    private final RobotsCache robots;
    private final FollowSettings settings;
    private final Map<Long, Source> sources = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final Set<Long> polling = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<String>> problems = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock;
    private final ExecutorService workers;

    private Follower(Newsroom newsroom, SourceStore store, FollowSettings settings) {
        this.newsroom = newsroom;
        this.store = store;
        this.settings = settings;
        this.fetcher = new SourceFetcher(LoadOptions.defaults().withWeb(settings.web()));
        this.robots = new RobotsCache(fetcher);
        this.clock = Executors.newSingleThreadScheduledExecutor(daemon("storyline-follow-clock"));
        this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("storyline-follow"));
    }

    /**
     * Opens the sources kept beside the newsroom's database ({@code news.db}: {@code news.follow.db}), adds those of the settings' sources file (each
     * unusable line is one message on {@code errors}, naming the file and line) and starts polling.
     *
     * @throws IOException when the database or the sources file cannot be read at all
     */
    public static Follower start(Newsroom newsroom, Path database, FollowSettings settings, PrintStream errors)
            throws IOException {
        SourcesFile.Contents listed = settings.sourcesFile() == null ? null : SourcesFile.read(settings.sourcesFile());
        SourceStore store = SourceStore.open(SourceStore.fileFor(database));
        Follower follower = new Follower(newsroom, store, settings);
        try {
            for (Source s : store.all()) {
                follower.sources.put(s.id(), s);
            }
            if (listed != null) {
                listed.problems().forEach(p -> errors.println("storyline: skipped " + p));
                for (SourcesFile.Line line : listed.lines()) {
                    try {
                        follower.add(line.url(), line.interval());
                    } catch (BadSource e) {
                        errors.println("storyline: skipped " + settings.sourcesFile() + ": " + line.url() + ": "
                                + e.getMessage());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        follower.clock.scheduleWithFixedDelay(follower::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return follower;
    }

    /** Every source with its health, in the order they were added. */
    public List<Source> sources() {
        return sources.values().stream().sorted(Comparator.comparingLong(Source::id)).toList();
    }

    public Optional<Source> source(long id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * What went wrong with the source's entries (pages that failed, entries read from the feed's own text) in
     * the last poll that read new entries, at most {@link #SHOWN_PROBLEMS}; kept in memory only.
     */
    public List<String> entryProblems(long id) {
        return problems.getOrDefault(id, List.of());
    }

    /**
     * Follows a feed or sitemap (polled at once, then every {@code interval}, the settings' when null). A URL
     * already followed is not added again.
     *
     * @return the source, and whether it was added now
     */
    public Map.Entry<Source, Boolean> add(String url, Duration interval) throws BadSource, IOException {
        String problem = urlProblem(url);
        if (problem != null) {
            throw new BadSource(problem);
        }
        Duration every = interval == null ? settings.interval() : interval;
        if (every.compareTo(settings.minimumInterval()) < 0) {
            throw new BadSource("the interval must be at least " + settings.minimumInterval().toSeconds() + " seconds");
        }
        Map.Entry<Source, Boolean> added = store.add(url.strip(), every, Instant.now());
        sources.putIfAbsent(added.getKey().id(), added.getKey());
        return Map.entry(sources.get(added.getKey().id()), added.getValue());
    }

    /** Pauses or resumes a source; empty when there is none with this id. */
    public Optional<Source> setPaused(long id, boolean paused) throws IOException {
        synchronized (lock(id)) {
            Source s = sources.get(id);
            if (s == null) {
                return Optional.empty();
            }
            Source changed = s.withPaused(paused).pollNext(paused ? s.nextPoll() : null);
            store.save(changed);
            sources.put(id, changed);
            return Optional.of(changed);
        }
    }

    /** Stops following a source and forgets what was read from it (its articles stay); false when unknown. */
    public boolean remove(long id) throws IOException {
        synchronized (lock(id)) {
            sources.remove(id);
            problems.remove(id);
            return store.remove(id);
        }
    }

    /** Polls the source now, whatever its schedule (even paused), and returns what the poll did. */
    public Optional<Poll> pollNow(long id) {
        return sources.containsKey(id) ? Optional.of(poll(id)) : Optional.empty();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    /** Hands every due source to a worker. */
    private void tick() {
        Instant now = Instant.now();
        for (Source s : sources.values()) {
            if (due(s, now) && polling.add(s.id())) {
                try {
                    workers.execute(() -> {
                        try {
                            pollIfDue(s.id());
                        } finally {
                            polling.remove(s.id());
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    polling.remove(s.id());
                }
            }
        }
    }

    private static boolean due(Source s, Instant now) {
        return !s.paused() && (s.nextPoll() == null || !s.nextPoll().isAfter(now));
    }

    /**
     * A scheduled poll, unless the source was polled, paused or removed after the tick found it due: a poll asked
     * for through the API in between (as after following a feed) would otherwise be followed by a second one, which
     * fetches a failing entry's page again and uses up one of its {@link SourceStore#MAX_ATTEMPTS} attempts.
     */
    private void pollIfDue(long id) {
        synchronized (lock(id)) {
            Source s = sources.get(id);
            if (s != null && due(s, Instant.now())) {
                poll(id);
            }
        }
    }

    private Object lock(long id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    /** One poll of one source; never throws: whatever goes wrong is the source's last error. */
    private Poll poll(long id) {
        synchronized (lock(id)) {
            Source s = sources.get(id);
            if (s == null) {
                return new Poll(0, 0, 0, List.of("the source is no longer followed"));
            }
            Instant started = Instant.now();
            List<String> problems = new ArrayList<>();
            Source after;
            Poll result;
            try {
                FeedAnswer answer = fetchFeed(s);
                if (answer.notModified()) {
                    result = new Poll(0, 0, 0, List.of());
                    after = s.succeeded(Instant.now(), null, s.etag(), s.lastModified(), next(s, started));
                } else {
                    result = readEntries(s, answer.document(), problems);
                    if (result.fresh() > 0) {
                        this.problems.put(id, List.copyOf(problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS))));
                    }
                    after = s.succeeded(Instant.now(), answer.document().title(), answer.etag(), answer.lastModified(),
                            next(s, started));
                }
            } catch (PollFailure e) {
                problems.add(e.getMessage());
                result = new Poll(0, 0, 0, problems);
                Instant at = Instant.now();
                after = s.failed(at, e.getMessage(), backoff(s, at, e.retryAfter));
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException ? e.getMessage() : "failed (" + e + ")";
                problems.add(why);
                result = new Poll(0, 0, 0, problems);
                Instant at = Instant.now();
                after = s.failed(at, why, backoff(s, at, null));
            }
            try {
                Source current = sources.get(id);
                if (current != null) {
                    after = after.keeping(current);
                    store.save(after);
                    sources.put(id, withCounts(after));
                }
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
            return result;
        }
    }

    /** The source as stored with its entry counts (re-read: they are the store's). */
    private Source withCounts(Source s) throws IOException {
        return store.one(s.id()).orElse(s);
    }

    private record FeedAnswer(boolean notModified, SourceFetcher.Document document, String etag, String lastModified) {
    }

    /** A poll that failed; {@code retryAfter} when the server said how long to wait. */
    private static final class PollFailure extends Exception {
        private final Duration retryAfter;

        PollFailure(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }
    }

    private FeedAnswer fetchFeed(Source s) throws PollFailure, IOException {
        String refusal = robots.refusal(s.url());
        if (refusal != null) {
            throw new PollFailure(refusal, null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        boolean retrying = store.retrying(s.id());  // an unchanged feed must still be read to try those entries again
        if (s.etag() != null && !retrying) {
            headers.put("If-None-Match", s.etag());
        }
        if (s.lastModified() != null && !retrying) {
            headers.put("If-Modified-Since", s.lastModified());
        }
        SourceFetcher.Answer answer;
        try {
            answer = fetcher.get(s.url(), headers);
        } catch (IOException e) {
            throw new PollFailure(s.url() + " " + e.getMessage(), null);
        }
        int status = answer.status();
        if (status == 304) {
            return new FeedAnswer(true, null, null, null);
        }
        if (status == 429 || status == 503) {
            Duration wait = retryAfter(answer.header("Retry-After").orElse(null));
            throw new PollFailure(s.url() + " answered HTTP " + status + (status == 429 ? " (too many requests)"
                    : " (unavailable)") + (wait == null ? "" : "; asked to wait " + wait.toSeconds() + " s"), wait);
        }
        if (status != 200) {
            throw new PollFailure(s.url() + " answered HTTP " + status + " instead of a feed", null);
        }
        SourceFetcher.Document document;
        try {
            document = fetcher.read(answer.url(), answer.body());
        } catch (IOException e) {
            throw new PollFailure(s.url() + " " + e.getMessage(), null);
        }
        return new FeedAnswer(false, document, answer.header("ETag").orElse(null),
                answer.header("Last-Modified").orElse(null));
    }

    /**
     * Reads the entries not read before, oldest first, and hands the poll's articles to the newsroom in one placing
     * step ({@link Newsroom#addEach}): one new state of the stories per poll, not one per entry. Each entry is
     * claimed before the step and marked read after it, so a crash in between leaves it to be tried again, and the
     * next attempt counts it once (its article found stored under its own id).
     */
    private Poll readEntries(Source s, SourceFetcher.Document document, List<String> problems) throws IOException {
        List<SourceFetcher.Entry> entries = document.entries();
        Set<String> done = store.done(s.id());
        List<SourceFetcher.Entry> fresh = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {  // feeds list the newest first
            if (!done.contains(entries.get(i).key())) {
                fresh.add(entries.get(i));
            }
        }
        fresh.sort(Comparator.comparing(SourceFetcher.Entry::published, Comparator.nullsLast(Comparator.naturalOrder())));
        List<ReadEntry> read = new ArrayList<>();
        for (SourceFetcher.Entry entry : fresh) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            boolean pageAllowed = entry.link() == null || robots.allows(entry.link());
            Extraction extraction = fetcher.article(document, entry, pageAllowed);
            for (InputProblem p : extraction.problems()) {
                problems.add(p.location() + ": " + p.problem());
            }
            List<Article> found = extraction.articles().stream().map(ExtractedArticle::article).toList();
            if (found.isEmpty()) {
                String why = extraction.problems().isEmpty() ? "gave no article" : extraction.problems().get(0).problem();
                store.failed(s.id(), entry.key(), why, Instant.now());
                continue;
            }
            // an entry whose article the newsroom holds already (the same URL, canonical URL or text) adds
            // nothing, unless this entry stored it on an attempt a crash cut short
            boolean claimedBefore = store.claim(s.id(), entry.key(), found.get(0).id(), Instant.now());
            read.add(new ReadEntry(entry, found, claimedBefore));
        }
        if (read.isEmpty()) {
            return new Poll(entries.size(), fresh.size(), 0, problems);
        }
        List<Newsroom.Added> outcomes = newsroom.addEach(read.stream().map(ReadEntry::found).toList());
        int articles = 0;
        for (int i = 0; i < read.size(); i++) {
            ReadEntry entry = read.get(i);
            Newsroom.Added added = outcomes.get(i);
            String first = entry.found().get(0).id();
            boolean isNew = !added.added().isEmpty()
                    || entry.claimedBefore() && added.duplicates().equals(List.of(first));
            articles += isNew ? Math.max(1, added.added().size()) : 0;
            String article = !added.added().isEmpty() ? added.added().get(0).articleId()
                    : !added.duplicates().isEmpty() ? added.duplicates().get(0) : first;
            store.read(s.id(), entry.entry().key(), article, isNew, Instant.now());
        }
        return new Poll(entries.size(), fresh.size(), articles, problems);
    }

    /** An entry of a poll read into articles, waiting for the poll's placing step. */
    private record ReadEntry(SourceFetcher.Entry entry, List<Article> found, boolean claimedBefore) {
    }

    private Instant next(Source s, Instant from) {
        return from.plus(s.interval());
    }

    /** Twice the interval per error in a row, at most the settings' backoff; never sooner than a Retry-After. */
    private Instant backoff(Source s, Instant from, Duration retryAfter) {
        int errors = Math.min(s.failures() + 1, 16);
        Duration wait = s.interval().multipliedBy(1L << errors);
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        }
        return from.plus(wait);
    }

    /** A Retry-After header: seconds, or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Why a URL cannot be followed, or null when it can (whether its address is public is checked when fetched). */
    static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "no URL given";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "'" + url.strip() + "' is not a valid URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "'" + url.strip() + "' is not an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "'" + url.strip() + "' has no host name";
        }
        return null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
