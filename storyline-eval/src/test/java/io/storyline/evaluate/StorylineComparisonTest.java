package io.storyline.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Two runs' storylines compared by a paired bootstrap over the gold stories. */
class StorylineComparisonTest {

    /** Four gold stories of three articles; "merged" puts the first two in one storyline. */
    private static Map<String, String> gold() {
        Map<String, String> gold = new HashMap<>();
        for (String story : new String[] {"flood", "ferry", "strike", "fire"}) {
            for (int i = 0; i < 3; i++) {
                gold.put(story + i, story);
            }
        }
        return gold;
    }

    private static Map<String, String> storylines(boolean merged) {
        Map<String, String> lines = new HashMap<>();
        gold().forEach((id, story) -> lines.put(id, merged && story.equals("ferry") ? "L-flood" : "L-" + story));
        return lines;
    }

    @Test
    void partingTwoMergedStoriesRaisesPrecisionAndTheSameRunChangesNothing(@TempDir Path dir) {
        Path saved = dir.resolve("runs/merged.tsv");
        StorylineComparison.save(gold(), storylines(true), saved);
        Map<String, String[]> before = StorylineComparison.load(saved);
        assertThat(before).hasSize(12);
        StorylineComparison parted = StorylineComparison.of(before, gold(), storylines(false));
        assertThat(parted.goldStories()).isEqualTo(4);
        StorylineComparison.Measure precision = parted.measures().get(0);
        // merged: six articles at 1/2, six at 1: precision 0.75; parted: 1
        assertThat(precision.before()).isCloseTo(0.75, within(1e-9));
        assertThat(precision.after()).isCloseTo(1.0, within(1e-9));
        assertThat(precision.high()).isCloseTo(0.5, within(1e-9)); // a draw of flood and ferry only
        assertThat(precision.low()).isBetween(0.0, 0.25);
        assertThat(parted.measures().get(1).difference()).isZero(); // recall: every story whole either way
        StorylineComparison same = StorylineComparison.of(before, gold(), storylines(true));
        for (StorylineComparison.Measure m : same.measures()) {
            assertThat(m.difference()).isZero();
            assertThat(m.low()).isZero();
            assertThat(m.high()).isZero();
        }
    }

    @Test
    void aBadSavedRunIsRefusedNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "flood0\tflood\tL1\nflood1 flood L1\n");
        assertThatThrownBy(() -> StorylineComparison.load(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("line 2");
        assertThatThrownBy(() -> StorylineComparison.load(dir.resolve("missing.tsv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.tsv");
        Map<String, String[]> otherSet = Map.of("flood0", new String[] {"ferry", "L1"});
        assertThatThrownBy(() -> StorylineComparison.of(otherSet, gold(), storylines(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the same data set");
        Map<String, String[]> nothingShared = Map.of("x", new String[] {"flood", "L1"});
        assertThatThrownBy(() -> StorylineComparison.of(nothingShared, gold(), storylines(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no article");
    }
}
