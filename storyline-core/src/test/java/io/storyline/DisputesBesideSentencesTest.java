package io.storyline;

import io.storyline.compare.OutletComparison;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Corpus;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import io.storyline.timeline.TimelineOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every conflict the comparison finds for a story is shown beside each summary or timeline
 * sentence it concerns, and the disagreeing source is not cited for it, whether the two reports are
 * near copies or worded apart.
 */
class DisputesBesideSentencesTest {

    private static final Path EXAMPLE = Path.of("../examples/harbour-bridge");
    private static final Path PAIRS = Path.of("src/test/resources/io/storyline/disagreements");

    /**
     * For each sentence whose own report is one statement of a conflict, the other statement's source is
     * beside it with its value and not among its citations.
     */
    private static void everyConflictOfAShownSentenceIsBesideIt(List<SummarySentence> sentences, Comparison comparison) {
        int checked = 0;
        for (SummarySentence sentence : sentences) {
            Citation own = sentence.citations().get(0);
            for (Conflict c : comparison.conflicts()) {
                Citation other = sameStatement(own, c.statement()) ? c.otherStatement()
                        : sameStatement(own, c.otherStatement()) ? c.statement() : null;
                if (other == null || other.source() == own.source()) {
                    continue;
                }
                checked++;
                assertThat(sentence.disputedBy()).as("%s beside %s", c, sentence.text())
                        .anyMatch(d -> d.citation().source() == other.source());
                assertThat(sentence.citations()).as("%s cited for %s", other, sentence.text())
                        .noneMatch(cited -> cited.source() == other.source());
            }
        }
        assertThat(checked).as("some shown sentence is in a conflict").isPositive();
    }

    private static boolean sameStatement(Citation a, Citation b) {
        return a.source() == b.source() && a.sentenceIndex() == b.sentenceIndex();
    }

    @Test
    void theExamplesSummaryShowsTheInjuriesAndLengthItsOutletsDisputeBesideItsSentences() {
        List<Article> articles = Storyline.read(EXAMPLE).articles();
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        everyConflictOfAShownSentenceIsBesideIt(summary.sentences(), Storyline.compare(articles, summary));

        SummarySentence hurt = summary.sentences().stream().filter(s -> s.text().startsWith("Three crew members"))
                .findFirst().orElseThrow();
        int harborWire = number(summary, "harbor-wire-four-hurt.txt");
        assertThat(hurt.disputedBy()).anyMatch(d -> d.citation().source() == harborWire && d.value().equals("four people"));
        assertThat(hurt.citations()).noneMatch(c -> c.source() == harborWire);
        SummarySentence length = summary.sentences().stream().filter(s -> s.text().contains("150-metre"))
                .findFirst().orElseThrow();
        assertThat(length.disputedBy()).extracting(d -> d.value()).containsExactly("140-metre");

        assertThat(Storyline.render(summary, OutputFormats.MD)).contains("(" + harborWire + " says four people)");
        assertThat(Storyline.render(summary, OutputFormats.JSON)).containsPattern("\"value\" ?: \"four people\"");
        assertThat(Storyline.render(summary, OutputFormats.HTML)).contains("says four people");
    }

    @Test
    void theExamplesTimelineShowsThemToo() {
        List<Article> articles = Storyline.read(EXAMPLE).articles();
        Timeline timeline = Storyline.timeline(articles, TimelineOptions.defaults());
        List<SummarySentence> sentences = timeline.entries().stream().map(TimelineEntry::sentences)
                .flatMap(List::stream).toList();
        Comparison comparison = OutletComparison.compare(articles, timeline.sources());
        assertThat(comparison.conflicts()).isNotEmpty();
        // the timeline dates the strike by the Herald's "at about 11:40 p.m. on Tuesday"; the Harbor Wire's opening
        // puts it "shortly after midnight on Wednesday", a disagreement the example's README names
        SummarySentence strike = sentences.stream().filter(s -> s.text().contains("11:40 p.m. on Tuesday"))
                .findFirst().orElseThrow();
        int harborWire = timeline.sources().stream().filter(s -> s.origin().endsWith("harbor-wire-four-hurt.txt"))
                .findFirst().orElseThrow().number();
        assertThat(strike.disputedBy()).anyMatch(d -> d.citation().source() == harborWire && d.value().equals("Wednesday"));
        assertThat(strike.citations()).noneMatch(c -> c.source() == harborWire);
        assertThat(Storyline.render(timeline, OutputFormats.MD)).contains("(" + harborWire + " says Wednesday)");
        assertThat(Storyline.render(timeline, OutputFormats.JSON)).containsPattern("\"value\" ?: \"Wednesday\"");
    }

    @Test
    void theFormatsThatShowTheComparisonShowTheSameDisputesBesideTheSummary() {
        Corpus corpus = Storyline.read(EXAMPLE);
        var report = Storyline.report(corpus.articles(),
                new io.storyline.summarize.SummaryOptions(Budget.words(100), "coverage", null), OutputFormats.JSON);
        assertThat(report.comparison()).isNotNull();
        everyConflictOfAShownSentenceIsBesideIt(report.summary().sentences(), report.comparison());
        assertThat(report.summary()).isEqualTo(Storyline.summarize(corpus.articles(), Budget.words(100)));
    }

    @Test
    void theIssuesTwoArticlePairsShowEveryConflictBesideTheirSentences() {
        for (String pair : List.of("plant-fire", "fare-vote")) {
            List<Article> articles = Storyline.read(PAIRS.resolve(pair)).articles();
            Summary summary = Storyline.summarize(articles, Budget.words(100));
            everyConflictOfAShownSentenceIsBesideIt(summary.sentences(), Storyline.compare(articles, summary));
        }
    }

    @Test
    void aDigestStoryShowsTheDisputesBesideItsSummary() {
        var digest = Storyline.digest(Storyline.read(EXAMPLE).articles(), Budget.words(100));
        Summary summary = digest.digests().get(0).summary();
        everyConflictOfAShownSentenceIsBesideIt(summary.sentences(), digest.digests().get(0).comparison());
    }

    private static int number(Summary summary, String file) {
        return summary.sources().stream().filter(s -> s.origin().endsWith(file)).findFirst().orElseThrow().number();
    }

    @Test
    void plainTextShowsNoCitationsSoItsSentencesAreTheSameWithoutTheComparison() {
        Corpus corpus = Storyline.read(EXAMPLE);
        var options = new io.storyline.summarize.SummaryOptions(Budget.words(100), "coverage", null);
        var text = Storyline.report(corpus.articles(), options, OutputFormats.TEXT);
        var md = Storyline.report(corpus.articles(), options, OutputFormats.MD);
        assertThat(md.summary().sentences()).anyMatch(s -> !s.disputedBy().isEmpty());
        assertThat(text.summary().sentences()).allMatch(s -> s.disputedBy().isEmpty());
        assertThat(Storyline.render(text, OutputFormats.TEXT))
                .isEqualTo(Storyline.render(new io.storyline.model.SummaryReport(md.summary(), null), OutputFormats.TEXT));
    }
}
