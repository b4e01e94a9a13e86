package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import io.storyline.model.InferredDate;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented ferry-fire story: two dated reports and undated ones that name their days. */
class DateInferenceTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 11);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Outlet " + id, null, "Ferry fire", published, text, id + ".txt");
    }

    private static List<Article> story(Article undated) {
        return List.of(
                article("a", WEDNESDAY, "A fire broke out on the ferry Marram Star in Kelby harbour on Tuesday night. "
                        + "All ninety passengers were taken off the burning ferry by lifeboat crews."),
                article("b", WEDNESDAY.plusDays(1), "Investigators boarded the burnt ferry Marram Star on Thursday. "
                        + "The harbour master said the ferry fire started in the engine room."),
                undated);
    }

    private final DateInference inference = new DateInference(new TimeExpressions());

    @Test
    void anUndatedReportIsDatedByTheLatestDayItNamesBesideTheOthers() {
        Article pier = article("u", null, "The ferry Marram Star will not sail again this summer, its owners said "
                + "Friday. The fire on Tuesday night gutted the engine room and the car deck.");
        DateInference.Result result = inference.infer(story(pier));
        assertThat(result.articles().get(2).published()).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(result.inferred()).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("u.txt");
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 6, 13));
            assertThat(d.evidence()).contains("Friday").contains("11 June 2025 to 12 June 2025");
        });
    }

    @Test
    void aDatelineDatesItsArticle() {
        Article wire = article("w", null, "KELBY, June 12 (Coast Wire) -- The owners of the ferry Marram Star said "
                + "the fire on Tuesday night began in the engine room. They will decide on Monday whether to repair it.");
        assertThat(inference.infer(story(wire)).articles().get(2).published()).isEqualTo(LocalDate.of(2025, 6, 12));
    }

    @Test
    void aDayStillToComeOrTodayDatesNothing() {
        Article ahead = article("f", null, "The ferry's owners will meet insurers on Monday. Today the harbour "
                + "reopened to fishing boats.");
        DateInference.Result result = inference.infer(story(ahead));
        assertThat(result.articles().get(2).published()).isNull();
        assertThat(result.inferred()).isEmpty();
    }

    @Test
    void weekdaysNameNoOneDayWhenTheStorySpansMonths() {
        List<Article> long_ = List.of(
                article("a", WEDNESDAY, "A fire broke out on the ferry Marram Star in Kelby harbour on Tuesday night."),
                article("b", WEDNESDAY.plusMonths(3), "The ferry Marram Star was towed away for scrap in September."),
                article("u", null, "Investigators said Friday that the ferry fire began in the engine room."));
        assertThat(inference.infer(long_).articles().get(2).published()).isNull();
    }

    @Test
    void theTimelineShowsTheInferredDayAndSaysSo() {
        Article pier = article("u", null, "The ferry Marram Star will never sail again after the fire, its owners "
                + "said Friday. The owners of the burnt ferry offered every passenger a full refund.");
        Timeline timeline = new TimelineBuilder(TimelineOptions.defaults()).build(story(pier));
        assertThat(timeline.undated()).isEmpty();
        assertThat(timeline.inferred()).extracting(InferredDate::date).containsExactly(LocalDate.of(2025, 6, 13));
        assertThat(timeline.entries()).extracting(TimelineEntry::date).contains(LocalDate.of(2025, 6, 13));
        assertThat(timeline.sources()).filteredOn(s -> s.articleId().equals("u"))
                .singleElement().satisfies(s -> assertThat(s.published()).isEqualTo(LocalDate.of(2025, 6, 13)));
    }
}
