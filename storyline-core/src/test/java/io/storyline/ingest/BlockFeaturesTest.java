package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static io.storyline.ingest.PierPage.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shallow features of a page's text blocks, and how the blocks the rules keep tie to the page's. */
class BlockFeaturesTest {

    private static final String PAGE = page("<nav class=\"siteMenu\"><ul><li><a href=\"/\">Home</a></li>"
            + "<li><a href=\"/news\">News</a></li></ul></nav>"
            + "<div id=\"story-body\">" + paragraphs(0, 4) + "</div>"
            + "<footer><p>© 2024 Harbour Times | <a href=\"/terms\">Terms</a></p></footer>");

    private static double feature(PageBlocks.Block block, String name) {
        return block.features()[BlockFeatures.NAMES.indexOf(name)];
    }

    private static PageBlocks.Block block(PageBlocks blocks, String start) {
        return blocks.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void everyBlockOfThePageIsReadBeforeFurnitureGoesAndOnlyTheStoryIsKept() {
        PageBlocks blocks = PageBlocks.of(PAGE);
        assertThat(blocks.blocks()).extracting(PageBlocks.Block::text)
                .containsExactly("Home", "News", STORY[0], STORY[1], STORY[2], STORY[3], "© 2024 Harbour Times | Terms");
        assertThat(blocks.kept()).extracting(PageBlocks.Kept::text).containsExactly(STORY);
        assertThat(blocks.kept().get(0).sameElement()).containsExactly(2);
    }

    @Test
    void linksPunctuationPlaceAndNeighboursAreRead() {
        PageBlocks blocks = PageBlocks.of(PAGE);
        PageBlocks.Block home = block(blocks, "Home");
        PageBlocks.Block lead = block(blocks, STORY[0]);
        PageBlocks.Block footer = block(blocks, "©");

        assertThat(feature(home, "link-density")).isEqualTo(1.0);
        assertThat(feature(lead, "link-density")).isZero();
        assertThat(feature(lead, "ends-sentence")).isEqualTo(1.0);
        assertThat(feature(home, "ends-sentence")).isZero();
        assertThat(feature(lead, "sentences")).isEqualTo(Math.log1p(1));
        assertThat(feature(home, "first")).isEqualTo(1.0);
        assertThat(feature(footer, "last")).isEqualTo(1.0);
        assertThat(feature(footer, "copyright")).isEqualTo(1.0);
        assertThat(feature(footer, "pipe")).isEqualTo(1.0);
        assertThat(feature(lead, "tag-p")).isEqualTo(1.0);
        assertThat(feature(home, "tag-li")).isEqualTo(1.0);
        assertThat(feature(home, "in-list")).isEqualTo(1.0);
        // the block before the story's lead is a link; the one after it a sentence
        assertThat(feature(lead, "prev-link-density")).isEqualTo(1.0);
        assertThat(feature(lead, "next-ends-sentence")).isEqualTo(1.0);
        assertThat(feature(home, "no-prev")).isEqualTo(1.0);
        assertThat(feature(lead, "position")).isGreaterThan(feature(home, "position")).isLessThan(feature(footer, "position"));
    }

    @Test
    void classAndIdNamesAreSplitIntoWordsAndHashedIntoBuckets() {
        assertThat(BlockFeatures.tokens("siteMenu story-body x main_col2")).containsExactly("site", "menu", "story", "body", "main", "col");
        PageBlocks blocks = PageBlocks.of(PAGE);
        double[] lead = block(blocks, STORY[0]).features();
        int ancestors = BlockFeatures.NAMES.size() + BlockFeatures.BUCKETS;
        // the story's <div id="story-body"> is the paragraph's parent: its words are set among the ancestors' buckets
        for (String word : List.of("story", "body")) {
            assertThat(lead[ancestors + Math.floorMod(word.hashCode(), BlockFeatures.BUCKETS)]).as(word).isEqualTo(1.0);
        }
        assertThat(BlockFeatures.name(BlockFeatures.NAMES.size())).isEqualTo("own-0");
        assertThat(BlockFeatures.name(BlockFeatures.SIZE - 1)).isEqualTo("ancestors-" + (BlockFeatures.BUCKETS - 1));
    }

    @Test
    void aSentencesEndIsReadBeforeClosingQuotesAndBracketsButNotBeforeOtherMarks() {
        PageBlocks blocks = PageBlocks.of(page("<div>" + paragraphs(0, 3) + "<p>\u201CWe will rebuild it.\u201D)</p>"
                + "<p>Read more: \u00BB</p><p>The pier (closed).\u00BB ]</p></div>"));
        assertThat(feature(block(blocks, "\u201CWe will"), "ends-sentence")).isEqualTo(1.0);
        assertThat(feature(block(blocks, "Read more"), "ends-sentence")).isZero();
        assertThat(feature(block(blocks, "The pier (closed)"), "ends-sentence")).isEqualTo(1.0);
    }

    @Test
    void aVectorAskedOfThePageAloneIsTheOneReadWithAllTheOthers() {
        List<TextBlock> page = HtmlExtractor.ruleBlocks(PAGE).page();
        List<double[]> all = BlockFeatures.of(page);
        BlockFeatures.Page lazy = new BlockFeatures.Page(page);
        for (int i = page.size() - 1; i >= 0; i--) {
            assertThat(lazy.vector(i)).as("block " + i).containsExactly(all.get(i));
        }
    }

    @Test
    void wordsAreCountedInScriptsWithoutSpacesToo() {
        PageBlocks blocks = PageBlocks.of(page("<div>" + paragraphs(0, 3) + "<p>港口委员会周二投票决定关闭旧码头。</p></div>"));
        PageBlocks.Block chinese = block(blocks, "港口");
        assertThat(feature(chinese, "words")).isEqualTo(Math.log1p(16));
        assertThat(feature(chinese, "ends-sentence")).isEqualTo(1.0);
    }
}
