package io.storyline.cluster;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationOrderTest {

    @Test
    void datedFirstByDateThenUndatedByContentNotByName() {
        Article late = Newsroom.article("a", "X", "2024-02-01", null, "later news");
        Article early = Newsroom.article("b", "X", "2024-01-01", null, "earlier news");
        Article undatedOne = Newsroom.article("zz", "X", null, null, "first undated text");
        Article undatedTwo = Newsroom.article("aa", "X", null, null, "second undated text");
        List<Article> sorted = new ArrayList<>(List.of(undatedTwo, late, undatedOne, early));
        sorted.sort(PublicationOrder.ORDER);
        assertThat(sorted.subList(0, 2)).containsExactly(early, late);
        boolean oneFirst = PublicationOrder.fingerprint(undatedOne.text()) < PublicationOrder.fingerprint(undatedTwo.text());
        assertThat(sorted.get(2)).isEqualTo(oneFirst ? undatedOne : undatedTwo);
        assertThat(PublicationOrder.fingerprint("abc")).isEqualTo(PublicationOrder.fingerprint("abc"))
                .isNotEqualTo(PublicationOrder.fingerprint("abd"));
    }
}
