package io.storyline;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.render.OutputFormats;
import io.storyline.render.RecordType;
import io.storyline.model.SummaryReport;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One decision for the summary and the comparison: a toll given on two publication days is the story moving on,
 * and two copies of one outlet's story its revision; both are labelled an update in the summary's note and in the
 * comparison's list (never hidden, never a contradiction), while two outlets of one day giving two tolls disagree.
 * One made-up story, run through both commands and their markdown.
 */
class UpdatesLabelledTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 3);

    private static List<Article> landslide(String secondOutlet, LocalDate secondDay) {
        return List.of(
                new Article("a", "Valley Post", null, "Landslide buries Orlen", DAY,
                        "A landslide buried part of the village of Orlen, killing 12 people, rescuers said.\n\n"
                                + "Roads into the Tarn valley were closed to all traffic.", "a.txt"),
                new Article("b", secondOutlet, null, "Orlen toll", secondDay,
                        "A landslide buried part of the village of Orlen, killing 19 people, rescuers said.\n\n"
                                + "The army sent two helicopters to the Tarn valley.", "b.txt"));
    }

    private static SummarySentence toll(Summary summary) {
        return summary.sentences().stream().filter(s -> s.text().contains("landslide buried")).findFirst().orElseThrow();
    }

    private static String markdown(Summary summary, Comparison comparison) {
        return OutputFormats.MD.render(RecordType.SUMMARY, new SummaryReport(summary, comparison), null);
    }

    @Test
    void aTollGivenOnTwoDaysIsAnUpdateInBothCommands() {
        List<Article> articles = landslide("Lowland Times", DAY.plusDays(1));
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        Comparison comparison = Storyline.compare(articles, summary);
        SummarySentence toll = toll(summary);
        assertThat(toll.citations()).hasSize(1);
        assertThat(toll.disputedBy()).singleElement().satisfies(d -> assertThat(d.update()).isTrue());
        assertThat(comparison.conflicts()).isNotEmpty().allMatch(Conflict::update);
        assertThat(comparison.disagreements()).isEmpty();
        assertThat(comparison.updates()).extracting(Conflict::kind).contains("number");
        String compared = OutputFormats.MD.render(RecordType.COMPARISON, comparison, null);
        assertThat(compared).contains("No outlet contradicts another").contains("## Updates");
        assertThat(markdown(summary, comparison)).contains("(update: ");
    }

    @Test
    void anOutletsRevisedCopyIsAnUpdateInBothCommands() {
        List<Article> articles = landslide("Valley Post", DAY);
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        Comparison comparison = Storyline.compare(articles, summary);
        assertThat(toll(summary).disputedBy()).isNotEmpty().allMatch(Dispute::update);
        assertThat(comparison.updates()).isNotEmpty();
        assertThat(comparison.disagreements()).isEmpty();
    }

    @Test
    void twoOutletsOfOneDayDisagree() {
        List<Article> articles = landslide("Lowland Times", DAY);
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        Comparison comparison = Storyline.compare(articles, summary);
        assertThat(toll(summary).disputedBy()).isNotEmpty().noneMatch(Dispute::update);
        assertThat(comparison.disagreements()).extracting(Conflict::kind).contains("number");
        assertThat(comparison.updates()).isEmpty();
        String compared = OutputFormats.MD.render(RecordType.COMPARISON, comparison, null);
        assertThat(compared).doesNotContain("## Updates").doesNotContain("No outlet contradicts another");
        assertThat(markdown(summary, comparison)).doesNotContain("(update: ");
    }
}
