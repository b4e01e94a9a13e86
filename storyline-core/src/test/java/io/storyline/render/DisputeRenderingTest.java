package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A sentence's disputing sources are shown beside its citations in every format that shows citations. */
class DisputeRenderingTest {

    @Test
    void markdownNotesWhatTheDisputingSourceSays() {
        String md = SummaryRendering.of(OutputFormats.MD).render(SummaryFixtures.disputedStory());
        assertThat(md).contains("injuring two deckhands.[1] (2 says \\<b\\>four\\</b\\> deckhands, Tuesday)");
    }

    @Test
    void jsonListsEachDisputedSlotWithItsSource() throws Exception {
        JsonNode sentence = new ObjectMapper().readTree(SummaryRendering.of(OutputFormats.JSON)
                .render(SummaryFixtures.disputedStory())).get("sentences").get(0);
        assertThat(sentence.get("sources").toString()).isEqualTo("[1]");
        JsonNode disputes = sentence.get("disputedBy");
        assertThat(disputes).hasSize(2);
        assertThat(disputes.get(0).get("source").asInt()).isEqualTo(2);
        assertThat(disputes.get(0).get("slot").asText()).isEqualTo("deckhand");
        assertThat(disputes.get(0).get("shownValue").asText()).isEqualTo("two deckhands");
        assertThat(disputes.get(0).get("value").asText()).isEqualTo("<b>four</b> deckhands");
        assertThat(disputes.get(1).get("kind").asText()).isEqualTo("day");
    }

    @Test
    void htmlShowsTheNoteEscapedAndLinksTheSource() {
        String html = SummaryRendering.of(OutputFormats.HTML).render(SummaryFixtures.disputedStory());
        Element note = Jsoup.parse(html).selectFirst("#sentence-1 .disputed");
        assertThat(note).isNotNull();
        assertThat(note.text()).isEqualTo("(2 says <b>four</b> deckhands, Tuesday)");
        assertThat(note.selectFirst("a").attr("href")).isEqualTo("#source-2");
        assertThat(note.select("b")).isEmpty();
    }

    @Test
    void anUndisputedSentenceHasNoNote() {
        String md = SummaryRendering.of(OutputFormats.MD).render(SummaryFixtures.pierStory());
        assertThat(md).doesNotContain(" says ");
    }
}
