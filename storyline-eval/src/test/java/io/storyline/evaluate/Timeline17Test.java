package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class Timeline17Test {

    @Test
    void parsesTheGoldFormatAndSkipsABrokenDate() {
        String gold = "2011-03-19\nAir strikes begin .\nA second line .\n--------------------------------\n"
                + "2011-04-0\nThis block has no valid date .\n--------------------------------\n"
                + "2011-03-17\nThe council votes .\n--------------------------------\n";
        NavigableMap<LocalDate, List<String>> days = Timeline17.parse(gold);
        assertThat(days.keySet()).containsExactly(LocalDate.of(2011, 3, 17), LocalDate.of(2011, 3, 19));
        assertThat(days.get(LocalDate.of(2011, 3, 19))).containsExactly("Air strikes begin .", "A second line .");
        assertThat(new Timeline17.GoldTimeline("g", days).sentencesPerDate()).isEqualTo(2);
    }

    @Test
    void loadsTheSharedDataWhenPresent() {
        List<Timeline17.Topic> topics = Timeline17.load(SharedData.require("data", "timeline17"));
        assertThat(topics).hasSize(15);
        assertThat(topics.stream().mapToInt(t -> t.timelines().size()).sum()).isEqualTo(17);
        assertThat(topics).allSatisfy(t -> assertThat(t.timelines()).allSatisfy(g -> assertThat(g.days()).isNotEmpty()));
    }
}
