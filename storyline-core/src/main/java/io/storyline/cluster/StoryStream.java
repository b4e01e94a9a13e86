package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Online story clustering: each article is placed the moment it arrives, into the most similar open
 * story or a new one, and every so often a consolidation merges stories that turned out to be one.
 *
 * <p>This is the single-pass clustering of TDT (Allan, Papka &amp; Lavrenko 1998, "On-line new
 * event detection and tracking": incremental idf, a similarity threshold for starting a new story,
 * and a time penalty so that old stories stop attracting new articles) with the candidate retrieval
 * and periodic merging of Miranda et al. (2018, "Multilingual Clustering of Streaming News"):
 * stories are found through an inverted index over rare terms, titles and names rather than
 * compared one by one, and similarity is weighted by the time between an article and a story.
 *
 * <p>Similarity is the group average (the mean cosine between an article and a story's members,
 * or between two stories' members; the linkage of Voorhees 1986 and of the TDT cluster systems),
 * over tf-idf vectors with the idf learnt from the stream so far and squared ({@link ArticleTerms}:
 * title, lead and names weigh more, template sentences are left out). When the stream is
 * finished, a refinement in the manner of k-means (Lloyd) moves each article to the story it is
 * most similar to, consolidates once more and refines again; its candidates also come from the
 * index, so it keeps the cost linear. The online placements are what a live service shows; the
 * refined stories are what {@link #finish()} returns.
 *
 * <p>Cost per article is bounded (at most {@code keyTermsPerArticle * postingsPerTerm} index
 * entries read and {@code candidatesPerArticle} stories compared), so a stream costs time linear in
 * its length. Articles without a date are compared without any time penalty: time can only count
 * when it is known.
 *
 * <p>A story's span, and its storyline's, run over its articles' publication dates and the days its
 * undated articles are given from their text ({@link InferredDays}), when the stream is given a
 * reading of them; so {@code cluster}, {@code digest}, {@code serve} and the Spark job, which all
 * span here, agree.
 */
public final class StoryStream {

    private final ClusterSettings settings;
    private final StorylineLinker linker;
    private final InferredDays inferredDays;
    /** Each story's inferred days as last read, by story number, with the members they were read from. */
    private final Map<Integer, ReadDays> readDays = new HashMap<>();
    private final Vocabulary vocabulary = new Vocabulary();
    private final ArticleTerms articleTerms;
    private final StoryIndex index;
    private final List<OpenStory> stories = new ArrayList<>();
    private int[] survivor = new int[64];
    private final Set<Integer> touched = new TreeSet<>();
    private final Set<String> ids = new HashSet<>();
    private int articles;
    private int sinceConsolidation;
    /** Stories not merged into another (some may have lost every member to refinement). */
    private final Set<Integer> liveStories = new TreeSet<>();

    public StoryStream(ClusterSettings settings) {
        this(settings, StorylineSettings.defaults());
    }

    /** A stream whose events are linked into storylines with these settings. */
    public StoryStream(ClusterSettings settings, StorylineSettings storylines) {
        this(settings, storylines, InferredDays.NONE);
    }

    /**
     * A stream whose events are linked into storylines with these settings, and whose spans take in the
     * days {@code inferredDays} gives undated articles.
     */
    public StoryStream(ClusterSettings settings, StorylineSettings storylines, InferredDays inferredDays) {
        this.settings = settings;
        this.inferredDays = inferredDays;
        this.linker = new StorylineLinker(storylines, vocabulary::idf, vocabulary::nameShare);
        this.index = new StoryIndex(settings.postingsPerTerm());
        this.articleTerms = new ArticleTerms(settings.leadSentences(), settings.templateRepeats());
    }

    /**
     * Places one article.
     *
     * @return the number of the story it joined or started; a later consolidation may merge that
     *         story into an older one ({@link #finish()} gives the final stories)
     * @throws IllegalArgumentException if an article with the same id was added before
     */
    public int add(Article article) {
        if (!ids.add(article.id())) {
            throw new IllegalArgumentException("two articles have the id '" + article.id() + "'");
        }
        ArticleProfile profile = profile(article);
        int best = -1;
        double bestScore = 0;
        for (int candidate : candidates(profile.keys(), profile.weights(), profile.terms(), profile.day(), -1)) {
            OpenStory story = stories.get(candidate);
            double score = story.similarity(profile) * settings.decay(story.gapTo(profile.day()));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        OpenStory home;
        if (best >= 0 && bestScore >= settings.joinThreshold()) {
            home = stories.get(best);
        } else {
            home = new OpenStory(stories.size());
            stories.add(home);
            liveStories.add(home.number);
            if (home.number == survivor.length) {
                survivor = Arrays.copyOf(survivor, survivor.length * 2);
            }
            survivor[home.number] = home.number;
        }
        home.add(profile);
        for (int key : profile.keys()) {
            index.add(key, home.number);
        }
        touched.add(home.number);
        if (++sinceConsolidation >= settings.consolidateEvery()) {
            consolidate();
        }
        return home.number;
    }

    /**
     * Merges each story changed since the last consolidation with any story found to be the same
     * (centroid cosine, time-weighted, at least {@code mergeThreshold}); the older story survives.
     */
    public void consolidate() {
        sinceConsolidation = 0;
        List<Integer> queue = new ArrayList<>(touched);
        touched.clear();
        for (int number : queue) {
            if (find(number) != number) {
                continue;
            }
            OpenStory story = stories.get(number);
            int[] keys = story.centroid.top(settings.keyTermsPerArticle());
            double[] weights = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                weights[i] = story.centroid.get(keys[i]);
            }
            for (int candidate : candidates(keys, weights, null, ArticleProfile.UNDATED, number)) {
                int current = find(number);
                OpenStory self = stories.get(current);
                if (find(candidate) != candidate || candidate == current) {
                    continue;
                }
                OpenStory other = stories.get(candidate);
                int gap = self.gapTo(other);
                if (gap <= settings.horizonDays()
                        && self.similarity(other) * settings.decay(gap) >= settings.mergeThreshold()) {
                    merge(Math.min(current, candidate), Math.max(current, candidate));
                }
            }
        }
    }

    /**
     * The headline the articles would be labelled with as one story ({@link StoryLabel#headline}): that of the
     * one closest to their centroid, weighed as this stream weighs articles; empty when none has a headline.
     * The stream is only used for its weights: call it on a fresh stream, with the articles in publication order.
     */
    java.util.Optional<String> headlineOfAll(List<Article> ordered) {
        OpenStory all = new OpenStory(0);
        for (Article article : ordered) {
            all.add(profile(article));
        }
        return StoryLabel.headline(all);
    }

    /** Consolidates one last time and gives the stories, in order of their first article. */
    public Clustering finish() {
        consolidate();
        if (settings.refinePasses() > 0) {
            refine();
            for (OpenStory story : stories) {
                if (find(story.number) == story.number && !story.members.isEmpty()) {
                    touched.add(story.number);
                }
            }
            consolidate();
            refine();
        }
        return snapshot();
    }

    /**
     * The stories as they stand, without consolidating first: a live reader (the server) takes
     * snapshots between additions without changing when consolidation runs, so replaying the same
     * articles in the same order always gives the same stories. The stream stays usable.
     */
    public Clustering snapshot() {
        return snapshot(linker);
    }

    /** As {@link #snapshot()}, the events linked into storylines by {@code linker}. */
    Clustering snapshot(StorylineLinker linker) {
        List<OpenStory> open = new ArrayList<>();
        for (OpenStory story : stories) {
            if (find(story.number) == story.number && !story.members.isEmpty()) {
                story.members.sort(Comparator.comparingInt(ArticleProfile::sequence));
                open.add(story);
            }
        }
        open.sort(Comparator.comparingInt(story -> story.members.get(0).sequence()));
        List<Story> result = new ArrayList<>(open.size());
        Map<OpenStory, List<LocalDate>> inferred = new java.util.IdentityHashMap<>();
        Map<String, String> storyOfArticle = new HashMap<>();
        List<Article> all = new ArrayList<>(articles);
        List<Integer> sequence = new ArrayList<>(articles);
        for (OpenStory story : open) {
            inferred.put(story, inferredDays(story));
            Story finished = finished(story, "s" + (result.size() + 1), inferred.get(story));
            result.add(finished);
            for (ArticleProfile member : story.members) {
                storyOfArticle.put(member.article().id(), finished.id());
                all.add(member.article());
                sequence.add(member.sequence());
            }
        }
        List<List<OpenStory>> linked = linker.link(open);
        Map<OpenStory, Story> eventOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            eventOf.put(open.get(i), result.get(i));
        }
        List<io.storyline.model.Storyline> storylines = new ArrayList<>(linked.size());
        for (List<OpenStory> line : linked) {
            TermWeights names = linker.labelNames(line);
            storylines.add(storyline(line, eventOf, inferred, "L" + (storylines.size() + 1), this::writtenAsName,
                    word -> {
                        int term = termOf(word);
                        return term < 0 ? 0 : names.get(term);
                    }));
        }
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(sequence::get));
        Map<String, String> ordered = new LinkedHashMap<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (int i : order) {
            String id = all.get(i).id();
            ordered.put(id, storyOfArticle.get(id));
            byId.put(id, all.get(i));
        }
        return new Clustering(result, ordered, byId, storylines);
    }

    /** Up to {@code refinePasses} reassignment passes, stopping early once nothing moves. */
    private void refine() {
        for (int pass = 0; pass < settings.refinePasses(); pass++) {
            if (!reassign()) {
                return;
            }
        }
    }

    /**
     * One pass of k-means-like reassignment over the finished stream: each article moves to the
     * story it is most similar to (at least {@code joinThreshold}) when that beats its similarity to
     * the rest of its own story. It repairs what arrival order did: an article placed before its
     * story had formed, or drawn into a story that later drifted. All moves are decided against the
     * same centroids, then applied. Candidates come from the index, so a pass costs what placing
     * the stream did.
     *
     * @return whether any article moved
     */
    private boolean reassign() {
        List<int[]> moves = new ArrayList<>(); // story, member index, target
        List<ArticleProfile> moved = new ArrayList<>();
        for (OpenStory story : stories) {
            if (find(story.number) != story.number || story.members.isEmpty()) {
                continue;
            }
            for (ArticleProfile member : story.members) {
                int best = -1;
                double bestScore = Math.max(story.similarityWithout(member), settings.joinThreshold());
                for (int candidate : candidates(member.keys(), member.weights(), member.terms(), member.day(),
                        story.number)) {
                    OpenStory other = stories.get(candidate);
                    if (other.members.isEmpty()) {
                        continue;
                    }
                    double score = other.similarity(member) * settings.decay(other.gapTo(member.day()));
                    if (score > bestScore) {
                        bestScore = score;
                        best = candidate;
                    }
                }
                if (best >= 0) {
                    moves.add(new int[] {story.number, best});
                    moved.add(member);
                }
            }
        }
        Set<Integer> changed = new TreeSet<>();
        for (int i = 0; i < moves.size(); i++) {
            ArticleProfile member = moved.get(i);
            stories.get(moves.get(i)[0]).members.remove(member);
            stories.get(moves.get(i)[1]).members.add(member);
            for (int key : member.keys()) {
                index.add(key, moves.get(i)[1]);
            }
            changed.add(moves.get(i)[0]);
            changed.add(moves.get(i)[1]);
        }
        changed.forEach(number -> stories.get(number).rebuild());
        return !moves.isEmpty();
    }

    /**
     * Counts an article's terms into the document frequencies without placing it: background
     * statistics (say, the previous days' news) so that the first articles of a stream are weighed
     * as well as the later ones. Its sentences are not remembered as possible templates, so an
     * article learnt and then added counts once there.
     */
    public void learn(Article article) {
        Map<Integer, Double> raw = articleTerms.weigh(article, vocabulary, false);
        vocabulary.addDocument(raw.keySet().stream().mapToInt(Integer::intValue).toArray());
    }

    /** Each term's inverse document frequency as the stream stands. */
    java.util.function.IntToDoubleFunction idfOf() {
        return vocabulary::idf;
    }

    /** How many articles have been added. */
    public int articleCount() {
        return articles;
    }

    private ArticleProfile profile(Article article) {
        Map<Integer, Double> raw = articleTerms.weigh(article, vocabulary);
        int[] distinct = raw.keySet().stream().mapToInt(Integer::intValue).toArray();
        vocabulary.addDocument(distinct);
        int[] byWeight = Arrays.stream(distinct).boxed()
                .map(term -> new double[] {term, weight(raw.get(term), term)})
                .sorted((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]))
                .limit(settings.termsPerArticle())
                .mapToInt(pair -> (int) pair[0]).toArray();
        int[] keys = Arrays.copyOf(byWeight, Math.min(byWeight.length, settings.keyTermsPerArticle()));
        int[] terms = byWeight.clone();
        Arrays.sort(terms);
        double[] weights = new double[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            weights[i] = weight(raw.get(terms[i]), terms[i]);
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = norm == 0 ? 0 : weights[i] / norm;
        }
        int day = article.published() == null ? ArticleProfile.UNDATED : (int) article.published().toEpochDay();
        return new ArticleProfile(articles++, article, day, terms, weights, keys);
    }

    /**
     * A term's weight in an article: its boosted sublinear tf times the square of its idf. Squaring
     * sharpens the contrast between the names and rare words that tell one story from another and
     * the common vocabulary shared by stories on one subject; on DUC 2004 and Multi-News it measured
     * better than plain idf (docs/BENCHMARKS.md).
     */
    private double weight(double tf, int term) {
        double idf = vocabulary.idf(term);
        return tf * idf * idf;
    }

    /**
     * Open stories sharing key terms, the most strongly voted first, at most
     * {@code candidatesPerArticle}. {@code weights}/{@code terms} give each key's vote: looked up
     * by term when {@code terms} is sorted ids, else parallel to {@code keys}.
     */
    private int[] candidates(int[] keys, double[] weights, int[] terms, int day, int exclude) {
        if (liveStories.size() <= settings.candidatesPerArticle()) {
            return everyStory(day, exclude);
        }
        Map<Integer, Double> votes = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            double vote = terms == null ? weights[k] : weights[Arrays.binarySearch(terms, keys[k])];
            for (int posted : index.stories(keys[k])) {
                int story = find(posted);
                if (story == exclude || stories.get(story).gapTo(day) > settings.horizonDays()) {
                    continue;
                }
                votes.merge(story, vote, Double::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Double.compare(b.getValue(), a.getValue())
                        : Integer.compare(a.getKey(), b.getKey()))
                .limit(settings.candidatesPerArticle())
                .mapToInt(Map.Entry::getKey).toArray();
    }

    /**
     * While the stream holds no more stories than a lookup may return, every story is a candidate.
     * The index finds a story through rare words it shares with the article; in a short stream (a
     * folder of one story's coverage) a story's own names are in every article, so they are not
     * rare, and an article can share no key with the story it belongs to.
     */
    private int[] everyStory(int day, int exclude) {
        List<Integer> all = new ArrayList<>();
        for (int number : liveStories) {
            OpenStory story = stories.get(number);
            if (number != exclude && !story.members.isEmpty() && story.gapTo(day) <= settings.horizonDays()) {
                all.add(number);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private void merge(int older, int newer) {
        liveStories.remove(newer);
        readDays.remove(newer);
        stories.get(older).absorb(stories.get(newer));
        survivor[newer] = older;
        touched.add(older);
    }

    private int find(int number) {
        int root = number;
        while (survivor[root] != root) {
            root = survivor[root];
        }
        while (survivor[number] != root) {
            int next = survivor[number];
            survivor[number] = root;
            number = next;
        }
        return root;
    }

    /**
     * The days the stream's reading gives a story's undated articles; none when all or none of its
     * articles are dated (there is nothing to read, or nothing to read it beside). Read again only when
     * the story's members changed since the last snapshot: a live reader snapshots after every addition.
     */
    private List<LocalDate> inferredDays(OpenStory story) {
        List<Article> articles = story.members.stream().map(ArticleProfile::article).toList();
        if (!StorySpan.readable(articles)) {
            readDays.remove(story.number);
            return List.of();
        }
        int[] sequences = story.members.stream().mapToInt(ArticleProfile::sequence).toArray();
        ReadDays read = readDays.get(story.number);
        if (read == null || !Arrays.equals(read.sequences(), sequences)) {
            read = new ReadDays(sequences, List.copyOf(inferredDays.of(articles)));
            readDays.put(story.number, read);
        }
        return read.days();
    }

    /** The inferred days of a story and the members (by sequence) they were read from. */
    private record ReadDays(int[] sequences, List<LocalDate> days) {
    }

    /**
     * Whether most of the stream's articles that use a word write it as a name inside sentences (at least
     * {@link StorylineLinker#NAME_SHARE}); false for a word the stream never counted (a stop word, a number).
     */
    private boolean writtenAsName(String word) {
        int term = termOf(word);
        return term >= 0 && vocabulary.nameShare(term) >= StorylineLinker.NAME_SHARE;
    }

    /** The stream's term for a word as a label writes it; -1 for one the stream never counted. */
    private int termOf(String word) {
        return vocabulary.find(articleTerms.stemOf(word.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A storyline of linked events: its events in time order, its robust span and its label. */
    private static io.storyline.model.Storyline storyline(List<OpenStory> line, Map<OpenStory, Story> eventOf,
                                                          Map<OpenStory, List<LocalDate>> inferred, String id,
                                                          java.util.function.Predicate<String> writtenAsName,
                                                          java.util.function.ToDoubleFunction<String> nameWeight) {
        List<Story> events = new ArrayList<>(line.size());
        List<Long> inferredDays = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        int articles = 0;
        int undated = 0;
        for (OpenStory event : line) {
            events.add(eventOf.get(event));
            inferred.get(event).forEach(day -> inferredDays.add(day.toEpochDay()));
            for (ArticleProfile member : event.members) {
                articles++;
                if (member.dated()) {
                    days.add((long) member.day());
                } else {
                    undated++;
                }
            }
        }
        StorylineSpan span = StorylineSpan.of(days.stream().mapToLong(Long::longValue).toArray(),
                inferredDays.stream().mapToLong(Long::longValue).toArray());
        // the events in time order, as the model promises: the linker keeps the order they arrived in, which in a
        // server is the order articles were posted (undated events last; ties keep that order)
        List<String> inTimeOrder = events.stream()
                .sorted(Comparator.comparing(Story::first, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Story::id).toList();
        return new io.storyline.model.Storyline(id, StorylineLabel.of(events, writtenAsName, nameWeight), span.first(), span.last(),
                inTimeOrder, articles, undated, span.outsideSpan());
    }

    /** A story as the stream gives it, its span over its publication dates and {@code inferred} ({@link StorySpan}). */
    private Story finished(OpenStory story, String id, List<LocalDate> inferred) {
        Set<String> outlets = new LinkedHashSet<>();
        List<String> articleIds = new ArrayList<>(story.size());
        List<Article> articles = new ArrayList<>(story.size());
        for (ArticleProfile member : story.members) {
            articles.add(member.article());
            articleIds.add(member.article().id());
            outlets.add(member.article().outlet());
        }
        StorySpan span = StorySpan.of(articles, inferred);
        return new Story(id, StoryLabel.of(story), span.first(), span.last(), List.copyOf(outlets), articleIds);
    }
}
