package io.storyline.summarize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Optional;

/** The methods a user can choose by name; the first is the default. */
public final class Summarizers {

    public static final String DEFAULT = "coverage";

    private Summarizers() {
    }

    /**
     * Each method by name, made only when asked for: `learned` reads its model files, which the
     * others must neither pay for nor fail on.
     */
    private static final Map<String, Supplier<Summarizer>> METHODS = methods();

    private static Map<String, Supplier<Summarizer>> methods() {
        Map<String, Supplier<Summarizer>> methods = new LinkedHashMap<>();
        methods.put("coverage", ConceptCoverageSummarizer::standard);
        methods.put("learned", ConceptCoverageSummarizer::learned);
        methods.put("lexrank", LexRankSummarizer::new);
        methods.put("centroid", CentroidSummarizer::new);
        methods.put("lead", LeadSummarizer::new);
        return Collections.unmodifiableMap(methods);
    }

    public static List<Summarizer> all() {
        return METHODS.values().stream().map(Supplier::get).toList();
    }

    /** The methods that weigh a focus ({@link Summarizer#focuses()}). */
    public static List<String> focusing() {
        return METHODS.entrySet().stream().filter(e -> e.getValue().get().focuses()).map(Map.Entry::getKey).toList();
    }

    /** The methods that can summarize an update ({@link Summarizer#updates()}). */
    public static List<String> updating() {
        return METHODS.entrySet().stream().filter(e -> e.getValue().get().updates()).map(Map.Entry::getKey).toList();
    }

    public static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }

    public static Optional<Summarizer> byName(String name) {
        return Optional.ofNullable(METHODS.get(name.toLowerCase(Locale.ROOT))).map(Supplier::get);
    }

    public static Summarizer byNameOrThrow(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown summarization method '" + name + "'; choose one of " + names()));
    }
}
