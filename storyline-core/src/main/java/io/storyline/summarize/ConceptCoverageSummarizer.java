package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Storyline's default: choose the sentences that together cover the most important concepts of
 * the story, after Gillick &amp; Favre 2009 ("A Scalable Global Model for Summarization"). Concepts
 * and their weights are {@link ConceptWeights}: bigrams worth the number of articles that carry
 * them, pairs of stop words a fifth of that, and the story's widely used content words too (ROUGE as
 * the field runs it counts every word). The method {@code learned} ({@link #learned()}) weighs, for
 * stories of whole articles and for stories of short sources (each by its own pair of models, fitted
 * on stories of that kind), every bigram and every content word by its learned chance of appearing
 * in a human summary instead ({@link ConceptModel}; Li, Qian &amp; Liu 2013, "Using Supervised
 * Bigram-based ILP for Extractive Summarization", and Hong &amp; Nenkova 2014's RegSum for the
 * words). {@link #standard()}, the default {@code coverage}, counts articles for whole articles and uses
 * the short-source models for ordinary summaries of short sources, where they gained on held-out clusters. The summary maximises the summed weight of the concepts it covers, each counted once,
 * within the budget, so redundancy costs by itself. The
 * maximum is found by {@link CoverageSearch}, a branch
 * and bound that starts from the cost-scaled greedy of Lin &amp; Bilmes 2010 ("Multi-document
 * Summarization via Budgeted Maximization of Submodular Functions") and is exact on DUC-sized
 * stories.
 *
 * <p>Beside the concepts, the search maximises a small share of the saturated coverage of Lin &amp;
 * Bilmes 2011 ("A Class of Submodular Functions for Document Summarization", {@link
 * SaturatedCoverage}): how well the summary stands for every sentence of the story. It breaks
 * near-ties between concept sets in favour of the one that represents more of the story. And a
 * story word's second mention earns a share of its weight ({@link SecondMentions}): references name
 * the story's subject more than once, and ROUGE counts every mention.
 *
 * <p>When the scorer cuts the summary at the limit itself ({@link Budget#overflow()}), the words
 * left under the limit are filled with one more sentence: the one whose words before the cut add
 * most, read in the order {@link StoryOrder} will give the summary, since that decides which
 * sentence is cut. What those few words add is counted in concepts and also in content words
 * carried by several articles ({@link ConceptWeights#wordWeight}): a cut of a handful of words
 * keeps few whole bigrams, but its words still match. When the sentences that read well alone run out before
 * the budget does, the rest is filled from the story's other sentences ({@link BudgetCompletion}).
 *
 * <p>With a focus ({@link Focus}), each concept's weight is scaled by how relevant to the focus the most
 * relevant sentence carrying it is (its Biased LexRank score, the best sentence's being 1): from
 * {@link #FOCUS_FLOOR} of its weight for a concept only irrelevant sentences carry up to its full weight,
 * as query-focused concept-coverage systems weigh concepts by the query (Gillick, Favre &amp;
 * Hakkani-T&uuml;r 2008, "The ICSI Summarization System at TAC 2008", concepts of relevant sentences).
 *
 * <p>For an update summary ({@link StorySummarizer#summarizeUpdate}), the concepts are the new articles' own,
 * discounted by how many of the earlier articles carried them against how many of the new ones do, a new
 * sentence that repeats an earlier one is no candidate, and a focus weighs more ({@link AlreadyRead}).
 *
 * <p>Measured and left out (docs/BENCHMARKS.md): Lin &amp; Bilmes' diversity reward over parts of
 * the story; a larger share of saturated coverage; keeping the cut sentence last; searching with
 * words held back for the cut sentence; word-deleting trims of sentences (opening days, asides,
 * attribution tails) offered to the search beside the originals.
 */
public final class ConceptCoverageSummarizer implements Summarizer {

    /**
     * What a concept carried by no sentence relevant to the focus keeps of its weight, as a share: chosen
     * among 0, 0.15, 0.3, 0.6 and 1 (no focus) on 13 of DUC 2006's 25 development topics, confirmed on the
     * other 12 (docs/BENCHMARKS.md).
     */
    static final double FOCUS_FLOOR = 0.3;

    /** The search considers this many sentences at most, the best by concept weight per word. */
    static final int SEARCH_POOL = 200;
    /** Search nodes per story; DUC 2004's stories need far fewer to prove their optimum. */
    static final long NODE_LIMIT = 20_000;
    /** Saturated coverage at full saturation is worth this share of the greedy summary's concepts. */
    static final double COVERAGE_SHARE = 0.1;
    /**
     * ... and this share in an ordinary summary of short sources weighed by the short-source models: there the
     * summary takes a large part of a short story (Multi-News asks for a fifth to half of its words). Chosen among
     * 0.1, 0.2, 0.4 and 0.8 on Multi-News validation clusters 1-300 and train clusters 2001-2200 (ROUGE-1, -2 and -L
     * up there); on validation 301-2000, held out, only ROUGE-L held its gain, ROUGE-1 and -2 level
     * (docs/BENCHMARKS.md, session 16). Whole articles, focused and update summaries keep {@link #COVERAGE_SHARE}.
     */
    static final double SHORT_COVERAGE_SHARE = 0.2;
    /**
     * What the shipped sentence quality ({@link SentenceQuality#PLAIN}: each candidate's predicted share of its
     * own bigrams in the reference, times its words) is worth for the best candidate, as a share of the greedy
     * summary's concepts, in {@link #standardWithPlainQuality()}'s ordinary summaries of short sources. Chosen with
     * the target by 5-fold cross-validation on Multi-News train-5000 clusters 601-1600 (ROUGE-2 recall or
     * precision; shares 0.1 to 1.2; 0.3 to 1.2 gave about the same), the model then fitted on all of them; judged
     * on validation clusters
     * 301-1000 and confirmed on 1001-2000 (docs/BENCHMARKS.md, session 19). Not the default: see
     * {@link #standardWithPlainQuality()}.
     */
    static final double PLAIN_QUALITY_SHARE = 0.5;
    /** Lin &amp; Bilmes' &alpha;: a story sentence is covered once it has this share of its similarity. */
    static final double SATURATION = 0.3;
    /** What a story word's second mention earns, as a share of its weight ({@link SecondMentions}). */
    static final double SECOND_MENTION_SHARE = 0.35;
    /** What a content word carried by several articles adds to the cut sentence, per article. */
    static final double CUT_WORD_WEIGHT = 0.5;
    /** A content word as a concept weighs this share of what a bigram of the same probability weighs. */
    static final double WORD_SHARE = 0.5;
    /**
     * The whole-article models apply to stories whose articles average at least this many words: they
     * learnt from whole wire stories (DUC: 310 to 800 words on average), whose openings carry the news.
     * Stories whose articles average fewer words are of short sources (sources cut to their first
     * paragraphs, as Multi-News's, under 240 words; feed excerpts), weighed by the models learnt from
     * such stories: the whole-article models did no better there than article counts, and the short-source
     * models lose on whole articles (docs/BENCHMARKS.md).
     */
    static final int LEARNED_MIN_ARTICLE_WORDS = 300;
    /**
     * ... and that have at least this many articles: the models learnt from stories of ten, whose
     * article shares are fine-grained; for two whole reports (the project's seed story) they chose
     * the opinions around the news over a second fact, so few articles keep article counts.
     */
    static final int LEARNED_MIN_ARTICLES = 5;

    /** Concept weights learned from human summaries; null for the article counts of Gillick &amp; Favre. */
    private final ConceptModel model;
    /** Content-word weights learned the same way; null when words are no concepts. */
    private final ConceptModel wordModel;
    /** Concept weights learned from stories of short sources ({@link #shortArticles}); null for article counts. */
    private final ConceptModel shortModel;
    /** Content-word weights learned from the same short sources; null when words are no concepts there. */
    private final ConceptModel shortWordModel;
    /** A learned sentence quality added to the search ({@link SentenceQuality}); null for none. */
    private final SentenceQuality quality;
    /** What the best candidate's quality is worth, as a share of the greedy summary's concepts. */
    private final double qualityShare;
    /** Whether the quality applies only to stories of whole articles ({@link #wholeArticles}). */
    private final boolean qualityWholeOnly;
    /** Whether the quality is a precision, to be multiplied by the sentence's words. */
    private final boolean qualityPerWord;
    /**
     * Whether the short-source models weigh only an ordinary summary with no focus, the kind of summary they were
     * fitted on and measured with; a focused or an update summary then keeps the article counts that the focus
     * floor and {@link AlreadyRead}'s discount were chosen with. Under the learned weights every bigram of every
     * sentence counts, so most concepts are carried by one sentence only: a concept's focus share is then its own
     * sentence's relevance, and the focused update became the most relevant long sentences whatever the reader
     * had read (DUC 2007 d0703a set C: the update equal to the ordinary summary even with every concept read
     * before worth nothing; docs/BENCHMARKS.md, session 15).
     */
    private final boolean shortPlainOnly;
    /** The method's name: {@code coverage} or {@code learned}. */
    private final String name;
    /** What saturated coverage is worth in an ordinary summary of short sources ({@link #SHORT_COVERAGE_SHARE}). */
    private final double shortCoverageShare;
    /** A learned sentence quality for ordinary summaries ({@link #withPlainQuality}); null for none. */
    private final PlainQuality plainQuality;

    /**
     * A sentence quality learnt on Multi-News training clusters ({@link SentenceQuality#ofPlain}), added to an
     * ordinary summary's search (no focus, nothing read) as a modular reward worth {@code share} of the greedy
     * summary's concepts for the best candidate; with {@code perWord} the model predicts a share of the
     * sentence's own bigrams and the reward is that times its words; with {@code shortOnly}, only for stories of
     * short sources ({@link #shortArticles}).
     */
    record PlainQuality(SentenceQuality model, double share, boolean perWord, boolean shortOnly) {
    }

    /**
     * Concepts weighted by the articles that carry them (no learned model), as Gillick &amp; Favre, for
     * every kind of story.
     */
    public ConceptCoverageSummarizer() {
        this(null, null);
    }

    /**
     * The default {@code coverage}: concepts weighted by the articles that carry them, except in an ordinary
     * summary, with no focus, of a story of short sources ({@link #shortArticles}), which is weighed by the
     * short-source models of {@link #learned()}. Each part is what held-out data supports (docs/BENCHMARKS.md,
     * sessions 14 and 15): on Multi-News validation clusters 301-2000, never used to fit or choose anything, the
     * short-source models beat the counts on ROUGE-1, -2 and -L beyond their intervals; the whole-article models
     * of {@link #learned()} showed no held-out gain over the counts (DUC 2004 by cross-validation within the draw
     * of the folds; DUC 2006, never used to fit them, ROUGE-SU4 0.42 lower), so stories of whole articles keep the
     * counts; a focused or update summary keeps them too (see {@code shortPlainOnly}).
     */
    public static ConceptCoverageSummarizer standard() {
        return standard(ShortModels.CONCEPTS, ShortModels.WORDS);
    }

    /**
     * The default with the shipped sentence quality ({@link SentenceQuality#PLAIN}) in its ordinary summaries of short
     * sources, at {@link #PLAIN_QUALITY_SHARE}: measured and <em>not</em> made the default (docs/BENCHMARKS.md, session
     * 19). It gains on held-out Multi-News clusters, but as a modular reward it pays for a second telling of a fact the
     * conflict test does not catch (the flood story's "since 1987" twice) and for the wordier telling that only its
     * own outlet backs (the reworded arrest cited to one outlet of three).
     */
    public static ConceptCoverageSummarizer standardWithPlainQuality() {
        return standard(ShortModels.CONCEPTS, ShortModels.WORDS)
                .withPlainQuality(ShortModels.quality(), PLAIN_QUALITY_SHARE, true, true);
    }

    /** As {@link #standard()}, with other short-source models (for tests). */
    static ConceptCoverageSummarizer standard(ConceptModel shortModel, ConceptModel shortWords) {
        return standard(shortModel, shortWords, SHORT_COVERAGE_SHARE);
    }

    /** As {@link #standard()}, with other short-source models and share of saturated coverage for them (for tests). */
    static ConceptCoverageSummarizer standard(ConceptModel shortModel, ConceptModel shortWords, double shortCoverageShare) {
        return new ConceptCoverageSummarizer(null, null, shortModel, shortWords, null, 0, false, false, true,
                shortCoverageShare, "coverage");
    }

    /** Concepts weighted by the shipped models ({@link ConceptModel#bundled}): the method {@code learned}. */
    public static ConceptCoverageSummarizer learned() {
        return learned(BundledModels.CONCEPTS, BundledModels.WORDS, ShortModels.CONCEPTS, ShortModels.WORDS);
    }

    /**
     * Concepts weighted by learned models: {@code whole} and {@code wholeWords} for stories of whole
     * articles ({@link #wholeArticles}), {@code shortModel} and {@code shortWords} for stories of short
     * sources ({@link #shortArticles}); article counts where the kind of story has no model (null) or
     * is neither (a few whole articles). As in the default, the short-source models weigh only an ordinary
     * summary with no focus (see {@code shortPlainOnly}): a focused or update summary of short sources keeps
     * the article counts.
     */
    public static ConceptCoverageSummarizer learned(ConceptModel whole, ConceptModel wholeWords,
                                                    ConceptModel shortModel, ConceptModel shortWords) {
        return new ConceptCoverageSummarizer(whole, wholeWords, shortModel, shortWords, null, 0, false, false, true,
                SHORT_COVERAGE_SHARE, "learned");
    }

    /** The shipped models, read once, when `learned` is first asked for. */
    private static final class BundledModels {
        static final ConceptModel CONCEPTS = ConceptModel.bundled(ConceptModel.CONCEPTS);
        static final ConceptModel WORDS = ConceptModel.bundled(ConceptModel.WORDS);
    }

    /** The shipped short-source models, read once, when `learned` is first asked for. */
    private static final class ShortModels {
        static final ConceptModel CONCEPTS = ConceptModel.bundled(ConceptModel.SHORT_CONCEPTS);
        static final ConceptModel WORDS = ConceptModel.bundled(ConceptModel.SHORT_WORDS);

        static SentenceQuality quality() {
            return SentenceQuality.bundled(SentenceQuality.PLAIN);
        }
    }

    /**
     * Concepts weighted by {@code model}'s probability of being in a human summary, and content words
     * as concepts too when {@code wordModel} is given; with no {@code model}, by article counts (as
     * also for stories unlike those the models learnt from, {@link #wholeArticles}).
     */
    public ConceptCoverageSummarizer(ConceptModel model, ConceptModel wordModel) {
        this(model, wordModel, null, null, null, 0, false, false, model == null ? "coverage" : "learned");
    }

    private ConceptCoverageSummarizer(ConceptModel model, ConceptModel wordModel, ConceptModel shortModel,
                                      ConceptModel shortWordModel, SentenceQuality quality,
                                      double qualityShare, boolean qualityWholeOnly, boolean qualityPerWord, String name) {
        this(model, wordModel, shortModel, shortWordModel, quality, qualityShare, qualityWholeOnly, qualityPerWord,
                false, SHORT_COVERAGE_SHARE, name);
    }

    private ConceptCoverageSummarizer(ConceptModel model, ConceptModel wordModel, ConceptModel shortModel,
                                      ConceptModel shortWordModel, SentenceQuality quality,
                                      double qualityShare, boolean qualityWholeOnly, boolean qualityPerWord,
                                      boolean shortPlainOnly, double shortCoverageShare, String name) {
        this(model, wordModel, shortModel, shortWordModel, quality, qualityShare, qualityWholeOnly, qualityPerWord,
                shortPlainOnly, shortCoverageShare, name, null);
    }

    private ConceptCoverageSummarizer(ConceptModel model, ConceptModel wordModel, ConceptModel shortModel,
                                      ConceptModel shortWordModel, SentenceQuality quality,
                                      double qualityShare, boolean qualityWholeOnly, boolean qualityPerWord,
                                      boolean shortPlainOnly, double shortCoverageShare, String name,
                                      PlainQuality plainQuality) {
        this.plainQuality = plainQuality;
        this.shortPlainOnly = shortPlainOnly;
        this.shortCoverageShare = shortCoverageShare;
        this.name = name;
        this.model = model;
        this.wordModel = wordModel;
        this.shortModel = shortModel;
        this.shortWordModel = shortWordModel;
        this.quality = quality;
        this.qualityShare = qualityShare;
        this.qualityWholeOnly = qualityWholeOnly;
        this.qualityPerWord = qualityPerWord;
    }

    /**
     * Article counts plus a learned sentence quality in the search: the best candidate's quality is
     * worth {@code share} of the greedy summary's concept weight, the others' in proportion; with
     * {@code wholeOnly}, only for stories of whole articles ({@link #wholeArticles}).
     */
    public static ConceptCoverageSummarizer withQuality(SentenceQuality quality, double share, boolean wholeOnly) {
        return new ConceptCoverageSummarizer(null, null, null, null, quality, share, wholeOnly, false, "coverage");
    }

    /** As {@link #withQuality}, the quality being a precision weighed by the sentence's words. */
    public static ConceptCoverageSummarizer withQualityPerWord(SentenceQuality quality, double share, boolean wholeOnly) {
        return new ConceptCoverageSummarizer(null, null, null, null, quality, share, wholeOnly, true, "coverage");
    }

    /**
     * This method with a learned sentence quality in its ordinary summaries ({@link PlainQuality}); a share of 0
     * leaves it as it is.
     */
    public ConceptCoverageSummarizer withPlainQuality(SentenceQuality model, double share, boolean perWord,
                                                      boolean shortOnly) {
        return new ConceptCoverageSummarizer(this.model, wordModel, shortModel, shortWordModel, quality, qualityShare,
                qualityWholeOnly, qualityPerWord, shortPlainOnly, shortCoverageShare, name,
                share > 0 ? new PlainQuality(model, share, perWord, shortOnly) : null);
    }

    /**
     * The concept weights {@link #standard()} gives an ordinary summary (no focus, nothing read) of the story:
     * the short-source models' for a story of short sources, article counts otherwise. The sentence quality of
     * ordinary summaries learns from features made with these ({@link SentenceQuality#ofPlain}).
     */
    static ConceptWeights plainWeights(StoryAnalysis story) {
        return shortArticles(story) ? ConceptWeights.learned(story, ShortModels.CONCEPTS, ShortModels.WORDS, WORD_SHARE)
                : ConceptWeights.of(story, ConceptWeights.minArticles(story.reports()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean focuses() {
        return true;
    }

    @Override
    public boolean updates() {
        return true;
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        StoryAnalysis story = input.story();
        boolean whole = model != null && wholeArticles(story);
        boolean fromShort = !whole && shortModel != null && shortArticles(story)
                && !(shortPlainOnly && (input.focus() != null || input.read() != null));
        ConceptWeights chosenWeights = whole ? ConceptWeights.learned(story, model, wordModel, WORD_SHARE)
                : fromShort ? ConceptWeights.learned(story, shortModel, shortWordModel, WORD_SHARE)
                : ConceptWeights.of(story, ConceptWeights.minArticles(story.reports()));
        AlreadyRead read = input.read();
        ConceptWeights weights = read == null ? chosenWeights : chosenWeights.discounted(read, story);
        Map<Long, Integer> index = new HashMap<>();
        Map<Integer, Double> focusOf = new HashMap<>();
        double[] focus = input.focus();
        List<AnalyzedSentence> pool = new ArrayList<>();
        List<int[]> poolConcepts = new ArrayList<>();
        // the eligible sentences not already read nor withheld, concepts or none: what a completion asks of them too
        List<AnalyzedSentence> fresh = new ArrayList<>();
        // a sentence printed word for word in many articles is one candidate, its first telling (the others are
        // the same fact, never chosen beside it): 238 copies of one line once filled the whole search pool
        Set<String> told = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            if (Candidates.eligible(s) && !input.withholds(s) && (read == null || !read.repeats(s, story))) {
                fresh.add(s);
                if (!told.add(s.text())) {
                    continue;
                }
                // a sentence joining a clause read before to a new one counts for the new one only
                boolean[] readWords = read == null ? null : read.readClauses(s, story);
                List<Long> keys = new ArrayList<>(ConceptWeights.concepts(s, readWords).stream()
                        .filter(weights::counts).toList());
                for (int w = 0; w < s.stems().length; w++) {
                    if (!s.stop()[w] && (readWords == null || !readWords[w]) && weights.wordConcept(s.stems()[w]) > 0) {
                        keys.add(ConceptFeatures.wordKey(s.stems()[w]));
                    }
                }
                int[] own = keys.stream().distinct()
                        .mapToInt(c -> index.computeIfAbsent(c, k -> index.size())).toArray();
                if (focus != null) {
                    for (int c : own) {
                        focusOf.merge(c, focus[s.id()], Math::max);
                    }
                }
                if (own.length > 0) {
                    pool.add(s);
                    poolConcepts.add(own);
                }
            }
        }
        double[] conceptWeight = new double[index.size()];
        index.forEach((c, i) -> conceptWeight[i] = c >= 0 ? weights.weight(c)
                : weights.wordConcept(ConceptFeatures.stemOfWordKey(c)));
        if (focus != null) {
            double floor = read == null ? FOCUS_FLOOR : AlreadyRead.FOCUS_FLOOR;
            for (int i = 0; i < conceptWeight.length; i++) {
                conceptWeight[i] *= floor + (1 - floor) * focusOf.getOrDefault(i, 0.0);
            }
        }
        double[] ratio = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            ratio[i] = value(poolConcepts.get(i), conceptWeight) / Math.max(1, Selection.cost(budget, pool.get(i)));
        }
        int[] byRatio = java.util.stream.IntStream.range(0, pool.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -ratio[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int n = Math.min(SEARCH_POOL, pool.size());
        List<AnalyzedSentence> candidates = new ArrayList<>();
        int[][] concepts = new int[n][];
        int[] cost = new int[n];
        for (int k = 0; k < n; k++) {
            candidates.add(pool.get(byRatio[k]));
            concepts[k] = poolConcepts.get(byRatio[k]);
            cost[k] = Selection.cost(budget, candidates.get(k));
        }
        Conflicts conflicts = conflicts(input, candidates);
        int[] start = greedy(budget.limit(), cost, concepts, conceptWeight, conflicts, SentenceReward.NONE);
        double base = new CoverageSearch(cost, concepts, conceptWeight, conflicts, 0, SentenceReward.NONE).valueOf(start);
        SentenceReward reward = new SaturatedCoverage(input.graph(), candidates, SATURATION,
                (fromShort ? shortCoverageShare : COVERAGE_SHARE) * base);
        reward = SentenceReward.sum(reward, new SecondMentions(candidates,
                stem -> weights.weight(ConceptWeights.storyWord(stem)), SECOND_MENTION_SHARE));
        if (quality != null && qualityShare > 0 && (!qualityWholeOnly || wholeArticles(story))) {
            reward = SentenceReward.sum(reward, quality.reward(story, candidates, weights, qualityShare * base, qualityPerWord));
        }
        if (plainQuality != null && input.focus() == null && read == null && (fromShort || !plainQuality.shortOnly())) {
            reward = SentenceReward.sum(reward, plainQuality.model().reward(story, candidates, weights,
                    plainQuality.share() * base, plainQuality.perWord()));
        }
        start = greedy(budget.limit(), cost, concepts, conceptWeight, conflicts, reward);
        int[] chosen = new CoverageSearch(cost, concepts, conceptWeight, conflicts, NODE_LIMIT, reward)
                .search(start, budget.limit());
        Selection selection = new Selection(input, budget);
        // candidates are in order of value per cost, which is the order of importance reported
        List<AnalyzedSentence> picked = new ArrayList<>();
        for (int i : chosen) {
            picked.add(candidates.get(i));
        }
        Set<Integer> allowed = new HashSet<>();
        fresh.forEach(s -> allowed.add(s.id()));
        for (AnalyzedSentence s : BackedTellings.preferred(input, budget, picked, s -> allowed.contains(s.id()))) {
            selection.add(s);
        }
        if (budget.overflow() && !selection.isFull()) {
            List<AnalyzedSentence> fills = new ArrayList<>();
            for (int k : byRatio) {
                fills.add(pool.get(k));
            }
            AnalyzedSentence fill = fill(input, budget, selection, fills, weights);
            if (fill != null) {
                selection.add(fill);
            }
        }
        BudgetCompletion.complete(input, selection, weights, fresh);
        return selection.chosen();
    }

    /**
     * Whether the story is like those the models learnt from: {@link #LEARNED_MIN_ARTICLES} articles
     * or more, averaging {@link #LEARNED_MIN_ARTICLE_WORDS} words or more.
     */
    static boolean wholeArticles(StoryAnalysis story) {
        return story.articles().size() >= LEARNED_MIN_ARTICLES && !shortArticles(story);
    }

    /**
     * Whether the story's articles average under {@link #LEARNED_MIN_ARTICLE_WORDS} words: sources cut to
     * their opening paragraphs (Multi-News) or feed excerpts, where the short-source models apply.
     */
    static boolean shortArticles(StoryAnalysis story) {
        long words = 0;
        for (AnalyzedSentence s : story.sentences()) {
            words += s.words();
        }
        return words < (long) LEARNED_MIN_ARTICLE_WORDS * Math.max(1, story.articles().size());
    }

    /**
     * Pairs of candidates that report the same fact and so may not both stand in a summary, each pair asked
     * only when the greedy or the search takes one of the two ({@link Conflicts#asked}).
     */
    private static Conflicts conflicts(SummaryInput input, List<AnalyzedSentence> candidates) {
        return Conflicts.asked(candidates.size(), (i, j) -> input.facts().same(candidates.get(i), candidates.get(j)));
    }

    /** Lin &amp; Bilmes' cost-scaled greedy, compared at the end with the best single sentence. */
    static int[] greedy(int capacity, int[] cost, int[][] concepts, double[] weights, BitSet[] conflicts) {
        return greedy(capacity, cost, concepts, weights, Conflicts.of(conflicts), SentenceReward.NONE);
    }

    /** The same greedy over concept coverage plus {@code reward}. */
    static int[] greedy(int capacity, int[] cost, int[][] concepts, double[] weights, BitSet[] conflicts,
                        SentenceReward reward) {
        return greedy(capacity, cost, concepts, weights, Conflicts.of(conflicts), reward);
    }

    /** The greedy with conflicts asked as it takes sentences. */
    static int[] greedy(int capacity, int[] cost, int[][] concepts, double[] weights, Conflicts conflicts,
                        SentenceReward reward) {
        reward.reset();
        int n = cost.length;
        boolean[] covered = new boolean[weights.length];
        BitSet chosen = new BitSet(n);
        int[] taken = new int[n];
        int count = 0;
        int left = capacity;
        while (left > 0) {
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < n; i++) {
                if (chosen.get(i) || cost[i] > left) {
                    continue;
                }
                double gain = reward.gain(i);
                for (int c : concepts[i]) {
                    if (!covered[c]) {
                        gain += weights[c];
                    }
                }
                double r = gain / Math.max(1, cost[i]);
                // whether a sentence taken rules it out is asked only of a sentence that would be the pick
                if (r > bestRatio && !conflicts.anyRulesOut(taken, count, i)) {
                    bestRatio = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.set(best);
            taken[count++] = best;
            reward.take(best);
            left -= cost[best];
            for (int c : concepts[best]) {
                covered[c] = true;
            }
        }
        double greedyValue = 0;
        for (int c = 0; c < weights.length; c++) {
            greedyValue += covered[c] ? weights[c] : 0;
        }
        greedyValue += rewardOf(chosen, reward);
        int bestSingle = -1;
        double bestSingleValue = greedyValue;
        for (int i = 0; i < n; i++) {
            double v = value(concepts[i], weights) + reward.gain(i);
            if (cost[i] <= capacity && v > bestSingleValue) {
                bestSingle = i;
                bestSingleValue = v;
            }
        }
        return bestSingle >= 0 ? new int[] {bestSingle} : chosen.stream().toArray();
    }

    /** The reward's value of a set, leaving the reward empty. */
    private static double rewardOf(BitSet set, SentenceReward reward) {
        reward.reset();
        double value = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            value += reward.gain(i);
            reward.take(i);
        }
        reward.reset();
        return value;
    }

    private static double value(int[] concepts, double[] weights) {
        double v = 0;
        for (int c : concepts) {
            v += weights[c];
        }
        return v;
    }

    /**
     * The sentence that adds most to the summary as the scorer will read it, in the summary's final
     * order and cut at the limit; null when none adds anything.
     */
    private static AnalyzedSentence fill(SummaryInput input, Budget budget, Selection selection,
                                         List<AnalyzedSentence> pool, ConceptWeights weights) {
        List<AnalyzedSentence> chosen = selection.chosen();
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            reports.add(input.facts().reportsOfEvent(s));
        }
        AnalyzedSentence best = null;
        double bestValue = cutValue(input.story(), budget, chosen, reports, weights);
        for (AnalyzedSentence f : pool) {
            if (!selection.canAdd(f)) {
                continue;
            }
            List<AnalyzedSentence> with = new ArrayList<>(chosen);
            with.add(f);
            List<List<AnalyzedSentence>> withReports = new ArrayList<>(reports);
            withReports.add(input.facts().reportsOfEvent(f));
            double v = cutValue(input.story(), budget, with, withReports, weights);
            if (v > bestValue) {
                bestValue = v;
                best = f;
            }
        }
        return best;
    }

    /**
     * The weight of the concepts, and of the content words carried by several articles, that a scorer
     * cutting the ordered summary at the limit still reads.
     */
    static double cutValue(StoryAnalysis story, Budget budget, List<AnalyzedSentence> chosen,
                           List<List<AnalyzedSentence>> reports, ConceptWeights weights) {
        List<Integer> order = StoryOrder.arrange(story, chosen, reports);
        int left = budget.limit();
        Set<Long> seen = new HashSet<>();
        Set<Integer> seenWords = new HashSet<>();
        double value = 0;
        for (int i : order) {
            if (left <= 0) {
                break;
            }
            AnalyzedSentence s = chosen.get(i);
            int cost = Selection.cost(budget, s);
            int words = s.stems().length;
            if (cost > left && budget.unit() == Budget.Unit.WORDS) {
                words = Tokens.matchWords(firstWords(s.text(), left)).size();
            }
            left -= cost;
            for (long c : ConceptWeights.concepts(s, words)) {
                if (weights.counts(c) && seen.add(c)) {
                    value += weights.weight(c);
                }
            }
            int[] stems = s.stems();
            for (int w = 0; w < Math.min(words, stems.length); w++) {
                if (!s.stop()[w] && seenWords.add(stems[w])) {
                    value += CUT_WORD_WEIGHT * weights.wordWeight(stems[w]);
                }
            }
        }
        return value;
    }

    /** The text up to and including its {@code words}-th whitespace-separated word. */
    static String firstWords(String text, int words) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && inWord && count == words) {
                return text.substring(0, i);
            }
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return text;
    }
}
