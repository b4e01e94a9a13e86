package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;
import io.storyline.model.Article;
import io.storyline.model.Summary;

import java.util.List;
import java.util.function.Supplier;

/** One story's articles in, its cited summary out: analysis, a method's choice, order and citations. */
public final class StorySummarizer {

    private final Summarizer method;

    public StorySummarizer(Summarizer method) {
        this.method = method;
    }

    public Summary summarize(List<Article> articles, Budget budget) {
        return summarize(articles, budget, null);
    }

    /**
     * The summary weighed towards {@code focus} (null for none). When no content word of the focus is in
     * the articles, the summary is the ordinary one and says so ({@link Summary#notice()}).
     *
     * @throws IllegalArgumentException when a focus is given to a method that does not use one
     */
    public Summary summarize(List<Article> articles, Budget budget, Focus focus) {
        return summarize(StoryAnalysis.of(articles), budget, focus);
    }

    /** As {@link #summarize(List, Budget, Focus)}, of a story already analysed (shared with the comparison). */
    public Summary summarize(StoryAnalysis story, Budget budget, Focus focus) {
        return summarize(StoryFacts.of(story), budget, focus);
    }

    /**
     * As {@link #summarize(List, Budget, Focus)}, of a story whose graph and facts are made already: the outlet
     * comparison of the same request reads the same ones ({@link StoryFacts}).
     */
    public Summary summarize(StoryFacts facts, Budget budget, Focus focus) {
        if (focus != null && !method.focuses()) {
            throw new IllegalArgumentException("the method '" + method.name() + "' does not weigh a focus; "
                    + "choose one of " + Summarizers.focusing());
        }
        StoryAnalysis story = facts.story();
        SummaryInput input = SummaryInput.of(facts, focus, null);
        List<AnalyzedSentence> chosen = method.choose(input, budget);
        Summary summary = SummaryWriter.write(method.name(), input, chosen);
        if (chosen.isEmpty()) {
            return summary.withNotice(Candidates.noneChosen(story));
        }
        if (focus != null && input.focus() == null) {
            return summary.withNotice("no word of the focus \"" + focus.text()
                    + "\" is in the articles: this is the story's ordinary summary");
        }
        return summary;
    }

    /**
     * An update summary: what the {@code fresh} articles add to the {@code earlier} ones, which the reader has
     * already read ({@link AlreadyRead}). Its sentences come from the fresh articles only and cite only them.
     * With nothing read it is the ordinary summary of the fresh articles; with no fresh article it has no
     * sentence, and its {@link Summary#notice()} says there is nothing new.
     *
     * @throws IllegalArgumentException when the method cannot summarize an update, or is given a focus it
     *                                  does not weigh
     */
    public Summary summarizeUpdate(List<Article> earlier, List<Article> fresh, Budget budget, Focus focus) {
        return summarizeUpdate(earlier, fresh, budget, focus, () -> AlreadyRead.of(earlier, fresh));
    }

    /** As {@link #summarizeUpdate(List, List, Budget, Focus)}, with what was read made by {@code read} (for tuning). */
    Summary summarizeUpdate(List<Article> earlier, List<Article> fresh, Budget budget, Focus focus,
                            Supplier<AlreadyRead> read) {
        if (!earlier.isEmpty() && !method.updates()) {
            throw new IllegalArgumentException("the method '" + method.name() + "' does not summarize updates; "
                    + "choose one of " + Summarizers.updating());
        }
        if (fresh.isEmpty()) {
            return new Summary(method.name(), List.of(), List.of(), "nothing new: no article after the "
                    + earlier.size() + " already read");
        }
        if (earlier.isEmpty()) {
            return summarize(fresh, budget, focus);
        }
        if (focus != null && !method.focuses()) {
            throw new IllegalArgumentException("the method '" + method.name() + "' does not weigh a focus; "
                    + "choose one of " + Summarizers.focusing());
        }
        StoryAnalysis story = StoryAnalysis.of(fresh);
        SummaryInput input = SummaryInput.of(story, focus, read.get());
        // the reader met "he" in an article read before, which the update does not show: such a sentence is
        // withheld unless the update shows whom it stands for (as the ordinary summary's order places it), and
        // the method chooses again, spending its words on other sentences. Withholding one may leave another
        // without its antecedent, so this repeats until none is left; each round withholds more, so it ends.
        Supplier<Names> names = new NamesOnce(story);
        List<AnalyzedSentence> chosen = method.choose(input, budget);
        for (List<AnalyzedSentence> d = StoryOrder.withoutAntecedent(story, names, chosen); !d.isEmpty();
             d = StoryOrder.withoutAntecedent(story, names, chosen)) {
            input = input.withholding(d);
            chosen = method.choose(input, budget);
        }
        Summary summary = SummaryWriter.write(method.name(), input, chosen);
        if (focus != null && input.focus() == null) {
            return summary.withNotice("no word of the focus \"" + focus.text()
                    + "\" is in the new articles: this is their ordinary update summary");
        }
        return summary;
    }

    /** The story's names, read when first asked for and then kept. */
    private static final class NamesOnce implements Supplier<Names> {
        private final StoryAnalysis story;
        private Names names;

        NamesOnce(StoryAnalysis story) {
            this.story = story;
        }

        @Override
        public Names get() {
            names = names == null ? Names.of(story) : names;
            return names;
        }
    }
}
