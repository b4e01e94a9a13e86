package io.storyline.spark;

import io.storyline.cluster.Clustering;
import io.storyline.cluster.ClusterSettings;
import io.storyline.cluster.StoryClusterer;
import io.storyline.cluster.StorySpan;
import io.storyline.cluster.StoryStream;
import io.storyline.cluster.StorylineSettings;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.render.OutputFormats;
import io.storyline.Storyline;
import io.storyline.summarize.Budget;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories from articles on Spark, with the core's own clustering and summarization: block
 * ({@link Blocking}), cluster each block with {@link StoryClusterer}, join the per-block stories that
 * share an article (connected components, by label propagation), then summarize each story as
 * {@link Storyline#summarize} does. A corpus that fits in one block is one block, and gives the very stories
 * {@code storyline cluster} gives.
 */
final class StoryPipeline {

    /** The stories, the storylines linking them, and each article's story and storyline. */
    record Result(JavaRDD<StoryRow> stories, JavaRDD<StorylineRow> storylines, JavaRDD<Assignment> assignments,
                  long articles, int blocks, long blockArticles, int mergeRounds) {
    }

    /** An article, its story and its storyline, for the article table. */
    record Assignment(String articleId, String storyId, String storylineId, String outlet, String title,
                      LocalDate published, String origin) implements Serializable {
    }

    /**
     * A per-block story, its articles, and those of them whose home block this is (the first of
     * {@link Blocking#blocksOf}), with the storyline the core linked it into in that block.
     */
    record Placed(Part part, List<String> articleIds, List<String> homeIds, LinePart line) implements Serializable {
    }

    /** A per-block storyline: its key ({@code block/LN}), the core's label, span and size. */
    record LinePart(String key, String label, LocalDate first, LocalDate last, int articles) implements Serializable {
    }

    /** A per-block story: its key ({@code block/sN}), the core's label and its size. */
    record Part(String key, String label, int size) implements Serializable {
    }

    /** Articles sampled from the corpus for every block's term statistics. */
    static final int BACKGROUND_SAMPLE = 5_000;

    private StoryPipeline() {
    }

    static Result run(JavaSparkContext spark, JavaRDD<ArticleRow> articles, JobSettings settings, Stages stages) {
        articles.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long count = stages.time("cache articles", articles::count);
        Map<Long, Integer> buckets = new HashMap<>();
        if (count > settings.maxBlockArticles()) {
            Map<Long, Long> perWindow = stages.time("count windows",
                    () -> articles.map(a -> Blocking.window(a, settings)).countByValue());
            perWindow.forEach((window, n) -> buckets.put(window, Blocking.buckets(n, settings)));
        }
        Blocking blocking = new Blocking(settings, buckets);

        // 1. cluster each block with the core: its stories ("parts"), with their articles and those at home here
        JavaPairRDD<String, ArticleRow> blocked = articles.flatMapToPair(article -> blocking.blocksOf(article)
                .stream().map(block -> new Tuple2<>(block, article)).iterator());
        int partitions = Math.max(spark.defaultParallelism(), (int) Math.min(100_000, count / 2_000 + 1));
        // a block learns its term weights from a sample of the whole corpus first (StoryStream#learn):
        // a block alone has too few articles for good idf, and its stories would run together
        Broadcast<List<ArticleRow>> background = spark.broadcast(buckets.isEmpty() ? List.of()
                : articles.takeSample(false, (int) Math.min(count, BACKGROUND_SAMPLE), 1));
        JavaRDD<Placed> parts = blocked.groupByKey(partitions).flatMap(block -> {
            List<Article> members = new ArrayList<>();
            Set<String> home = new java.util.HashSet<>();
            block._2().forEach(row -> {
                members.add(row.article());
                if (blocking.blocksOf(row).get(0).equals(block._1())) {
                    home.add(row.id());
                }
            });
            Clustering clustering;
            if (background.value().isEmpty()) {
                clustering = new StoryClusterer(ClusterSettings.defaults(), StorylineSettings.defaults(),
                        Storyline.inferredDays()).cluster(members);
            } else {
                StoryStream stream = new StoryStream(ClusterSettings.defaults(), StorylineSettings.defaults(),
                        Storyline.inferredDays());
                background.value().forEach(row -> stream.learn(row.article()));
                members.sort(StoryClusterer.publicationOrder());
                members.forEach(stream::add);
                clustering = stream.finish();
            }
            Map<String, LinePart> lineOfStory = new HashMap<>();
            for (io.storyline.model.Storyline line : clustering.storylines()) {
                LinePart linePart = new LinePart(block._1() + "/" + line.id(), line.label(), line.first(), line.last(),
                        line.articles());
                line.eventIds().forEach(event -> lineOfStory.put(event, linePart));
            }
            List<Placed> out = new ArrayList<>(clustering.stories().size());
            for (Story story : clustering.stories()) {
                out.add(new Placed(new Part(block._1() + "/" + story.id(), story.label(), story.size()),
                        story.articleIds(), story.articleIds().stream().filter(home::contains).toList(),
                        lineOfStory.get(story.id())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long blockArticles = stages.time("cluster blocks", () -> parts.map(p -> (long) p.articleIds().size())
                .fold(0L, Long::sum));
        int blockCount = (int) (buckets.isEmpty() ? 1 : parts.map(p -> blockOf(p.part().key())).distinct().count());

        // 2. join parts of different blocks that agree on the articles they share; each article's
        //    story is the component of its part in its home block
        JavaPairRDD<String, String> homePart = parts.flatMapToPair(p -> p.homeIds().stream()
                .map(id -> new Tuple2<>(id, p.part().key())).iterator());
        JavaPairRDD<String, String> component; // part key -> component (its smallest part key)
        int rounds = 0;
        if (buckets.isEmpty()) {
            component = parts.mapToPair(p -> new Tuple2<>(p.part().key(), p.part().key()));
        } else {
            JavaPairRDD<String, String> partOfArticle = parts.flatMapToPair(p -> p.articleIds().stream()
                    .map(id -> new Tuple2<>(id, p.part().key())).iterator());
            Components joined = stages.time("join blocks", () -> Components.of(agreeing(partOfArticle, partitions),
                    parts.map(p -> p.part().key()), partitions));
            component = joined.labels();
            rounds = joined.rounds();
        }
        JavaPairRDD<String, String> storyOfArticle = homePart.mapToPair(Tuple2::swap).join(component)
                .mapToPair(Tuple2::_2);
        // the label of a joined story is its biggest part's (ties: the smaller key)
        JavaPairRDD<String, Tuple2<String, Integer>> labels = parts.mapToPair(p -> new Tuple2<>(p.part().key(), p.part()))
                .join(component)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), new Tuple2<>(pair._2()._1(), 1)))
                .reduceByKey((a, b) -> new Tuple2<>(bigger(a._1(), b._1()), a._2() + b._2()))
                .mapToPair(pair -> new Tuple2<>(pair._1(), new Tuple2<>(pair._2()._1().label(), pair._2()._2())));

        // 3. gather each story's articles, summarize, number the stories by their first article
        Broadcast<JobSettings> job = spark.broadcast(settings);
        JavaPairRDD<ArticleRow, StoryRow> built = articles.mapToPair(a -> new Tuple2<>(a.id(), a))
                .join(storyOfArticle)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()))
                .groupByKey(partitions)
                .join(labels)
                .mapToPair(story -> build(story._2()._1(), story._2()._2()._1(), story._2()._2()._2(), job.value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // sortByKey samples it, then sorts it: build once
        stages.time("summarize stories", built::count);
        JavaRDD<StoryRow> stories = built.sortByKey(new FirstArticleOrder(), true, partitions).values()
                .zipWithIndex().map(pair -> pair._1().withId("s" + (pair._2() + 1)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        stages.time("number stories", stories::count);
        built.unpersist(false);
        // 4. storylines: the per-block storylines joined through the stories their parts make up
        JavaPairRDD<String, String> lineOfPart = parts.mapToPair(p -> new Tuple2<>(p.part().key(), p.line().key()));
        JavaPairRDD<String, String> lineComponent; // per-block storyline key -> its joined storyline's smallest key
        if (buckets.isEmpty()) {
            lineComponent = parts.mapToPair(p -> new Tuple2<>(p.line().key(), p.line().key())).distinct(partitions);
        } else {
            JavaPairRDD<String, String> sameStory = lineOfPart.join(component)
                    .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()))
                    .groupByKey(partitions)
                    .flatMapToPair(story -> {
                        List<String> lines = new ArrayList<>(new java.util.TreeSet<>(toList(story._2())));
                        List<Tuple2<String, String>> links = new ArrayList<>();
                        for (int i = 1; i < lines.size(); i++) {
                            links.add(new Tuple2<>(lines.get(0), lines.get(i)));
                        }
                        return links.iterator();
                    });
            lineComponent = stages.time("join storylines", () -> Components.of(sameStory,
                    parts.map(p -> p.line().key()).distinct(partitions), partitions)).labels();
        }
        // each story's storyline: that of its first article's home part
        JavaPairRDD<String, String> lineOfStory = stories.mapToPair(s -> new Tuple2<>(s.articleIds().get(0), s.id()))
                .join(homePart)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()))  // part -> story
                .join(lineOfPart)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()))  // per-block line -> story
                .join(lineComponent)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2())); // story -> joined line
        JavaPairRDD<String, LinePart> lineParts = parts.mapToPair(p -> new Tuple2<>(p.line().key(), p.line()))
                .reduceByKey((a, b) -> a)
                .join(lineComponent)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()));
        JavaRDD<StorylineRow> storylines = stories.mapToPair(s -> new Tuple2<>(s.id(), s))
                .join(lineOfStory)
                .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()))
                .groupByKey(partitions)
                .join(lineParts.groupByKey(partitions))
                .map(line -> StorylineRow.of(toList(line._2()._1()), toList(line._2()._2())))
                .sortBy(StorylineRow::firstStoryNumber, true, partitions)
                .zipWithIndex().map(pair -> pair._1().withId("L" + (pair._2() + 1)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        stages.time("link storylines", storylines::count);
        JavaPairRDD<String, String> storylineOfStory = storylines.flatMapToPair(l -> l.storyIds().stream()
                .map(id -> new Tuple2<>(id, l.id())).iterator());

        JavaRDD<Assignment> assignments = stories.flatMapToPair(s -> s.articleIds().stream()
                        .map(id -> new Tuple2<>(s.id(), id)).iterator())
                .join(storylineOfStory)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())))
                .join(articles.mapToPair(a -> new Tuple2<>(a.id(), a)))
                .map(pair -> {
                    ArticleRow a = pair._2()._2();
                    return new Assignment(a.id(), pair._2()._1()._1(), pair._2()._1()._2(), a.outlet(), a.title(),
                            a.published(), a.origin());
                });
        return new Result(stories, storylines, assignments, count, blockCount, blockArticles, rounds);
    }

    private static <T> List<T> toList(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private static String blockOf(String partKey) {
        return partKey.substring(0, partKey.lastIndexOf('/'));
    }

    private static Part bigger(Part a, Part b) {
        if (a.size() != b.size()) {
            return a.size() > b.size() ? a : b;
        }
        return a.key().compareTo(b.key()) <= 0 ? a : b;
    }

    /**
     * Pairs of parts (from different blocks) to join: X and Y are joined when, of X's articles that
     * were also clustered in Y's block, more than half went to Y, and the same holds the other way.
     * Joining on any one shared article would chain: one mixed part in one block would glue together
     * every story it touched in the others. Under this rule a part joins at most one part of each
     * other block.
     */
    static JavaPairRDD<String, String> agreeing(JavaPairRDD<String, String> partOfArticle, int partitions) {
        JavaRDD<List<String>> shared = partOfArticle.groupByKey(partitions).map(a -> {
            List<String> keys = new ArrayList<>();
            a._2().forEach(keys::add);
            return keys;
        }).filter(keys -> keys.size() > 1).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // (X, block of Y) -> (Y, articles X and Y share)
        JavaPairRDD<String, Tuple2<String, Long>> together = shared.flatMapToPair(keys -> {
            List<Tuple2<String, Long>> out = new ArrayList<>();
            for (String x : keys) {
                for (String y : keys) {
                    if (!x.equals(y)) {
                        out.add(new Tuple2<>(x + "\t" + y, 1L));
                    }
                }
            }
            return out.iterator();
        }).reduceByKey(Long::sum, partitions).mapToPair(pair -> {
            String[] xy = pair._1().split("\t");
            return new Tuple2<>(xy[0] + "\t" + blockOf(xy[1]), new Tuple2<>(xy[1], pair._2()));
        });
        // (X, block B) -> X's articles that were also clustered in B
        JavaPairRDD<String, Long> alsoIn = shared.flatMapToPair(keys -> {
            List<Tuple2<String, Long>> out = new ArrayList<>();
            for (String x : keys) {
                for (String y : keys) {
                    if (!x.equals(y)) {
                        out.add(new Tuple2<>(x + "\t" + blockOf(y), 1L));
                    }
                }
            }
            return out.iterator();
        }).reduceByKey(Long::sum, partitions);
        return together.join(alsoIn, partitions)
                .filter(pair -> 2 * pair._2()._1()._2() > pair._2()._2())
                .mapToPair(pair -> {
                    String x = pair._1().substring(0, pair._1().indexOf('\t'));
                    String y = pair._2()._1()._1();
                    return new Tuple2<>(x.compareTo(y) < 0 ? x + "\t" + y : y + "\t" + x, 1);
                })
                .reduceByKey(Integer::sum, partitions)
                .filter(pair -> pair._2() == 2)
                .mapToPair(pair -> {
                    String[] xy = pair._1().split("\t");
                    return new Tuple2<>(xy[0], xy[1]);
                });
    }

    /** One story from its articles: the core's order, span, outlets and summary. */
    static Tuple2<ArticleRow, StoryRow> build(Iterable<ArticleRow> rows, String label, int parts, JobSettings settings) {
        List<Article> members = new ArrayList<>();
        Map<String, ArticleRow> byId = new HashMap<>();
        rows.forEach(row -> {
            members.add(row.article());
            byId.put(row.id(), row);
        });
        members.sort(StoryClusterer.publicationOrder());
        StorySpan span = StorySpan.of(members, Storyline.inferredDays());
        Set<String> outlets = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(members.size());
        TreeMap<LocalDate, List<String>> days = new TreeMap<>();
        for (Article article : members) {
            ids.add(article.id());
            outlets.add(article.outlet());
            LocalDate date = article.published();
            if (date != null) {
                days.computeIfAbsent(date, d -> new ArrayList<>()).add(article.outlet());
            }
        }
        List<StoryRow.Day> timeline = new ArrayList<>();
        days.forEach((date, dayOutlets) -> timeline.add(new StoryRow.Day(date, dayOutlets.size(),
                new LinkedHashSet<>(dayOutlets).size())));
        List<StoryRow.Sentence> sentences = new ArrayList<>();
        String markdown = null;
        if (members.size() >= settings.minSummaryArticles()) {
            Summary summary = Storyline.summarize(members, Budget.words(settings.summaryWords()));
            Map<Integer, String> sourceIds = new HashMap<>();
            summary.sources().forEach(source -> sourceIds.put(source.number(), source.articleId()));
            for (SummarySentence sentence : summary.sentences()) {
                List<String> cited = sentence.citations().stream()
                        .map(c -> sourceIds.get(c.source())).distinct().toList();
                sentences.add(new StoryRow.Sentence(sentence.text(), cited));
            }
            markdown = Storyline.render(summary, OutputFormats.MD);
        }
        StoryRow story = new StoryRow("", label, span.first(), span.last(), List.copyOf(outlets), ids, sentences, markdown,
                timeline, parts);
        return new Tuple2<>(byId.get(members.get(0).id()), story);
    }

    /** Stories in the order of their first article, as the core orders them. */
    static final class FirstArticleOrder implements Comparator<ArticleRow>, Serializable {
        @Override
        public int compare(ArticleRow a, ArticleRow b) {
            return StoryClusterer.publicationOrder().compare(a.article(), b.article());
        }
    }
}
