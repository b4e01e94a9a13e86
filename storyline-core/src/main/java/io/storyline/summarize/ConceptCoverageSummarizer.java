package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storyline's default: choose the sentences that together cover the most important concepts of
 * the story, after Gillick &amp; Favre 2009 ("A Scalable Global Model for Summarization"). Concepts
 * and their weights are {@link ConceptWeights}: bigrams, worth more the more articles carry them and
 * the earlier those articles do. The summary maximises the summed weight of the concepts it covers,
 * each counted once, within the budget, so redundancy costs by itself; the maximum is found by
 * {@link CoverageSearch} (branch and bound from the cost-scaled greedy of Lin &amp; Bilmes 2010).
 * When the scorer cuts the summary itself, the words left under the limit are filled with the
 * sentence whose words before the cut, read in the summary's final order, add most.
 */
public final class ConceptCoverageSummarizer implements Summarizer {

    static final int LEAD = Integer.getInteger("sl.lead", 0);
    static final double LEAD_BONUS = Double.parseDouble(System.getProperty("sl.bonus", "0"));
    static final int MIN = Integer.getInteger("sl.min", -1);
    static final int POOL = Integer.getInteger("sl.pool", 10000);
    static final long NODES = Long.getLong("sl.nodes", 0);
    static final boolean FILL = Boolean.parseBoolean(System.getProperty("sl.fill", "false"));

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        StoryAnalysis story = input.story();
        int min = MIN > 0 ? MIN : ConceptWeights.minArticles(story.articles().size());
        ConceptWeights weights = ConceptWeights.of(story, LEAD, LEAD_BONUS, min);
        Map<Long, Integer> index = new HashMap<>();
        List<AnalyzedSentence> pool = new ArrayList<>();
        List<int[]> poolConcepts = new ArrayList<>();
        for (AnalyzedSentence s : story.sentences()) {
            if (Candidates.eligible(s)) {
                int[] own = ConceptWeights.concepts(s).stream().filter(weights::counts).distinct()
                        .mapToInt(c -> index.computeIfAbsent(c, k -> index.size())).toArray();
                if (own.length > 0) {
                    pool.add(s);
                    poolConcepts.add(own);
                }
            }
        }
        double[] conceptWeight = new double[index.size()];
        index.forEach((c, i) -> conceptWeight[i] = weights.weight(c));
        // the most promising sentences by value per cost; the rest cannot enter a best summary often
        Integer[] byRatio = new Integer[pool.size()];
        double[] ratio = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            byRatio[i] = i;
            double v = 0;
            for (int c : poolConcepts.get(i)) {
                v += conceptWeight[c];
            }
            ratio[i] = v / Math.max(1, Selection.cost(budget, pool.get(i)));
        }
        Arrays.sort(byRatio, Comparator.comparingDouble((Integer i) -> -ratio[i]).thenComparingInt(i -> i));
        int n = Math.min(POOL, pool.size());
        List<AnalyzedSentence> candidates = new ArrayList<>();
        int[][] concepts = new int[n][];
        int[] cost = new int[n];
        for (int k = 0; k < n; k++) {
            candidates.add(pool.get(byRatio[k]));
            concepts[k] = poolConcepts.get(byRatio[k]);
            cost[k] = Selection.cost(budget, candidates.get(k));
        }
        BitSet[] conflicts = new BitSet[n];
        for (int i = 0; i < n; i++) {
            conflicts[i] = new BitSet(n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (input.facts().same(candidates.get(i), candidates.get(j))) {
                    conflicts[i].set(j);
                    conflicts[j].set(i);
                }
            }
        }
        CoverageSearch search = new CoverageSearch(cost, concepts, conceptWeight, conflicts, NODES);
        int[] greedy = greedy(budget, cost, concepts, conceptWeight, conflicts);
        int[] chosen = NODES > 0 ? search.search(greedy, budget.limit()) : greedy;
        List<AnalyzedSentence> summary = new ArrayList<>();
        Integer[] byValue = Arrays.stream(chosen).boxed().toArray(Integer[]::new);
        Arrays.sort(byValue, Comparator.comparingDouble((Integer i) -> -ratio[byRatio[i]]));
        Selection selection = new Selection(input, budget);
        for (int i : byValue) {
            selection.add(candidates.get(i));
        }
        if (FILL && budget.overflow() && budget.unit() == Budget.Unit.WORDS && !selection.isFull()) {
            AnalyzedSentence fill = fill(input, budget, selection.chosen(), candidates, weights);
            if (fill != null) {
                selection.add(fill);
            }
        }
        return selection.chosen();
    }

    /** Lin &amp; Bilmes' cost-scaled greedy, compared with the best single sentence. */
    private static int[] greedy(Budget budget, int[] cost, int[][] concepts, double[] weights, BitSet[] conflicts) {
        int n = cost.length;
        boolean[] covered = new boolean[weights.length];
        boolean[] used = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        int left = budget.limit();
        while (left > 0) {
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < n; i++) {
                if (used[i] || cost[i] > left || clashes(conflicts[i], chosen)) {
                    continue;
                }
                double gain = 0;
                for (int c : concepts[i]) {
                    if (!covered[c]) {
                        gain += weights[c];
                    }
                }
                double r = gain / Math.max(1, cost[i]);
                if (r > bestRatio) {
                    bestRatio = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            chosen.add(best);
            left -= cost[best];
            for (int c : concepts[best]) {
                covered[c] = true;
            }
        }
        int[] greedy = chosen.stream().mapToInt(Integer::intValue).toArray();
        double greedyValue = value(greedy, concepts, weights);
        int bestSingle = -1;
        double bestSingleValue = greedyValue;
        for (int i = 0; i < n; i++) {
            double v = value(new int[] {i}, concepts, weights);
            if (cost[i] <= budget.limit() && v > bestSingleValue) {
                bestSingle = i;
                bestSingleValue = v;
            }
        }
        return bestSingle >= 0 ? new int[] {bestSingle} : greedy;
    }

    private static boolean clashes(BitSet conflicts, List<Integer> chosen) {
        for (int c : chosen) {
            if (conflicts.get(c)) {
                return true;
            }
        }
        return false;
    }

    private static double value(int[] set, int[][] concepts, double[] weights) {
        boolean[] seen = new boolean[weights.length];
        double v = 0;
        for (int i : set) {
            for (int c : concepts[i]) {
                if (!seen[c]) {
                    seen[c] = true;
                    v += weights[c];
                }
            }
        }
        return v;
    }

    /**
     * The sentence that adds most to the summary as the scorer will read it: in the summary's final
     * order, cut at the word limit.
     */
    private static AnalyzedSentence fill(SummaryInput input, Budget budget, List<AnalyzedSentence> chosen,
                                         List<AnalyzedSentence> candidates, ConceptWeights weights) {
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            reports.add(reportsOf(input, s));
        }
        AnalyzedSentence best = null;
        double bestValue = cutValue(input.story(), budget, chosen, reports, weights);
        Selection check = new Selection(input, budget);
        chosen.forEach(check::add);
        for (AnalyzedSentence f : candidates) {
            if (chosen.contains(f) || !check.canAdd(f)) {
                continue;
            }
            List<AnalyzedSentence> with = new ArrayList<>(chosen);
            with.add(f);
            List<List<AnalyzedSentence>> withReports = new ArrayList<>(reports);
            withReports.add(reportsOf(input, f));
            double v = cutValue(input.story(), budget, with, withReports, weights);
            if (v > bestValue + 1e-9) {
                bestValue = v;
                best = f;
            }
        }
        return best;
    }

    private static List<AnalyzedSentence> reportsOf(SummaryInput input, AnalyzedSentence s) {
        List<AnalyzedSentence> all = new ArrayList<>();
        all.add(s);
        all.addAll(input.facts().reportsElsewhere(s));
        return all;
    }

    /** The weight of the concepts a scorer cutting at the word limit would still read. */
    private static double cutValue(StoryAnalysis story, Budget budget, List<AnalyzedSentence> chosen,
                                   List<List<AnalyzedSentence>> reports, ConceptWeights weights) {
        List<Integer> order = StoryOrder.arrange(story, chosen, reports);
        int left = budget.limit();
        Map<Long, Boolean> seen = new HashMap<>();
        double value = 0;
        for (int i : order) {
            if (left <= 0) {
                break;
            }
            AnalyzedSentence s = chosen.get(i);
            int words = s.stems().length;
            if (s.words() > left) {
                words = Tokens.matchWords(firstWords(s.text(), left)).size();
            }
            left -= s.words();
            for (long c : ConceptWeights.concepts(s, words)) {
                if (weights.counts(c) && seen.put(c, Boolean.TRUE) == null) {
                    value += weights.weight(c);
                }
            }
        }
        return value;
    }

    private static String firstWords(String text, int words) {
        String[] parts = text.strip().split("\\s+");
        return String.join(" ", Arrays.asList(parts).subList(0, Math.min(words, parts.length)));
    }
}
