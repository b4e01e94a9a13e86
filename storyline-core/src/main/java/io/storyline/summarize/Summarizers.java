package io.storyline.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The methods a user can choose by name; the first is the default. */
public final class Summarizers {

    public static final String DEFAULT = "coverage";

    private Summarizers() {
    }

    public static List<Summarizer> all() {
        return List.of(new ConceptCoverageSummarizer(), ConceptCoverageSummarizer.learned(), new LexRankSummarizer(),
                new CentroidSummarizer(), new LeadSummarizer());
    }

    public static List<String> names() {
        return all().stream().map(Summarizer::name).toList();
    }

    public static Optional<Summarizer> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(s -> s.name().equals(wanted)).findFirst();
    }

    public static Summarizer byNameOrThrow(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown summarization method '" + name + "'; choose one of " + names()));
    }
}
