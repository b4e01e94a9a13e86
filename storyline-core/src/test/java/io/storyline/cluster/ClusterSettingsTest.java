package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSettingsTest {

    @Test
    void decayIsFreeWithinTheGraceThenFalls() {
        ClusterSettings settings = ClusterSettings.defaults();
        assertThat(settings.decay(0)).isEqualTo(1.0);
        assertThat(settings.decay(settings.graceDays())).isEqualTo(1.0);
        assertThat(settings.decay(settings.graceDays() + 5)).isLessThan(1.0).isGreaterThan(settings.decay(40));
        assertThat(settings.decay(365)).isLessThan(1e-6);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.defaults().withJoinThreshold(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.defaults().withMergeThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.defaults().withConsolidateEvery(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.defaults().withRefinePasses(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ClusterSettings.defaults().withRefinePasses(0).refinePasses()).isZero();
        assertThatThrownBy(() -> new ClusterSettings(0.12, 0.15, 3, 10, 60, 500, 400, 12, 24, 32, 3, -1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterSettings(0.12, 0.15, 3, 10, 60, 500, 400, 12, 24, 32, 3, 2, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClusterSettings(0.12, 0.15, 3, 10, 60, 500, 400, 12, 24, 32, 3, 0, 0).leadSentences()).isZero();
    }
}
