package io.storyline.evaluate;

import io.storyline.analyze.StopWords;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.timeline.TimelineBuilder;
import io.storyline.timeline.TimelineOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Timeline17 the way the timeline literature runs it (Martschat &amp; Markert 2018, Ghalandari
 * &amp; Ifrim 2020): for every gold timeline, a timeline of the topic's articles with as many dates
 * as the gold one, its mean number of sentences per date and its first and last date as the span
 * (the timeline properties those papers give every system), the topic's keywords as the query,
 * scored by {@link TimelineMetrics} against that gold timeline alone.
 */
public final class TimelineBenchmark {

    /** One gold timeline's scores, and the timeline made for it. */
    public record Row(String topic, String timeline, int dates, int sentencesPerDate, TimelineScore score,
                      Timeline made) {
    }

    private static final Pattern PUNCTUATION = Pattern.compile("([.,;:!?()\"\\[\\]])");
    private static final Pattern CLITIC = Pattern.compile("(\\w)('s|'re|'ve|'ll|'d|n't)\\b");

    private TimelineBenchmark() {
    }

    /**
     * The lexicon tilse's ROUGE settings need: WordNet's irregular forms when found, and ROUGE's
     * SMART stop words when the data directory has them, else the project's own stop words.
     */
    public static RougeLexicon lexicon(RougeLexicon found) {
        return found.stopwords().isEmpty() ? new RougeLexicon(found.irregularForms(), StopWords.all()) : found;
    }

    /** Scores every gold timeline under {@code root}; progress is told (done, all) after each topic. */
    public static List<Row> timeline17(Path root, RougeLexicon lexicon, BiConsumer<Integer, Integer> progress) {
        return timeline17(root, List.of(), lexicon, progress);
    }

    /**
     * Scores the gold timelines of the topics whose folder name starts with one of {@code only}
     * (case-insensitive; empty: every topic), for quick runs over a subset.
     */
    public static List<Row> timeline17(Path root, List<String> only, RougeLexicon lexicon,
                                       BiConsumer<Integer, Integer> progress) {
        List<Timeline17.Topic> topics = Timeline17.load(root).stream()
                .filter(topic -> only.isEmpty() || only.stream().anyMatch(prefix ->
                        topic.name().toLowerCase(java.util.Locale.ROOT)
                                .startsWith(prefix.toLowerCase(java.util.Locale.ROOT))))
                .toList();
        TimelineMetrics metrics = new TimelineMetrics(new Rouge(TimelineMetrics.rougeConfig(), lexicon(lexicon)));
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            Timeline17.Topic topic = topics.get(t);
            List<Article> articles = new ArticleLoader(LoadOptions.asGiven())
                    .load(List.of(topic.inputDocs().toString())).articles();
            for (Timeline17.GoldTimeline gold : topic.timelines()) {
                TimelineOptions options = new TimelineOptions(gold.days().size(), gold.sentencesPerDate(),
                        topic.keywords()).within(gold.days().firstKey(), gold.days().lastKey());
                Timeline timeline = new TimelineBuilder(options).build(articles);
                rows.add(new Row(topic.name(), gold.name(), gold.days().size(), gold.sentencesPerDate(),
                        metrics.score(asDays(timeline), gold.days()), timeline));
            }
            progress.accept(t + 1, topics.size());
        }
        return rows;
    }

    /**
     * The timeline as the scorer reads it: date to sentences, each tokenized the way the gold
     * timelines are (punctuation and clitics split off), since tilse's alignment costs compare raw
     * whitespace tokens.
     */
    static NavigableMap<LocalDate, List<String>> asDays(Timeline timeline) {
        NavigableMap<LocalDate, List<String>> days = new TreeMap<>();
        for (TimelineEntry entry : timeline.entries()) {
            List<String> sentences = new ArrayList<>();
            for (SummarySentence s : entry.sentences()) {
                sentences.add(tokenized(s.text()));
            }
            days.put(entry.date(), sentences);
        }
        return days;
    }

    static String tokenized(String sentence) {
        String spaced = CLITIC.matcher(sentence.replace('\u2019', '\'')).replaceAll("$1 $2");
        spaced = PUNCTUATION.matcher(spaced).replaceAll(" $1 ");
        return spaced.strip().replaceAll("\\s+", " ");
    }
}
