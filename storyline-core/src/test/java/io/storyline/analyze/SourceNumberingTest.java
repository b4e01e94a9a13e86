package io.storyline.analyze;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceNumberingTest {

    private final StoryAnalysis story = HarbourStory.analysis();

    private AnalyzedSentence sentence(String opening) {
        return HarbourStory.sentence(story, opening);
    }

    @Test
    void sourcesAreNumberedInTheOrderTheyAreFirstCitedThenTheUncitedInStoryOrder() {
        AnalyzedSentence bakers = sentence("Bakers on the islands");
        AnalyzedSentence halted = sentence("Every crossing to the islands");
        AnalyzedSentence walkout = sentence("Ferry crews in Nordsund walked out on Monday.");
        // the courier (article 1) is met first, then the wire (2); the gazette (0) is never cited
        SourceNumbering numbering = SourceNumbering.byFirstCitation(story,
                List.of(List.of(bakers), List.of(halted, walkout)));
        assertThat(numbering.number(1)).isEqualTo(1);
        assertThat(numbering.number(2)).isEqualTo(2);
        assertThat(numbering.number(0)).isEqualTo(3);
        assertThat(numbering.sources()).extracting(Source::number, Source::articleId, Source::outlet).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "courier", "Island Courier"),
                org.assertj.core.groups.Tuple.tuple(2, "wire", "Coast Wire"),
                org.assertj.core.groups.Tuple.tuple(3, "gazette", "Harbour Gazette"));
    }

    @Test
    void aCitationGivesTheSourceNumberThePlaceInTheArticleAndTheWordsAsWritten() {
        AnalyzedSentence walkout = sentence("Ferry crews in Nordsund walked out on Monday.");
        AnalyzedSentence union = sentence("The union said the walkout");
        // the wire is cited, so it is [1]; the gazette and the courier follow in story order
        SourceNumbering numbering = SourceNumbering.byFirstCitation(story, List.of(List.of(walkout)));
        assertThat(numbering.cite(walkout)).isEqualTo(new Citation(1, 1, walkout.text()));
        assertThat(numbering.cite(List.of(walkout, union))).containsExactly(new Citation(1, 1, walkout.text()),
                new Citation(3, 2, "The union said the walkout would last 48 hours, its second this spring."));
    }

    @Test
    void anotherListsNumbersAreKeptAndTheArticlesItLacksComeAfterItsHighest() {
        List<Source> summary = List.of(Source.of(4, HarbourStory.WIRE), Source.of(2, HarbourStory.GAZETTE));
        SourceNumbering numbering = SourceNumbering.following(story, summary);
        assertThat(numbering.number(0)).isEqualTo(2);
        assertThat(numbering.number(1)).isEqualTo(5);
        assertThat(numbering.number(2)).isEqualTo(4);
        assertThat(numbering.sources()).extracting(Source::number).containsExactly(2, 4, 5);
    }

    @Test
    void withoutANumberingArticlesAreNumberedInStoryOrderAndANumberIsGivenOnce() {
        SourceNumbering plain = SourceNumbering.following(story, List.of());
        assertThat(plain.sources()).extracting(Source::articleId).containsExactly("gazette", "courier", "wire");
        assertThat(plain.sources()).extracting(Source::number).containsExactly(1, 2, 3);
        // two articles under one id (a reprint): the first keeps the number, the second gets a new one
        StoryAnalysis reprinted = StoryAnalysis.of(List.of(HarbourStory.GAZETTE, HarbourStory.GAZETTE));
        SourceNumbering numbering = SourceNumbering.following(reprinted, List.of(Source.of(7, HarbourStory.GAZETTE)));
        assertThat(numbering.number(0)).isEqualTo(7);
        assertThat(numbering.number(1)).isEqualTo(8);
    }
}
