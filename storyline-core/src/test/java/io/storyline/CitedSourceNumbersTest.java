package io.storyline;

import io.storyline.model.Citation;
import io.storyline.model.Corpus;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.summarize.SummaryOptions;
import io.storyline.timeline.TimelineOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sources a summary or a timeline cites are numbered 1, 2, 3... with no gap: a report of a shown
 * sentence's event that is not cited for it takes no number before the cited ones (the DUC 2006 EgyptAir
 * set, d0617h, listed [8] then [11]). Read from ../shared/data (skipped where it is absent).
 */
class CitedSourceNumbersTest {

    private static final Path EGYPTAIR = Path.of(System.getProperty("storyline.shared", "../shared"),
            "data", "duc2006", "d0617h", "docs");

    @Test
    void summaryAndTimelineCiteConsecutiveNumbers() {
        assumeTrue(Files.isDirectory(EGYPTAIR), "needs ../shared/data/duc2006");
        Corpus corpus = Storyline.read(EGYPTAIR);
        Summary summary = Storyline.summarize(corpus.articles(), SummaryOptions.defaults());
        assertThat(numbers(summary.sentences())).isEqualTo(upTo(numbers(summary.sentences()).size()));
        assertThat(summary.sources()).extracting(Source::number)
                .containsExactlyElementsOf(upTo(corpus.articles().size()));

        Timeline timeline = Storyline.timeline(corpus.articles(), TimelineOptions.defaults());
        List<SummarySentence> entries = timeline.entries().stream().flatMap(e -> e.sentences().stream()).toList();
        assertThat(numbers(entries)).isNotEmpty().isEqualTo(upTo(numbers(entries).size()));
    }

    private static Set<Integer> numbers(List<SummarySentence> sentences) {
        Set<Integer> numbers = new TreeSet<>();
        for (SummarySentence s : sentences) {
            s.citations().stream().map(Citation::source).forEach(numbers::add);
            s.disputedBy().forEach(d -> numbers.add(d.citation().source()));
        }
        return numbers;
    }

    private static Set<Integer> upTo(int n) {
        return new TreeSet<>(IntStream.rangeClosed(1, n).boxed().toList());
    }
}
