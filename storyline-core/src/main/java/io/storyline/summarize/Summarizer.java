package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

import java.util.List;

/**
 * A method of choosing a story's summary sentences. Methods only choose; ordering the chosen
 * sentences into a readable account and citing their sources is shared ({@link SummaryWriter}).
 */
public interface Summarizer {

    /** The name users pick it by ({@code --method}). */
    String name();

    /**
     * Chooses sentences that fit the budget and never report the same fact twice, in the order of
     * choice (most important first).
     */
    List<AnalyzedSentence> choose(SummaryInput input, Budget budget);

    /** Whether the method weighs its choice towards a focus ({@link SummaryInput#focus()}). */
    default boolean focuses() {
        return false;
    }

    /** Whether the method can leave out what the reader has already read ({@link SummaryInput#read()}). */
    default boolean updates() {
        return false;
    }
}
