package io.storyline.evaluate.cli;

import io.storyline.evaluate.SummaryBenchmark.ClusterExplanation;
import io.storyline.evaluate.SummaryBenchmark.MethodExplanation;
import io.storyline.evaluate.rouge.RougeExplanation.MissedGram;
import io.storyline.evaluate.rouge.RougeExplanation.SentenceMatch;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints {@code eval summarize --explain}: one cluster, method by method. */
final class ExplainView {

    static final int MISSED_SHOWN = 30;

    private ExplainView() {
    }

    static void print(ClusterExplanation cluster, PrintStream out) {
        out.printf(Locale.ROOT, "# Cluster %s%n", cluster.cluster());
        for (MethodExplanation method : cluster.methods()) {
            out.printf(Locale.ROOT, "%n## %s: ROUGE-1 R %.2f, ROUGE-2 R %.2f%n%n", method.method(),
                    100 * method.score().rouge1().recall(), 100 * method.score().rouge2().recall());
            out.println("tokens  uni-hits  bi-hits  sentence (as cut at 100 words)");
            for (SentenceMatch s : method.explanation().sentences()) {
                out.printf(Locale.ROOT, "%6d  %8d  %7d  %s%n", s.tokens(), s.unigramHits(), s.bigramHits(), s.sentence());
            }
            List<MissedGram> missed = method.explanation().missed();
            out.printf(Locale.ROOT, "%nmissed reference bigrams (%d; in how many references):%n", missed.size());
            out.println("  " + missed.stream().limit(MISSED_SHOWN)
                    .map(m -> m.gram() + " (" + m.references() + ")").collect(Collectors.joining(", ")));
        }
        out.printf(Locale.ROOT, "%n## References%n");
        cluster.references().forEach((name, sentences) -> {
            out.printf(Locale.ROOT, "%n%s:%n", name);
            sentences.forEach(s -> out.println("  " + s));
        });
    }
}
