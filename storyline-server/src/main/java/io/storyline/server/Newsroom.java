package io.storyline.server;

import io.storyline.cluster.ClusterSettings;
import io.storyline.cluster.Clustering;
import io.storyline.cluster.StoryStream;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryUpdate;
import io.storyline.Storyline;
import io.storyline.model.Summary;
import io.storyline.summarize.SummaryOptions;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live newsroom: the stored articles, the stories they form and each story's cited summary.
 *
 * <p>Articles join stories as they arrive through one {@link StoryStream}, fed in the store's
 * arrival order. At startup the stream is rebuilt by replaying the stored articles in that same
 * order, and the stream is only ever snapshotted (never consolidated out of turn), so a restarted
 * server has exactly the stories it had before. An article is stored (committed) before it joins
 * the stream: a crash in between loses nothing, the replay places it.
 *
 * <p>A story's public id is the sequence number of its first article: stable while it grows, and
 * when two stories merge the older one's id survives (the other id still finds the story through
 * its first article). Summaries are made in the background when a story changes ({@link #view}).
 *
 * <p>Both levels stay live: every snapshot also links the stories (events) into storylines
 * ({@link NewsStoryline}), the continuing subjects a reader follows over weeks or months.
 */
public final class Newsroom implements AutoCloseable {

    /** One story as the newsroom shows it. */
    public record NewsStory(long id, Story story, List<Article> articles) {
    }

    /** Outcome of one addition: what was added (with its story), what was already there. */
    public record Added(List<Placed> added, List<String> duplicates) {
    }

    /** An added article and the id of the story it joined. */
    public record Placed(String articleId, long story) {
    }

    /** A story's summary and what its features show, for one version of the story. */
    public record StoryView(NewsStory story, Summary summary, Map<String, FeatureView> features, boolean current) {
    }

    /**
     * One storyline as the newsroom shows it: its events (stories) in time order. Its public id is
     * the id of its oldest event (the sequence number of its first article), so it stays while the
     * storyline grows, and when two storylines join the older id survives.
     */
    public record NewsStoryline(long id, io.storyline.model.Storyline storyline, List<NewsStory> events) {
    }

    /** Ways to list stories. */
    public enum Order { NEWEST, BIGGEST }

    private record State(Map<Long, NewsStory> stories, Map<String, Long> storyOfArticle,
                         Map<String, Long> seqOfArticle, Map<Long, String> articleOfSeq,
                         Map<String, Article> articles, Map<Long, NewsStoryline> storylines,
                         Map<Long, Long> storylineOfStory) {
        static final State EMPTY = new State(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private final ArticleStore store;
    private final Budget budget;
    private final List<StoryFeature> features;
    private final StoryStream stream;
    private final Map<String, Long> seqs = new HashMap<>();
    private final SameArticles same = new SameArticles();
    /** Each story's view as last made (or its stand-in), by story id. */
    private final Map<Long, StoryView> views = new ConcurrentHashMap<>();
    private final SummaryQueue summaries = new SummaryQueue(this::make);
    private final Map<Long, LineTimeline> lineTimelines = new ConcurrentHashMap<>();
    /** The view each story not yet (re)summarized is sent with, until its summary is made or it changes. */
    private final Map<Long, StoryView> waiting = new ConcurrentHashMap<>();
    private volatile State state = State.EMPTY;
    private volatile long version;
    /** Counted down once the stored articles are placed (at once when there are none). */
    private final java.util.concurrent.CountDownLatch replayed = new java.util.concurrent.CountDownLatch(1);
    private volatile int toPlace;
    private volatile RuntimeException replayFailure;
    private volatile boolean closed;
    /** The last state's stories, sorted as they were asked for ({@link #stories}). */
    private volatile Ordered ordered;

    private Newsroom(ArticleStore store, ClusterSettings settings, Budget budget, List<StoryFeature> features) {
        this.store = store;
        this.budget = budget;
        this.features = List.copyOf(features);
        this.stream = new StoryStream(settings, io.storyline.cluster.StorylineSettings.defaults(), Storyline.inferredDays());
    }

    /** Opens the newsroom over a store, replaying its articles into stories before it returns. */
    public static Newsroom open(ArticleStore store, List<StoryFeature> features) throws IOException {
        return open(store, features, Runnable::run);
    }

    /**
     * Opens the newsroom over a store and replays its articles into stories on {@code replayer}: with a thread
     * of its own, the newsroom answers at once (a server listens first, and a restart over thousands of articles
     * answers in seconds, not in the minutes the replay takes on a busy machine). While it replays, reads see the
     * stories of the articles placed so far (published about every {@link #REPLAY_STEP_MILLIS} ms, so the stories
     * are the ones the full replay ends with, only fewer), {@link #add} waits for the replay (so a new article is
     * placed after every stored one, as it was before the restart), and summaries wait too: a story still being
     * rebuilt is shown with its stand-in ({@link #view}) rather than summarized again at each step.
     *
     * @throws IOException when the stored articles cannot be read (before anything runs on {@code replayer})
     */
    public static Newsroom open(ArticleStore store, List<StoryFeature> features, java.util.concurrent.Executor replayer)
            throws IOException {
        Newsroom room = new Newsroom(store, ClusterSettings.defaults(), Budget.words(100), features);
        List<ArticleStore.Stored> stored = store.all();
        room.toPlace = stored.size();
        replayer.execute(() -> room.replay(stored));
        return room;
    }

    /** How often, at most, a replay shows the stories placed so far (a snapshot costs about as much as an add). */
    static final long REPLAY_STEP_MILLIS = 1000;

    private void replay(List<ArticleStore.Stored> stored) {
        try {
            synchronized (this) {
                long step = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(REPLAY_STEP_MILLIS);
                long next = System.nanoTime() + step;
                for (int i = 0; i < stored.size() && !closed; i++) {
                    ArticleStore.Stored one = stored.get(i);
                    stream.add(one.article());
                    seqs.put(one.article().id(), one.seq());
                    same.remember(one.article());
                    if (System.nanoTime() >= next) {
                        refresh();
                        toPlace = stored.size() - i - 1;
                        next = System.nanoTime() + step;
                    }
                }
                refresh();
                toPlace = 0;
            }
        } catch (RuntimeException e) {
            replayFailure = e;
            System.err.println("storyline-server: cannot place the stored articles in stories: " + e);
        } finally {
            replayed.countDown();
        }
        state.stories().keySet().forEach(this::refreshLater);  // warm the summaries in the background
    }

    /** Whether every stored article is placed in its story (a newsroom opened with a replayer may still be placing them). */
    public boolean replayed() {
        return replayed.getCount() == 0;
    }

    /** How many stored articles are still to be placed in stories (0 once {@link #replayed}). */
    public int toPlace() {
        return toPlace;
    }

    /** Waits until every stored article is placed. */
    public void awaitReplayed() throws InterruptedException {
        replayed.await();
    }

    private void requireReplayed() throws IOException {
        try {
            replayed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the stored articles were being placed in stories", e);
        }
        if (replayFailure != null) {
            throw new IOException("the stored articles could not be placed in stories: " + replayFailure, replayFailure);
        }
    }

    /**
     * Stores the articles (durably, before returning) and places them in stories. An article already
     * in the newsroom or earlier in this batch (the same id, address or text: {@link SameArticles}) is
     * reported as a duplicate, by the id it has there.
     */
    public Added add(List<Article> articles) throws IOException {
        return addEach(List.of(articles)).get(0);
    }

    /**
     * Adds several batches in one placing step: each batch is stored and placed as {@link #add} would, in order
     * (a batch's article the same as an earlier batch's is that batch's duplicate), and its outcome is its own,
     * but the stories are published once for all of them. A follower's poll hands over its entries this way.
     *
     * <p>Adds that arrive while another add holds the writer's place join its next step too (a group commit):
     * every new state costs a snapshot of all the stories, so placing four pollers' articles in one step instead
     * of four spends a quarter of that on a busy server, where the readers want the processor.
     *
     * @throws IOException when a batch cannot be stored (the batches before it stay stored and placed)
     */
    public List<Added> addEach(List<List<Article>> batches) throws IOException {
        requireReplayed();
        List<PendingAdd> mine = new ArrayList<>();
        for (List<Article> batch : batches) {
            PendingAdd one = new PendingAdd(List.copyOf(batch));
            mine.add(one);
            pending.add(one);
        }
        synchronized (this) {
            if (mine.stream().anyMatch(p -> !p.done)) {
                placePending();
            }
        }
        List<Added> outcomes = new ArrayList<>();
        for (PendingAdd one : mine) {
            outcomes.add(one.outcome());
        }
        return outcomes;
    }

    /**
     * One batch waiting for the writer. Its fields are written and read under the newsroom's lock (the caller
     * reads them after taking the lock itself, so after whoever placed it let go).
     */
    private static final class PendingAdd {
        final List<Article> articles;
        boolean done;
        List<Article> placed;
        List<String> duplicates;
        Added added;
        IOException failure;
        RuntimeException error;

        PendingAdd(List<Article> articles) {
            this.articles = articles;
        }

        Added outcome() throws IOException {
            if (failure != null) {
                throw new IOException(failure.getMessage(), failure);
            }
            if (error != null) {
                throw error;
            }
            return added;
        }
    }

    /** Adds waiting for the writer, in the order they came; the lock's holder places them all ({@link #addEach}). */
    private final java.util.concurrent.ConcurrentLinkedQueue<PendingAdd> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Places every waiting add in one step: stored and streamed in order, then one new state for all (lock held). */
    private void placePending() {
        List<PendingAdd> step = new ArrayList<>();
        for (PendingAdd one = pending.poll(); one != null; one = pending.poll()) {
            try {
                storeAndStream(one);
                step.add(one);
            } catch (IOException e) {
                one.failure = e;
                one.done = true;
            } catch (RuntimeException e) {
                one.error = e;
                one.done = true;
            }
        }
        try {
            if (step.stream().anyMatch(one -> !one.placed.isEmpty())) {
                refresh();
            }
        } catch (RuntimeException e) {
            step.forEach(one -> {
                one.error = e;
                one.done = true;
            });
            return;
        }
        State now = state;
        for (PendingAdd one : step) {
            List<Placed> result = new ArrayList<>();
            for (Article a : one.placed) {
                long story = now.storyOfArticle().get(a.id());
                result.add(new Placed(a.id(), story));
                refreshLater(story);
            }
            one.added = new Added(result, one.duplicates);
            one.done = true;
        }
    }

    /** Stores one batch and adds its new articles to the stream (not yet to a published state). */
    private void storeAndStream(PendingAdd one) throws IOException {
        List<Article> fresh = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> batch = new LinkedHashSet<>();
        SameArticles inBatch = new SameArticles();
        for (Article article : one.articles) {
            String earlier = seqs.containsKey(article.id()) ? article.id() : same.find(article);
            earlier = earlier != null ? earlier : inBatch.find(article);
            if (earlier != null || !batch.add(article.id())) {
                duplicates.add(earlier != null ? earlier : article.id());
            } else {
                fresh.add(article);
                inBatch.remember(article);
            }
        }
        long[] stored = store.insert(fresh);
        List<Article> placed = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (stored[i] < 0) {  // stored by another process (ingest) since we started
                duplicates.add(fresh.get(i).id());
                continue;
            }
            stream.add(fresh.get(i));
            seqs.put(fresh.get(i).id(), stored[i]);
            same.remember(fresh.get(i));
            placed.add(fresh.get(i));
        }
        one.placed = placed;
        one.duplicates = duplicates;
    }

    /**
     * How many states of the stories were published so far (the replay's steps, then one per placing step): a new
     * state is a snapshot of every story, the cost {@link #addEach} shares between the adds of one step.
     */
    public long version() {
        return version;
    }

    /** How many articles the newsroom holds. */
    public int articleCount() {
        return state.articles().size();
    }

    /** How many stories. */
    public int storyCount() {
        return state.stories().size();
    }

    /** How many storylines. */
    public int storylineCount() {
        return state.storylines().size();
    }

    /**
     * Storylines in the given order: {@link Order#NEWEST} by the last day of their span (undated
     * last), {@link Order#BIGGEST} by their number of articles, then newest.
     */
    public List<NewsStoryline> storylines(Order order) {
        List<NewsStoryline> all = new ArrayList<>(state.storylines().values());
        Comparator<NewsStoryline> newest = Comparator.comparing((NewsStoryline s) -> s.storyline().last(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NewsStoryline::id, Comparator.reverseOrder());
        all.sort(order == Order.BIGGEST
                ? Comparator.comparingInt((NewsStoryline s) -> s.storyline().articles()).reversed().thenComparing(newest)
                : newest);
        return all;
    }

    /**
     * The storyline with this id; an id that is no longer a storyline's (it joined an older one) or
     * that is one of its events' finds the storyline that event is in now.
     */
    public Optional<NewsStoryline> storyline(long id) {
        State now = state;
        NewsStoryline line = now.storylines().get(id);
        if (line == null) {
            Long home = story(id).map(story -> now.storylineOfStory().get(story.id())).orElse(null);
            line = home == null ? null : now.storylines().get(home);
        }
        return Optional.ofNullable(line);
    }

    /**
     * One timeline for the whole storyline, over all its events' articles (as {@link TimelineFeature}
     * makes a story's): made on the first read of each version of the storyline and kept until it
     * changes; empty when its articles were published on fewer than two days.
     */
    public Optional<FeatureView> storylineTimeline(NewsStoryline line) {
        List<Article> articles = new ArrayList<>();
        line.events().forEach(event -> articles.addAll(event.articles()));
        List<String> ids = articles.stream().map(Article::id).toList();
        LineTimeline kept = lineTimelines.get(line.id());
        if (kept != null && kept.articleIds().equals(ids)) {
            return kept.view();
        }
        articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Optional<FeatureView> view = new TimelineFeature().view(articles, null);
        lineTimelines.put(line.id(), new LineTimeline(ids, view));
        lineTimelines.keySet().retainAll(state.storylines().keySet());
        return view;
    }

    /** A storyline's timeline, for the articles it was made from. */
    private record LineTimeline(List<String> articleIds, Optional<FeatureView> view) {
    }

    /** The id of the storyline a story is in. */
    public Optional<Long> storylineOf(NewsStory story) {
        return Optional.ofNullable(state.storylineOfStory().get(story.id()));
    }

    /**
     * Stories in the given order (a list that cannot be changed): sorted once per state of the newsroom and
     * order, not on every read of the front page.
     */
    public List<NewsStory> stories(Order order) {
        State now = state;
        Ordered kept = ordered;
        if (kept == null || kept.state() != now) {
            kept = new Ordered(now, new ConcurrentHashMap<>());
            ordered = kept;
        }
        return kept.lists().computeIfAbsent(order, o -> sorted(now, o));
    }

    /** The stories of one state, sorted by each order asked for. */
    private record Ordered(State state, Map<Order, List<NewsStory>> lists) {
    }

    private static List<NewsStory> sorted(State state, Order order) {
        List<NewsStory> all = new ArrayList<>(state.stories().values());
        Comparator<NewsStory> newest = Comparator.comparing((NewsStory s) -> s.story().last(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NewsStory::id, Comparator.reverseOrder());
        all.sort(order == Order.BIGGEST
                ? Comparator.comparingInt((NewsStory s) -> s.story().size()).reversed().thenComparing(newest)
                : newest);
        return List.copyOf(all);
    }

    /**
     * Stories with articles matching the words (FTS5), best match first.
     *
     * @param phrase true to match the words in sequence (a name: "by entity"), else all words anywhere
     */
    public List<NewsStory> search(String words, boolean phrase) throws IOException {
        State now = state;
        Map<Long, NewsStory> found = new LinkedHashMap<>();
        for (long seq : store.search(words, phrase, 500)) {
            String articleId = now.articleOfSeq().get(seq);
            Long story = articleId == null ? null : now.storyOfArticle().get(articleId);
            if (story != null) {
                found.putIfAbsent(story, now.stories().get(story));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The story with this id; an id that is no longer a story's (it merged into an older one) finds
     * the story its first article is in now.
     */
    public Optional<NewsStory> story(long id) {
        State now = state;
        NewsStory story = now.stories().get(id);
        if (story == null) {
            String article = now.articleOfSeq().get(id);
            Long home = article == null ? null : now.storyOfArticle().get(article);
            story = home == null ? null : now.stories().get(home);
        }
        return Optional.ofNullable(story);
    }

    /**
     * The story's summary and features as last made. Summaries are made by a background worker when a
     * story changes (and for every story at startup), never inside a read: a story whose summary is being
     * redone is sent with its previous one, and a story with none yet with a stand-in, the opening
     * sentences of its first article ({@link #standIn}); both with {@link StoryView#current()} false. A read
     * of such a story moves it to the front of the worker's queue.
     */
    public StoryView view(NewsStory story) {
        StoryView made = views.get(story.id());
        if (made != null && made.current() && made.story().story().articleIds().equals(story.story().articleIds())) {
            return made;
        }
        summaries.soon(story.id());
        // every read until the summary is made gets the same view, so its page and feed are written once
        StoryView kept = waiting.get(story.id());
        if (kept != null && made != null && kept.summary() == made.summary()
                && kept.story().story().articleIds().equals(story.story().articleIds())) {
            return kept;
        }
        StoryView shown;
        if (made != null && made.current()) {
            shown = new StoryView(story, made.summary(), made.features(), false);
        } else if (made != null && made.story().articles().get(0).id().equals(firstArticle(story).id())) {
            shown = new StoryView(story, made.summary(), Map.of(), false);
        } else {
            StoryView standIn = standIn(story);
            views.merge(story.id(), standIn, (old, mine) -> old.current() ? old : mine);
            shown = new StoryView(story, standIn.summary(), Map.of(), false);
        }
        waiting.put(story.id(), shown);
        return shown;
    }

    /**
     * Until a story's summary is made: the opening sentences of its first article (the {@code lead} method
     * on that one article), cited, which costs a few milliseconds whatever the story's size.
     */
    private StoryView standIn(NewsStory story) {
        Article first = firstArticle(story);
        Summary lead = new StorySummarizer(Summarizers.byNameOrThrow("lead")).summarize(List.of(first), budget);
        return new StoryView(new NewsStory(story.id(), story.story(), List.of(first)), lead, Map.of(), false);
    }

    private static Article firstArticle(NewsStory story) {
        return inOrder(story).get(0);
    }

    /** Makes the story's summary and features for its current articles (the worker's job). */
    private void make(long id) {
        if (!replayed()) {
            return;  // the story may still grow; every story is queued once the replay ends
        }
        NewsStory now = state.stories().get(id);
        if (now == null) {
            return;
        }
        StoryView made = views.get(id);
        if (made != null && made.current() && made.story().story().articleIds().equals(now.story().articleIds())) {
            return;
        }
        List<Article> inOrder = inOrder(now);
        // through the front door, so the summary shows the story's disputes beside its sentences
        Summary summary = Storyline.summarize(inOrder, new SummaryOptions(budget, Summarizers.DEFAULT, null));
        Map<String, FeatureView> shown = new LinkedHashMap<>();
        for (StoryFeature feature : features) {
            feature.view(inOrder, summary).ifPresent(v -> shown.put(feature.name(), v));
        }
        if (state.stories().containsKey(id)) {
            views.put(id, new StoryView(now, summary, shown, true));
            waiting.remove(id);
        }
    }

    private void refreshLater(long id) {
        summaries.later(id);
    }

    /**
     * The story's summary weighed towards {@code focus} (a question or topic), made on each request (not
     * kept: focuses are many); when no word of the focus is in the story it is the ordinary summary, and
     * its {@link Summary#notice()} says so.
     */
    public Summary focusedSummary(NewsStory story, String focus) {
        return Storyline.summarize(inOrder(story), new SummaryOptions(budget, Summarizers.DEFAULT, focus));
    }

    /**
     * What is new in the story since {@code since} (articles published on that day or later; undated ones
     * count as read): the update summary of the default method and length, the new facts and conflicts. Made
     * on each request (not kept: readers' days are many).
     */
    public StoryUpdate whatsNew(NewsStory story, LocalDate since) {
        return Storyline.whatsNew(inOrder(story), since, new SummaryOptions(budget, Summarizers.DEFAULT), true);
    }

    /**
     * What is new in the story for a reader who last looked at {@code visit}: the articles that arrived after
     * it, whatever day they are dated (a late report of an earlier day is news to the reader), the others
     * read. Made on each request.
     */
    public StoryUpdate whatsNew(NewsStory story, java.time.Instant visit) throws IOException {
        long lastSeen = store.lastReceivedBy(visit);
        Map<String, Long> seqOf = state.seqOfArticle();
        return Storyline.whatsNew(inOrder(story), visit.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                a -> seqOf.getOrDefault(a.id(), Long.MAX_VALUE) > lastSeen, "no article arrived after "
                        + visit, new SummaryOptions(budget, Summarizers.DEFAULT), true);
    }

    /** The story's articles oldest first (undated last), as its summaries read them. */
    private static List<Article> inOrder(NewsStory story) {
        List<Article> inOrder = new ArrayList<>(story.articles());
        inOrder.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return inOrder;
    }

    /** An article by id, with the id of its story. */
    public Optional<Map.Entry<Article, NewsStory>> article(String id) {
        State now = state;
        Article article = now.articles().get(id);
        if (article == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(article, now.stories().get(now.storyOfArticle().get(id))));
    }

    @Override
    public void close() {
        closed = true;
        summaries.close();
        store.close();
    }

    /** Publishes a new immutable state from the stream's current stories (caller holds the lock). */
    private void refresh() {
        Clustering clustering = stream.snapshot();
        Map<Long, NewsStory> stories = new LinkedHashMap<>();
        Map<String, Long> storyOf = new HashMap<>();
        for (Story story : clustering.stories()) {
            long id = seqs.get(story.articleIds().get(0));
            List<Article> members = clustering.articlesOf(story);
            stories.put(id, new NewsStory(id, story, members));
            for (String articleId : story.articleIds()) {
                storyOf.put(articleId, id);
            }
        }
        Map<Long, String> articleOfSeq = new HashMap<>();
        seqs.forEach((article, seq) -> articleOfSeq.put(seq, article));
        Map<String, NewsStory> byEventId = new HashMap<>();
        clustering.stories().forEach(story -> byEventId.put(story.id(), stories.get(storyOf.get(story.articleIds().get(0)))));
        Map<Long, NewsStoryline> storylines = new LinkedHashMap<>();
        Map<Long, Long> storylineOf = new HashMap<>();
        for (io.storyline.model.Storyline line : clustering.storylines()) {
            List<NewsStory> events = line.eventIds().stream().map(byEventId::get).toList();
            long id = events.stream().mapToLong(NewsStory::id).min().orElseThrow();
            storylines.put(id, new NewsStoryline(id, line, events));
            events.forEach(event -> storylineOf.put(event.id(), id));
        }
        state = new State(stories, storyOf, Map.copyOf(seqs), articleOfSeq, clustering.articles(), storylines,
                storylineOf);
        version++;  // only the lock's holder writes it
        views.keySet().retainAll(stories.keySet());
        waiting.keySet().retainAll(stories.keySet());
    }
}
