package io.storyline.compare;

import io.storyline.analyze.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two tolls in outlets' openings are one group only when they count people in the same place. */
class LeadGroupsWhereTest {

    @Test
    void theDeadOnTheGroundAreNotEveryoneKilled() {
        Quantity ground = Quantity.in("The crash killed four people on the ground.").get(0);
        Quantity everyone = Quantity.in("The crash killed five people.").get(0);
        Quantity otherGround = Quantity.in("The crash killed five people on the ground.").get(0);
        assertThat(LeadEvents.oneGroup(ground, everyone)).isFalse();
        assertThat(LeadEvents.oneGroup(ground, otherGround)).isTrue();
    }
}
