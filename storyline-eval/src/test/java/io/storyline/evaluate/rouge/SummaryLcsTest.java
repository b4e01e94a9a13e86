package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryLcsTest {

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static List<String> flat(List<List<String>> sentences) {
        return sentences.stream().flatMap(List::stream).toList();
    }

    @Test
    void unionLcsOfLinsExample() {
        // Lin 2004, section 3.2: reference w1..w5 against two candidate sentences; union LCS w1 w2 w3 w5
        List<List<String>> reference = List.of(words("w1 w2 w3 w4 w5"));
        List<List<String>> peer = List.of(words("w1 w2 w6 w7 w8"), words("w1 w3 w8 w9 w5"));
        assertThat(SummaryLcs.hits(reference, peer, flat(reference), flat(peer))).isEqualTo(4);
        assertThat(SummaryLcs.words(reference)).isEqualTo(5);
    }

    @Test
    void aPeerWordIsUsedForOneReferenceWordOnly() {
        // both reference sentences contain "x", the peer only once: one hit, not two
        List<List<String>> reference = List.of(words("x a"), words("x b"));
        List<List<String>> peer = List.of(words("x c"));
        assertThat(SummaryLcs.hits(reference, peer, flat(reference), flat(peer))).isEqualTo(1);
    }

    @Test
    void orderMattersWithinASentence() {
        List<List<String>> reference = List.of(words("a b c d"));
        List<List<String>> peer = List.of(words("d c b a"));
        assertThat(SummaryLcs.hits(reference, peer, flat(reference), flat(peer))).isEqualTo(1);
    }

    @Test
    void emptySentencesContributeNothing() {
        List<List<String>> reference = List.of(List.of(), words("a b"));
        List<List<String>> peer = List.of(List.of(), words("a b"));
        assertThat(SummaryLcs.hits(reference, peer, flat(reference), flat(peer))).isEqualTo(2);
    }
}
