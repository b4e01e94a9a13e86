package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.LostWords;
import io.storyline.analyze.Openings;
import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.TermVector;
import io.storyline.analyze.Tokens;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import io.storyline.model.DayCoverage;
import io.storyline.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a timeline of a story in two steps, as the date-wise method of Ghalandari &amp; Ifrim 2020
 * ("Examining the State-of-the-Art in News Timeline Summarization") does: first choose the dates,
 * then summarize each date.
 *
 * <p>Dates are ranked by how much is said about them: the other days' articles that refer to the
 * day ({@link SentenceDating}, each article counted once however often it names the day), plus a
 * smaller weight for the articles published on it, since a day the later coverage keeps returning
 * to is a key day, and a busy news day need not be. Each chosen date is then summarized from its
 * candidates, as Ghalandari &amp; Ifrim's date-wise method does: the sentences that name it, and the
 * sentences of the articles published on it that name no other time. Unlike Ghalandari &amp; Ifrim,
 * an article's opening sentences do not also stand for the day before: read by hand, such entries
 * were wrong three times in four (a comment, a state of things, today's news, history retold), and
 * on Timeline17 leaving them out raised align ROUGE-1 in 11 of 15 sets (docs/BENCHMARKS.md). A candidate's score is its closeness to its date's centroid (MEAD, Radev et al.
 * 2004) plus, weighted {@value #STORY_WEIGHT} times, its closeness to the centroid of the whole
 * timeline's candidates: a day's coverage also carries side stories (a match, a market report, a
 * reader's letter), and the gold timelines of Timeline17 keep to the story's thread. The best
 * candidates are taken, one per fact ({@link Facts}) across the whole
 * timeline, since the same content on two dates counts against a timeline in alignment ROUGE
 * (Martschat &amp; Markert 2018), and cited to every article that reports the same fact.
 *
 * <p>Readers' comment threads scraped with an article ({@link ReaderComments}) are neither
 * candidates nor references to a day; a sentence in the first or second person ({@link FirstPerson})
 * keeps {@value #FIRST_PERSON_WEIGHT} of its score; an entry shows its sentence without leading page
 * furniture ({@link EntryText}); photo captions ({@link Captions}), headlines ({@link Headlines}) and
 * sentences missing words their page lost ({@link LostWords}) are not candidates.
 */
public final class TimelineBuilder {

    /** Weight of one article published on a day against one reference to it from another day. */
    static final double PUBLISHED_WEIGHT = 0.5;
    /** Sentences of an article that may speak for its publication day (those naming no other time). */
    static final int DAY_SENTENCES = 10;
    /**
     * Weight of a candidate's closeness to the whole timeline's centroid against its closeness to its
     * own date's; Timeline17 gains up to about 4 (+0.011 alignment ROUGE-1) and loses a little beyond.
     */
    static final double STORY_WEIGHT = 4.0;
    /**
     * What a sentence in the first or second person keeps of its score: a timeline reports what
     * happened, and "in my local Oxfam shop" or "we fight today because..." outside quotation marks is
     * a columnist, a reader or a speech talking (7% of the chosen sentences on Timeline17, 2% of the
     * gold ones). Kept at 0.7 and 0.4, align ROUGE-1 rose 0.0008 and 0.0009; dropping such
     * columns whole cost recall (docs/BENCHMARKS.md).
     */
    static final double FIRST_PERSON_WEIGHT = 0.4;
    /**
     * A sentence past its article's first that opens on a pronoun ("He said two of his clients...")
     * leans on a sentence the timeline does not show; it keeps this share of its score. Neutral on
     * Timeline17 (align m:1 R1 0.1279 with 0.6 or 0.3), it is a rule for readers.
     */
    static final double PRONOUN_OPENING_WEIGHT = 0.5;
    /**
     * Articles that must name a day well before the story's first article for it to be one of the story's
     * days: a single mention is background (an earlier event recalled in passing), not the story.
     */
    static final int BACKGROUND_MENTIONS = 2;
    /**
     * How far before the first article a day is background: the first articles' weekdays ("on
     * Monday") reach back six days at most, a day further back is recalled, not reported.
     */
    static final int BACKGROUND_DAYS = 7;
    /** Sentences shorter or longer than this many words do not read well as a timeline entry. */
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    private final TimelineOptions options;
    private final TimeExpressions resolver = new TimeExpressions();

    public TimelineBuilder(TimelineOptions options) {
        this.options = options == null ? TimelineOptions.defaults() : options;
    }

    /**
     * The publication days the story's undated articles get from their text beside the other articles'
     * dates (a dateline, "city officials said Friday"), as the timeline reads them; empty when every
     * article is dated or none is.
     */
    public static List<io.storyline.model.InferredDate> inferredDates(List<Article> articles) {
        return new DateInference(new TimeExpressions()).infer(articles).inferred();
    }

    /**
     * The timeline of the story the articles cover.
     *
     * @throws NoDatedArticlesException when no article has a publication date
     * @throws IllegalArgumentException when there are no articles
     */
    public Timeline build(List<Article> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to make a timeline of");
        }
        if (articles.stream().allMatch(a -> a.published() == null)) {
            throw new NoDatedArticlesException(articles.size());
        }
        DateInference.Result dated = new DateInference(resolver).infer(articles);
        articles = dated.articles();
        StoryAnalysis story = StoryAnalysis.of(articles);
        // only the chosen sentences need their neighbours (for citations); other pairs are measured on demand
        Facts facts = Facts.of(story, SimilarityGraph.around(story, SimilarityGraph.FLOOR, Set.of()));
        ReaderComments comments = ReaderComments.of(story);
        SentenceDating dating = SentenceDating.of(story, resolver, comments);
        List<DayCoverage> coverage = dating.coverage();
        Map<LocalDate, List<AnalyzedSentence>> candidates = candidates(story, dating, comments);
        int dateCount = options.dates() > 0 ? options.dates() : readableDateCount(coverage);
        int perDate = options.sentencesPerDate() > 0 ? options.sentencesPerDate() : TimelineOptions.DEFAULT_SENTENCES;
        candidates.keySet().removeIf(day -> !options.allows(day));
        List<LocalDate> dates = chooseDates(coverage, candidates, dateCount, dating);

        Set<Integer> queryStems = queryStems(story);
        List<AnalyzedSentence> chosenSoFar = new ArrayList<>();
        Map<LocalDate, List<AnalyzedSentence>> chosen = new java.util.TreeMap<>();
        TermVector thread = centroid(dates.stream().flatMap(d -> candidates.get(d).stream()).toList());
        for (LocalDate date : dates) {
            List<AnalyzedSentence> picked = summarizeDay(candidates.get(date), queryStems, perDate, facts,
                    chosenSoFar, thread);
            if (!picked.isEmpty()) {
                chosen.put(date, picked);
                chosenSoFar.addAll(picked);
            }
        }
        List<String> undated = articles.stream().filter(a -> a.published() == null).map(Article::origin).toList();
        Set<Integer> chosenIds = new HashSet<>();
        chosen.values().forEach(day -> day.forEach(s -> chosenIds.add(s.id())));
        Facts citing = facts.over(SimilarityGraph.around(story, SimilarityGraph.FLOOR, chosenIds));
        return TimelineWriter.write(story, citing, chosen, coverage, undated, dated.inferred());
    }

    /**
     * Every day of a story told within a week, else about one date for every three days with coverage,
     * within bounds a reader takes in at a glance.
     */
    static int readableDateCount(List<DayCoverage> coverage) {
        if (coverage.size() <= DateInference.WEEK) {
            return Math.max(1, coverage.size()); // a story of a few days is read day by day
        }
        return Math.max(TimelineOptions.MIN_DATES, Math.min(TimelineOptions.MAX_DATES, coverage.size() / 3));
    }

    /** Each day's candidate sentences: those that name it, and those of its articles that name no other time. */
    static Map<LocalDate, List<AnalyzedSentence>> candidates(StoryAnalysis story, SentenceDating dating,
                                                                     ReaderComments comments) {
        Map<LocalDate, List<AnalyzedSentence>> byDay = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || comments.isComment(s)
                    || EntryText.isFurniture(s.text()) || EntryText.isFragment(s.text())
                    || EntryText.asksAQuestion(s.text()) || EntryText.isCutOff(s.text())
                    || Captions.isCaption(story, s) || Headlines.isHeadline(story, s) || LostWords.in(s.text())) {
                continue;
            }
            LocalDate day = dating.mentioned(s);
            if (day != null) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(s);
            } else if (dating.published(s) != null && !dating.namesOtherTime(s) && s.position() < DAY_SENTENCES) {
                byDay.computeIfAbsent(dating.published(s), d -> new ArrayList<>()).add(s);
            }
        }
        return byDay;
    }

    private static List<LocalDate> chooseDates(List<DayCoverage> coverage,
                                               Map<LocalDate, List<AnalyzedSentence>> candidates, int count,
                                               SentenceDating dating) {
        List<DayCoverage> ranked = new ArrayList<>(coverage);
        ranked.removeIf(d -> !candidates.containsKey(d.date()));
        LocalDate firstPublished = coverage.stream().filter(d -> d.articles() > 0).map(DayCoverage::date)
                .findFirst().orElse(null);
        // a day before the story began that one article names is background (an earlier quake elsewhere)
        ranked.removeIf(d -> firstPublished != null && d.date().isBefore(firstPublished.minusDays(BACKGROUND_DAYS))
                && d.mentions() < BACKGROUND_MENTIONS);
        ranked.sort(Comparator.comparingDouble((DayCoverage d) -> -score(d, dating.referenceWeight(d.date())))
                .thenComparing(DayCoverage::date));
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < Math.min(count, ranked.size()); i++) {
            dates.add(ranked.get(i).date());
        }
        dates.sort(Comparator.naturalOrder());
        return dates;
    }

    /** A day's importance: its references (weighted by distance, see {@link SentenceDating}) and its own articles. */
    static double score(DayCoverage day, double referenceWeight) {
        return referenceWeight + PUBLISHED_WEIGHT * day.articles();
    }

    private Set<Integer> queryStems(StoryAnalysis story) {
        Set<String> wanted = new HashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (String phrase : options.query()) {
            for (String word : Tokens.matchWords(phrase)) {
                wanted.add(stemmer.stem(word));
            }
        }
        Set<Integer> ids = new HashSet<>();
        for (int t = 0; t < story.vocabularySize(); t++) {
            if (wanted.contains(story.stem(t))) {
                ids.add(t);
            }
        }
        return ids;
    }

    private static List<AnalyzedSentence> summarizeDay(List<AnalyzedSentence> candidates, Set<Integer> query,
                                                       int count, Facts facts,
                                                       List<AnalyzedSentence> elsewhere, TermVector thread) {
        List<AnalyzedSentence> pool = new ArrayList<>(candidates);
        if (!query.isEmpty()) {
            List<AnalyzedSentence> onTopic = pool.stream().filter(s -> usesAny(s, query)).toList();
            if (!onTopic.isEmpty()) {
                pool = new ArrayList<>(onTopic);
            }
        }
        TermVector center = centroid(pool);
        Map<Integer, Double> scores = new HashMap<>();
        for (AnalyzedSentence s : pool) {
            double score = s.tfidf().cosine(center) + STORY_WEIGHT * s.tfidf().cosine(thread);
            score = FirstPerson.speaks(s.text()) ? FIRST_PERSON_WEIGHT * score : score;
            if (s.position() > 0 && Openings.pronoun(s.text())) {
                score *= PRONOUN_OPENING_WEIGHT;
            }
            scores.put(s.id(), score);
        }
        pool.sort(Comparator.comparingDouble((AnalyzedSentence s) -> -scores.get(s.id()))
                .thenComparingInt(AnalyzedSentence::id));
        List<AnalyzedSentence> picked = new ArrayList<>();
        for (AnalyzedSentence s : pool) {
            if (picked.size() == count) {
                break;
            }
            // a sentence denying a picked one is that entry's other side: the entry notes it, so the day's other
            // place goes to another event
            boolean repeats = picked.stream().anyMatch(p -> facts.sameEvent(p, s) || facts.denies(p, s))
                    || elsewhere.stream().anyMatch(p -> facts.sameEvent(p, s));
            if (!repeats) {
                picked.add(s);
            }
        }
        return picked;
    }

    /** The sum of the sentences' length-normalised tf-idf vectors. */
    static TermVector centroid(List<AnalyzedSentence> sentences) {
        Map<Integer, Double> sum = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                sum.merge(v.term(i), v.weight(i) / Math.max(v.norm(), 1e-9), Double::sum);
            }
        }
        return TermVector.of(sum);
    }

    private static boolean usesAny(AnalyzedSentence s, Set<Integer> query) {
        for (int stem : s.stems()) {
            if (query.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
