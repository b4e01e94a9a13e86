package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.model.Comparison;
import io.storyline.model.Corpus;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The two seed reports of the Libyan war (../shared/seeds), compared; skips when they are absent. */
class CompareSeedTest {

    @Test
    void theSeedOutletsAgreeOnTheDefectionsAndDifferOnMisrataAndBaer() {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is not present");
        Corpus corpus = Storyline.read(seeds);
        assertThat(corpus.articles()).hasSize(2);
        Comparison comparison = OutletComparison.compare(corpus.articles());
        assertThat(comparison.outletCount()).isEqualTo(2);

        // both report the foreign minister's defection, on different days: one outlet's report, the other's beside it
        assertThat(comparison.facts()).as("the foreign minister's defection, disputed on its day")
                .anySatisfy(f -> {
                    assertThat(f.text().toLowerCase(Locale.ROOT)).containsPattern("koussa|foreign minister")
                            .containsPattern("resign|defect|fled|quit|departure");
                    assertThat(f.disputedBy()).anySatisfy(d -> assertThat(d.kind()).isEqualTo("day"));
                });
        // both report the U.N. envoy pick's defection to Egypt, each in words the other's sentence does not hold
        // (one names him with framing, the other describes him and whom it heard it from): cited apart, related
        assertThat(comparison.facts()).as("the U.N. envoy pick's defection to Egypt, told by both")
                .anySatisfy(f -> {
                    assertThat(f.text()).contains("Egypt").containsPattern("defect");
                    assertThat(f.related()).anySatisfy(r -> assertThat(r.sentence()).contains("Egypt").containsPattern("defect"));
                });

        Fact misrata = comparison.facts().stream().filter(f -> f.text().contains("38 civilians")).findFirst()
                .orElseThrow(() -> new AssertionError("no fact about the 38 civilians"));
        assertThat(misrata.outlets()).as("only one outlet reports the 38 killed in Misrata").hasSize(1);

        Set<Integer> baerSources = comparison.quotes().stream().filter(q -> q.speaker().contains("Baer"))
                .map(Quote::source).collect(Collectors.toSet());
        assertThat(baerSources).as("only one outlet quotes Robert Baer").hasSize(1);
        assertThat(comparison.quotes()).filteredOn(q -> q.speaker().equals("Robert Baer") && q.direct())
                .singleElement().satisfies(q -> assertThat(q.text()).startsWith("Crack that clan")
                        .contains("it will all be over"));
        Source cnn = comparison.sources().stream().filter(s -> s.number() == baerSources.iterator().next())
                .findFirst().orElseThrow();
        assertThat(cnn.outlet()).isEqualTo("CNN");

        Entity gadhafi = comparison.entities().get(0);
        assertThat(gadhafi.name()).isEqualTo("Moammar Gadhafi");
        assertThat(comparison.entities()).anySatisfy(e -> assertThat(e.aliases()).contains("al-Brega"))
                .anySatisfy(e -> assertThat(List.of(e.name(), e.aliases().toString()))
                        .anySatisfy(s -> assertThat(s).contains("Ali Abdussalam Treki")))
                .anySatisfy(e -> assertThat(e.aliases()).contains("Koussa", "foreign minister"));
        assertThat(comparison.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Robert Gates");
            assertThat(q.text()).startsWith("It's pretty much a pickup ballgame");
        });
    }
}
