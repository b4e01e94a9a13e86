package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateStampTest {

    @Test
    void linesThatOnlyDateTheStoryAreStamps() {
        assertThat(DateStamp.isStamp("Dienstag, 4. Juni 2019, 15:54")).isTrue();
        assertThat(DateStamp.isStamp("Energie 12.12.2022, 08:30 Uhr")).isTrue();
        assertThat(DateStamp.isStamp("Updated: March 3, 2021 at 9:14 am EST")).isTrue();
        assertThat(DateStamp.isStamp("Publié le 4 juin 2019 à 15h54")).isTrue();
        assertThat(DateStamp.isStamp("2019-06-04")).isTrue();
        assertThat(DateStamp.isStamp("Sat 12 Oct 2019 06.00 BST")).isTrue();
    }

    @Test
    void sentencesNumbersAndDatelessLinesAreNoStamps() {
        assertThat(DateStamp.isStamp("The pier closed on March 3, 2021.")).isFalse();
        assertThat(DateStamp.isStamp("Berlin Mitte 12.12.2022")).isFalse(); // two words besides the date
        assertThat(DateStamp.isStamp("TR 7/2019")).isFalse();
        assertThat(DateStamp.isStamp("Updated")).isFalse();
        assertThat(DateStamp.isStamp("Monday")).isFalse();
        assertThat(DateStamp.isStamp("3:1")).isFalse();
        assertThat(DateStamp.isStamp("")).isFalse();
    }

    @Test
    void stampsAreTakenOnlyFromTheTextsEnds() {
        String text = "Dienstag, 4. Juni 2019\n\nThe pier closed.\n\n12:30 GMT, June 4, 2019\n\nIt reopened.\n\nUpdated June 5, 2019";
        assertThat(DateStamp.withoutStampLines(text)).isEqualTo("The pier closed.\n\n12:30 GMT, June 4, 2019\n\nIt reopened.");
        assertThat(DateStamp.withoutStampLines("June 4, 2019")).isEqualTo("June 4, 2019");
        assertThat(DateStamp.withoutStampLines("The pier closed.")).isEqualTo("The pier closed.");
    }

    @Test
    void theExtractorLeavesADateLineAboveTheStoryOut() {
        String text = HtmlExtractor.extract(page("<article><div class=\"meta\">Tuesday, June 4, 2019, 15:54</div>"
                + "<p>" + STORY[0] + "</p><p>" + STORY[1] + "</p><p>" + STORY[2] + "</p></article>"), null).text();

        assertThat(text).startsWith(STORY[0]).doesNotContain("2019, 15:54");
    }
}
