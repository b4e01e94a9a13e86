package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PtbDetokenizerTest {

    @Test
    void undoesBracketsQuotesCliticsAndSpacedPunctuation() {
        assertThat(PtbDetokenizer.detokenize(
                "The mayor -LRB- who was re-elected -RRB- said `` we do n't know '' , and left ."))
                .isEqualTo("The mayor (who was re-elected) said \"we don't know\", and left.");
        assertThat(PtbDetokenizer.detokenize("The port 's budget rose 5 % to $ 12 million ."))
                .isEqualTo("The port's budget rose 5% to $12 million.");
        assertThat(PtbDetokenizer.detokenize("See -LSB- 1 -RSB- and -LCB- x -RCB- ; it ca n't wait !"))
                .isEqualTo("See [1] and {x}; it can't wait!");
        assertThat(PtbDetokenizer.detokenize("They met in Washington , D.C. ."))
                .isEqualTo("They met in Washington, D.C.");
        assertThat(PtbDetokenizer.detokenize("Fares rose on 1\\/3 of routes : north and south ."))
                .isEqualTo("Fares rose on 1/3 of routes: north and south.");
    }

    @Test
    void recognisesTokenizedTextByItsMarkers() {
        assertThat(PtbDetokenizer.looksTokenized(List.of("The mayor -LRB- re-elected -RRB- spoke ."))).isTrue();
        assertThat(PtbDetokenizer.looksTokenized(List.of(
                "The port 's budget rose , officials said .", "It was n't enough , they said ."))).isTrue();
        assertThat(PtbDetokenizer.looksTokenized(List.of(
                "The port's budget rose, officials said.", "It wasn't enough, they said."))).isFalse();
    }

    @Test
    void texStyleQuotesInUntokenizedWireCopyBecomePlainQuotes() {
        assertThat(PtbDetokenizer.plainQuotes(java.util.List.of("He called it ``a farce,'' and left.", "Next line.")))
                .containsExactly("He called it \"a farce,\" and left.", "Next line.");
        assertThat(PtbDetokenizer.plainQuotes(java.util.List.of("The rock 'n' roll band's ''tour''")))
                .containsExactly("The rock 'n' roll band's ''tour''");
    }
}
