package io.storyline.summarize;

import java.util.Objects;

/**
 * What a summary is asked for: its length and the method that chooses its sentences. The command,
 * the library ({@code Storyline.summarize}) and {@code eval summarize} all start from
 * {@link #defaults()}, so that what a benchmark scores is what a user gets.
 *
 * @param budget how long the summary may be
 * @param method a name of {@link Summarizers#names()}
 */
public record SummaryOptions(Budget budget, String method) {

    /** The length a summary has when nobody says otherwise. */
    public static final int DEFAULT_WORDS = 100;

    public SummaryOptions {
        Objects.requireNonNull(budget, "budget");
        method = method == null ? Summarizers.DEFAULT : method;
        Summarizers.byNameOrThrow(method);
    }

    /** {@value #DEFAULT_WORDS} words by the default method. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(Budget.words(DEFAULT_WORDS), Summarizers.DEFAULT);
    }

    public SummaryOptions withBudget(Budget length) {
        return new SummaryOptions(length, method);
    }

    public SummaryOptions withMethod(String name) {
        return new SummaryOptions(budget, name);
    }
}
