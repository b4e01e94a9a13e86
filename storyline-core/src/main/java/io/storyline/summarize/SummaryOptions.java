package io.storyline.summarize;

import java.util.Objects;

/**
 * What a summary is asked for: its length, the method that chooses its sentences, and what it should
 * answer ({@link Focus}), if anything. The command,
 * the library ({@code Storyline.summarize}) and {@code eval summarize} all start from
 * {@link #defaults()}, so that what a benchmark scores is what a user gets.
 *
 * @param budget how long the summary may be
 * @param method a name of {@link Summarizers#names()}
 * @param focus  a question or topic the summary should answer, or null for the story's own summary
 */
public record SummaryOptions(Budget budget, String method, String focus) {

    /** The length a summary has when nobody says otherwise. */
    public static final int DEFAULT_WORDS = 100;

    public SummaryOptions {
        Objects.requireNonNull(budget, "budget");
        method = method == null ? Summarizers.DEFAULT : method;
        Summarizers.byNameOrThrow(method);
        focus = focus == null || focus.isBlank() ? null : focus.strip();
    }

    public SummaryOptions(Budget budget, String method) {
        this(budget, method, null);
    }

    /** {@value #DEFAULT_WORDS} words by the default method. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(Budget.words(DEFAULT_WORDS), Summarizers.DEFAULT);
    }

    public SummaryOptions withBudget(Budget length) {
        return new SummaryOptions(length, method, focus);
    }

    public SummaryOptions withMethod(String name) {
        return new SummaryOptions(budget, name, focus);
    }

    /** The same options, the summary weighed towards {@code question} (null for none). */
    public SummaryOptions withFocus(String question) {
        return new SummaryOptions(budget, method, question);
    }
}
