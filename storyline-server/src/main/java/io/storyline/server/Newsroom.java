package io.storyline.server;

import io.storyline.cluster.ClusterSettings;
import io.storyline.cluster.Clustering;
import io.storyline.cluster.StoryStream;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.Storyline;
import io.storyline.model.Summary;
import io.storyline.summarize.SummaryOptions;
import io.storyline.summarize.Budget;
import io.storyline.summarize.Summarizers;

import java.io.IOException;
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
 * its first article). Summaries are made on first read and cached until the story changes.
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

    /** Ways to list stories. */
    public enum Order { NEWEST, BIGGEST }

    private record State(Map<Long, NewsStory> stories, Map<String, Long> storyOfArticle,
                         Map<String, Long> seqOfArticle, Map<Long, String> articleOfSeq,
                         Map<String, Article> articles) {
        static final State EMPTY = new State(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private final ArticleStore store;
    private final Budget budget;
    private final List<StoryFeature> features;
    private final StoryStream stream;
    private final Map<String, Long> seqs = new HashMap<>();
    private final SameArticles same = new SameArticles();
    private final Map<Long, Memo> views = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storyline-summaries");
        t.setDaemon(true);
        return t;
    });
    private volatile State state = State.EMPTY;

    private Newsroom(ArticleStore store, ClusterSettings settings, Budget budget, List<StoryFeature> features) {
        this.store = store;
        this.budget = budget;
        this.features = List.copyOf(features);
        this.stream = new StoryStream(settings);
    }

    /** Opens the newsroom over a store, replaying its articles into stories. */
    public static Newsroom open(ArticleStore store, List<StoryFeature> features) throws IOException {
        Newsroom room = new Newsroom(store, ClusterSettings.defaults(), Budget.words(100), features);
        synchronized (room) {
            for (ArticleStore.Stored stored : store.all()) {
                room.stream.add(stored.article());
                room.seqs.put(stored.article().id(), stored.seq());
                room.same.remember(stored.article());
            }
            room.refresh();
        }
        room.state.stories().keySet().forEach(room::refreshLater);  // warm the summaries in the background
        return room;
    }

    /**
     * Stores the articles (durably, before returning) and places them in stories. An article already
     * in the newsroom or earlier in this batch (the same id, address or text: {@link SameArticles}) is
     * reported as a duplicate, by the id it has there.
     */
    public synchronized Added add(List<Article> articles) throws IOException {
        List<Article> fresh = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> batch = new LinkedHashSet<>();
        SameArticles inBatch = new SameArticles();
        for (Article article : articles) {
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
        if (!placed.isEmpty()) {
            refresh();
        }
        State now = state;
        List<Placed> result = new ArrayList<>();
        for (Article a : placed) {
            long story = now.storyOfArticle().get(a.id());
            result.add(new Placed(a.id(), story));
            refreshLater(story);
        }
        return new Added(result, duplicates);
    }

    /** How many articles the newsroom holds. */
    public int articleCount() {
        return state.articles().size();
    }

    /** How many stories. */
    public int storyCount() {
        return state.stories().size();
    }

    /** Stories in the given order. */
    public List<NewsStory> stories(Order order) {
        List<NewsStory> all = new ArrayList<>(state.stories().values());
        Comparator<NewsStory> newest = Comparator.comparing((NewsStory s) -> s.story().last(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NewsStory::id, Comparator.reverseOrder());
        all.sort(order == Order.BIGGEST
                ? Comparator.comparingInt((NewsStory s) -> s.story().size()).reversed().thenComparing(newest)
                : newest);
        return all;
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
     * The story's summary and features. Made on the first read of a story; after the story gains
     * articles, a background worker makes the new one while readers keep getting the previous one
     * ({@link StoryView#current()} false), so a read never waits behind a summary being redone.
     */
    public StoryView view(NewsStory story) {
        Memo memo = views.get(story.id());
        if (memo != null && memo.story.story().articleIds().equals(story.story().articleIds())) {
            return memo.get();
        }
        if (memo != null && memo.ready()) {
            refreshLater(story.id());
            StoryView old = memo.get();
            return new StoryView(story, old.summary(), old.features(), false);
        }
        Memo fresh = new Memo(story);
        Memo won = views.merge(story.id(), fresh, (old, mine) ->
                old.story.story().articleIds().equals(mine.story.story().articleIds()) ? old : mine);
        return won.get();
    }

    private void refreshLater(long id) {
        if (pending.add(id)) {
            worker.execute(() -> {
                pending.remove(id);
                NewsStory now = state.stories().get(id);
                if (now != null) {
                    Memo memo = new Memo(now);
                    memo.get();
                    views.put(id, memo);
                }
            });
        }
    }

    /**
     * The story's summary weighed towards {@code focus} (a question or topic), made on each request (not
     * kept: focuses are many); when no word of the focus is in the story it is the ordinary summary, and
     * its {@link Summary#notice()} says so.
     */
    public Summary focusedSummary(NewsStory story, String focus) {
        return Storyline.summarize(inOrder(story), new SummaryOptions(budget, Summarizers.DEFAULT, focus));
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
        worker.shutdownNow();
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
        state = new State(stories, storyOf, Map.copyOf(seqs), articleOfSeq, clustering.articles());
        views.keySet().retainAll(stories.keySet());
    }

    /** One story version's view, made once by the first reader; later readers wait for it. */
    private final class Memo {
        private final NewsStory story;
        private StoryView view;

        Memo(NewsStory story) {
            this.story = story;
        }

        synchronized boolean ready() {
            return view != null;
        }

        synchronized StoryView get() {
            if (view == null) {
                List<Article> inOrder = inOrder(story);
                Summary summary = Storyline.summarize(inOrder, new SummaryOptions(budget, Summarizers.DEFAULT, null));
                Map<String, FeatureView> shown = new LinkedHashMap<>();
                for (StoryFeature feature : features) {
                    feature.view(inOrder, summary).ifPresent(v -> shown.put(feature.name(), v));
                }
                view = new StoryView(story, summary, shown, true);
            }
            return view;
        }
    }
}
