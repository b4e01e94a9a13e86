package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintEditionTest {

    private static final LocalDate THURSDAY = LocalDate.of(2005, 7, 21);
    private final TimeExpressions resolver = new TimeExpressions();

    private static Article article(String id, String text) {
        return new Article(id, "Harbour " + id, null, "Ferry", THURSDAY, text, id + ".txt");
    }

    private LocalDate dayOf(StoryAnalysis story, String opening) {
        SentenceDating dating = SentenceDating.of(story, resolver, ReaderComments.of(story));
        AnalyzedSentence s = story.sentences().stream().filter(x -> x.text().startsWith(opening)).findFirst()
                .orElseThrow();
        return dating.mentioned(s);
    }

    @Test
    void aStoryPutUpInTheLastHourBeforeMidnightThatReadsBackIsTheNextMorningsPaper() {
        StoryAnalysis story = StoryAnalysis.of(List.of(article("a", "Ferry crews may strike over pay Thursday 21 July "
                + "2005 23.58 BST Ferry crews will refuse to sail if the new rota stands, union officials warned last "
                + "night. The union's leader said yesterday that the talks had failed."),
                article("b", "The ferry company said its rota stands.")));
        assertThat(dayOf(story, "Ferry crews may strike")).as("the evening of the stamp").isEqualTo(THURSDAY);
        assertThat(dayOf(story, "The union's leader")).isEqualTo(THURSDAY);
    }

    @Test
    void aLateStoryThatSaysTodayOrAnEarlierStampReadsYesterdayAsTheDayBefore() {
        StoryAnalysis web = StoryAnalysis.of(List.of(article("a", "Ferry strike looms Thursday 21 July 2005 23.12 BST "
                + "Union officials warned today that crews would refuse to sail. The union's leader said yesterday "
                + "that the talks had failed.")));
        assertThat(dayOf(web, "The union's leader")).as("a web story of the stamp's evening")
                .isEqualTo(THURSDAY.minusDays(1));
        StoryAnalysis early = StoryAnalysis.of(List.of(article("a", "Ferry strike looms Thursday 21 July 2005 19.40 BST "
                + "Union officials warned last night that crews would refuse to sail.")));
        assertThat(dayOf(early, "Ferry strike looms")).as("a page of the evening, not its last hour")
                .isEqualTo(THURSDAY.minusDays(1));
        StoryAnalysis quoted = StoryAnalysis.of(List.of(article("a", "Ferry strike looms Thursday 21 July 2005 23.40 BST "
                + "Union officials warned last night that crews would refuse to sail. \"We walk out today,\" one said.")));
        assertThat(dayOf(quoted, "Ferry strike looms")).as("'today' inside a quotation is the speaker's")
                .isEqualTo(THURSDAY);
    }

    @Test
    void aStampOfAnotherDayOrInTwelveHourTimeIsReadAsWritten() {
        assertThat(PrintEdition.stampedLate("Thursday 21 July 2005 11.20 pm BST The crews", THURSDAY)).isTrue();
        assertThat(PrintEdition.stampedLate("Thursday 21 July 2005 11.20 am BST The crews", THURSDAY)).isFalse();
        assertThat(PrintEdition.stampedLate("Wednesday 20 July 2005 23.20 BST The crews", THURSDAY)).isFalse();
        assertThat(PrintEdition.stampedLate("Thursday 21 July 2005 00.05 BST The crews", THURSDAY)).isFalse();
    }
}
